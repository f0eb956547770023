"""The Agenda tab: a day's or a week's visits, tasks and reviews."""
