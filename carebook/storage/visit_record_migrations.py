"""The caseload file's migration steps for documenting a visit: check-in and check-out,
outcome, the note on the visit, and the trip's miles.

Append a new step at the end and never edit one that has shipped."""

from __future__ import annotations
