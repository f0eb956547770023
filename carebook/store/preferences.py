"""The coordinator's preferences, kept in the caseload file beside the records they print."""

from __future__ import annotations

from carebook.core.records import Preferences
from carebook.core.validation import validate_preferences
from carebook.core.vocabularies import Paper
from carebook.storage import sync_state
from carebook.store.base import Part

#: Where each preference lives in the caseload's key-value table.
_PREFIX = "preference."


class Settings(Part):
    """Reading and saving the coordinator's preferences; recording what was printed."""

    def preferences(self) -> Preferences:
        stored = dict(
            self.conn.execute(
                "SELECT substr(key, ?), value FROM meta WHERE key LIKE ?",
                [len(_PREFIX) + 1, _PREFIX + "%"],
            ).fetchall()
        )
        paper = stored.get("paper", "")
        minutes = stored.get("lock_minutes", "")
        travel = stored.get("travel_minutes", "")
        reminder = stored.get("reminder_minutes", "")
        limit = stored.get("document_limit_mb", "")
        # Kept with the team membership: each computer of a team chooses its own.
        team = sync_state.team_of(self.conn)
        return Preferences(
            coordinator_name=stored.get("coordinator_name", ""),
            # A paper this version does not know (written by a newer one) follows the locale.
            paper=Paper(paper) if paper in Paper._value2member_map_ else None,
            lock_minutes=int(minutes) if minutes.isdigit() and int(minutes) else 10,
            travel_minutes=int(travel) if travel.isdigit() and int(travel) <= 240 else 15,
            reminder_minutes=int(reminder) if reminder.isdigit() and int(reminder) <= 240 else 15,
            notice_names=stored.get("notice_names", "") == "1",
            document_limit_mb=int(limit) if limit.isdigit() and 1 <= int(limit) <= 500 else 25,
            sync_minutes=team.every_minutes if team else Preferences().sync_minutes,
        )

    def in_team(self) -> bool:
        """Whether this caseload belongs to a team (its sync interval is then a preference)."""
        return sync_state.team_of(self.conn) is not None

    def set_preferences(self, preferences: Preferences) -> None:
        validate_preferences(preferences)
        values = {
            "coordinator_name": preferences.coordinator_name.strip(),
            "paper": preferences.paper.value if preferences.paper else "",
            "lock_minutes": str(preferences.lock_minutes),
            "travel_minutes": str(preferences.travel_minutes),
            "reminder_minutes": str(preferences.reminder_minutes),
            "notice_names": "1" if preferences.notice_names else "0",
            "document_limit_mb": str(preferences.document_limit_mb),
        }
        with self._transaction():
            self.conn.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [(_PREFIX + name, value) for name, value in values.items()],
            )
            sync_state.set_every_minutes(self.conn, preferences.sync_minutes)
            self._log("change", "preferences", None)

    def record_output(self, action: str, what: str) -> None:
        """Note in the activity log that a report was printed or exported (never its content)."""
        if action not in ("print", "export"):
            raise ValueError(f"not an output action: {action!r}")
        with self._transaction():
            self._log(action, what, None)
