"""Reconciling a discharge medication list: choosing it, comparing it, applying what she accepts."""
