"""A patient's record window and its sections."""
