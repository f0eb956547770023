"""The caseload file's migration steps for the schedule: how long the trip between two
places takes.

Append a new step at the end and never edit one that has shipped."""

from __future__ import annotations
