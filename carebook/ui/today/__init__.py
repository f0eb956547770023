"""The Today tab: the day's visits, what needs doing, reviews, warnings and the backup."""
