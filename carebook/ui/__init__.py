"""The carebook window and its parts (the only package that imports Qt, with app.py)."""
