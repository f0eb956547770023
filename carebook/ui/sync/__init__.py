"""Team sync in the window: the background sync, its status, the team and conflict dialogs."""
