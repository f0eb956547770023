"""File → Import…: the wizard over the import engine."""
