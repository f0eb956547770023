"""A realistic synthetic caseload, to look around and to test with."""
