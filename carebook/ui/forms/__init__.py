"""The record forms: one form engine and each kind's fields."""
