"""carebook: an offline caseload organizer for care coordinators."""

__version__ = "0.1.0"
