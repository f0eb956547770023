"""Records, vocabularies and the rules of a caseload: no Qt, no SQL."""
