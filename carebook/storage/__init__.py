"""The caseload file: opening, locking, encryption, backups, checks, migrations, SQL."""
