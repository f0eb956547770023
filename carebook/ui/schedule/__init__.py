"""The schedule: a day, a week or a month of visits drawn to scale, built from the agenda's
own occurrences, with overlaps and the travel between stops marked."""
