"""The caseload file's migration steps for the directory of shared contacts and the referrals
made to them.

Append a new step at the end and never edit one that has shipped."""

from __future__ import annotations
