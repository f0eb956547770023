"""The running timer: its place in the status bar, and starting and stopping it."""
