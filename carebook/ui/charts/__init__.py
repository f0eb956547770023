"""Trend charts of measures and assessment totals: shown in the window and printed."""
