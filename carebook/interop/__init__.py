"""Exchanging the caseload with other systems in standard formats (no Qt, no SQL)."""
