"""The sample caseload's builder, one module per record family over a shared Builder."""
