"""Opening, locking, passphrases, backups and checks in the window."""
