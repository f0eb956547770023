"""Spreadsheets in: CSV and .xlsx read, columns matched, rows planned."""
