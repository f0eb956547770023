"""Printing with Qt: page layout onto PDF or a printer, and the previews."""
