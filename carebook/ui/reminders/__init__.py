"""Reminders: the tray icon with today's counts, and notices before visits and tasks."""
