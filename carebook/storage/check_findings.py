"""What a check of a caseload found: one line per finding in plain words, by record ids only."""

from __future__ import annotations

from dataclasses import dataclass, field

#: A finding names at most this many record ids.
_LISTED_IDS = 8


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem: a short code for its kind, one line in plain words, how many records."""

    kind: str
    text: str
    count: int = 1


@dataclass(slots=True)
class CheckReport:
    """What `check` found: problems (`findings`) and remarks that are not problems (`notes`)."""

    findings: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.findings

    def lines(self) -> list[str]:
        """The report as plain-text lines, one per finding."""
        if self.healthy:
            head = [
                "No problems found: the file's structure, the links between records and "
                "carebook's own rules all check out."
            ]
        else:
            problems = len(self.findings)
            head = [f"{problems} problem{'s' if problems != 1 else ''} found:"]
            head += [f"- {finding.text}" for finding in self.findings]
        return head + self.notes

    def text(self) -> str:
        return "\n".join(self.lines()) + "\n"


def listed_ids(ids: list[int]) -> str:
    """The first few ids, and how many more."""
    shown = ", ".join(str(record_id) for record_id in ids[:_LISTED_IDS])
    more = len(ids) - _LISTED_IDS
    return f"{shown} and {more} more" if more > 0 else shown


def words(table: str) -> str:
    """A table's name as words ("care_plan" -> "care plan")."""
    return table.replace("_", " ")


def finding(kind: str, count: int, one: str, several: str, ids: list[int], noun: str) -> Finding:
    """A finding about `count` things, naming the records (`noun`s) by their ids."""
    which = f"{noun} {listed_ids(ids)}" if len(ids) == 1 else f"{noun}s {listed_ids(ids)}"
    return Finding(kind, f"{(one if count == 1 else several).format(n=count)} ({which}).", count)
