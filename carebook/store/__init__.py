"""The caseload's actions: one facade over small parts sharing one connection."""
