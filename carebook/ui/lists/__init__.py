"""The list tabs, their columns, and exporting what they show."""
