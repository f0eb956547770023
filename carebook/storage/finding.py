"""The search index: what it holds of each record, keeping it current, and its reads.

The index is an FTS5 table (`quick_find`, trigram tokens, so any three characters typed find
the words holding them) with one row per patient, contact, medication, task and note, its
rowid the record's kind code times KIND_STEP plus the record's id. Triggers cannot write an
FTS5 table while the connection distrusts the schema (PRAGMA trusted_schema = OFF), so the
triggers on the record tables note only which records changed (`quick_find_stale`), and
`catch_up` rewrites those rows of the index before each search. Text is indexed folded (accents
off, case folded; see core.name_keys), and what is typed is folded the same way. The lists
find patients through it too (`patients_matching`), bringing the patients' rows up to date first.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from carebook.core.display import code_of, day
from carebook.core.found import FOUND_KINDS, Found, Match
from carebook.core.name_keys import folded
from carebook.core.vocabularies import (
    ContactRole,
    MedicationStatus,
    NoteKind,
    PatientStatus,
    TaskStatus,
)
from carebook.core.words import translate
from carebook.storage.listings import PATIENT_NAME, searchable

#: Each kind's code: its rows of the index have rowids from code * KIND_STEP on, so the
#: index lists patients first, then contacts, medications, tasks and notes.
KIND_CODES = {kind: code for code, kind in enumerate(FOUND_KINDS, start=1)}
KIND_STEP = 1 << 40
#: What is typed is read up to this many characters (a name, a phone, a phrase of a note).
TYPED_LENGTH = 100
_CHUNK = 500


def key_of(kind: str, record_id: int) -> int:
    """The record's rowid in the index."""
    return KIND_CODES[kind] * KIND_STEP + record_id


def _kind_of(key: int) -> tuple[str, int]:
    return FOUND_KINDS[key // KIND_STEP - 1], key % KIND_STEP


# -- what the index holds of each record -----------------------------------------------------------


def _folded(text: str) -> str:
    """name_keys.folded, quicker for the plain ASCII most text is (the same answer)."""
    return " ".join(text.lower().split()) if text.isascii() else folded(text)


def _words(*parts: str) -> str:
    return " ".join(_folded(part) for part in parts if part)


def _digits(text: str) -> str:
    digits = "".join(ch for ch in text if ch.isdigit())
    return digits if len(digits) >= 3 else ""


def _names(*names: str) -> str:
    """A name column: each name folded between bars, "| john smith | smith | john |", so that
    "| smith |" is the whole of a name and " smi" the start of a word of one."""
    shown = list(dict.fromkeys(_folded(name) for name in names if name.strip()))
    return f"| {' | '.join(shown)} |" if shown else ""


def _patient(row: Sequence[Any]) -> tuple[str, str]:
    given, family, preferred, phone, alt, mrn, postal = (str(v or "") for v in row)
    names = _names(f"{given} {family}", f"{family} {given}", family, given, preferred)
    squeezed = [part.replace(" ", "") for part in (mrn, postal) if " " in part]
    return names, _words(phone, alt, mrn, postal, _digits(phone), _digits(alt), *squeezed)


def _contact(row: Sequence[Any]) -> tuple[str, str]:
    name, organization, phone = (str(v or "") for v in row)
    return _names(name, organization), _words(phone, _digits(phone))


def _medication(row: Sequence[Any]) -> tuple[str, str]:
    return _names(str(row[0] or "")), _words(str(row[1] or ""))


def _task(row: Sequence[Any]) -> tuple[str, str]:
    return _names(str(row[0] or "")), ""


def _note(row: Sequence[Any]) -> tuple[str, str]:
    return "", _words(str(row[0] or ""))


#: For each kind: the columns its index row is made from, and how.
_SOURCES = {
    "patient": (
        "given, family, preferred_name, phone, phone_alt, external_id, postal_code",
        _patient,
    ),
    "contact": ("name, organization, phone", _contact),
    "medication": ("name, strength", _medication),
    "task": ("title", _task),
    "note": ("text", _note),
}


def _ranges(kinds: Iterable[str]) -> tuple[str, list[int]]:
    """SQL and parameters choosing the noted keys of `kinds`."""
    codes = [KIND_CODES[kind] for kind in kinds]
    sql = " OR ".join("key >= ? AND key < ?" for _ in codes) or "0"
    return sql, [bound for code in codes for bound in (code * KIND_STEP, (code + 1) * KIND_STEP)]


def is_current(conn: sqlite3.Connection, kinds: Iterable[str] = FOUND_KINDS) -> bool:
    """Whether the index holds every record of `kinds` as it is now."""
    chosen, bounds = _ranges(kinds)
    sql = f"SELECT NOT EXISTS (SELECT 1 FROM quick_find_stale WHERE {chosen})"
    return bool(conn.execute(sql, bounds).fetchone()[0])


def catch_up(conn: sqlite3.Connection, kinds: Iterable[str] = FOUND_KINDS) -> int:
    """Rewrite the index rows of every record of `kinds` changed since the last time; how many.

    Runs in its own transaction (a savepoint inside the caller's, as a migration step's).
    """
    chosen, bounds = _ranges(kinds)
    if is_current(conn, kinds):
        return 0
    own = not conn.in_transaction
    conn.execute("BEGIN IMMEDIATE" if own else "SAVEPOINT quick_find_catch_up")
    try:
        keys = [
            key
            for (key,) in conn.execute(
                f"SELECT key FROM quick_find_stale WHERE {chosen} ORDER BY key", bounds
            )
        ]
        # Every old row out before any new one goes in: deletes between the inserts make the
        # index write out what it holds in memory, chunk by chunk (the 10,000-patient sample
        # was indexed in 12.7 s so, in 6 s this way).
        for start in range(0, len(keys), _CHUNK):
            chunk = keys[start : start + _CHUNK]
            conn.execute(f"DELETE FROM quick_find WHERE rowid IN {_in(chunk)}", chunk)
        for start in range(0, len(keys), _CHUNK):
            _write(conn, keys[start : start + _CHUNK])
        conn.execute(f"DELETE FROM quick_find_stale WHERE {chosen}", bounds)
    except BaseException:
        conn.execute("ROLLBACK" if own else "ROLLBACK TO quick_find_catch_up")
        if not own:
            conn.execute("RELEASE quick_find_catch_up")
        raise
    conn.execute("COMMIT" if own else "RELEASE quick_find_catch_up")
    return len(keys)


def _write(conn: sqlite3.Connection, keys: list[int]) -> None:
    by_kind: dict[str, list[int]] = {}
    for key in keys:
        kind, record_id = _kind_of(key)
        by_kind.setdefault(kind, []).append(record_id)
    for kind, ids in by_kind.items():
        names, entry = _SOURCES[kind]
        rows = conn.execute(f"SELECT id, {names} FROM {kind} WHERE id IN {_in(ids)}", ids)
        conn.executemany(
            "INSERT INTO quick_find (rowid, name, words) VALUES (?, ?, ?)",
            [(key_of(kind, row[0]), *entry(row[1:])) for row in rows],
        )


# -- a list's search of its patients ---------------------------------------------------------------

_PATIENTS_FROM = key_of("patient", 0)


def patients_matching(param: str) -> str:
    """SQL: the ids of the patients whose index row matches the query in :`param` (see
    `list_query`), read from the index alone, so that counting them scans no patient."""
    return (
        f"SELECT rowid - {_PATIENTS_FROM} FROM quick_find WHERE quick_find MATCH :{param}"
        f" AND rowid > {_PATIENTS_FROM} AND rowid < {_PATIENTS_FROM + KIND_STEP}"
    )


def list_query(words: Iterable[str]) -> str:
    """The index query for a list's search of patients: every word (folded), of three
    characters or more, anywhere in what is searched, as a LIKE on the search key finds it;
    of two, at the start of a word; of one, at the start of a name (the index holds pieces of
    three characters, and a name's start is its bar and a space)."""
    phrases = []
    for word in words:
        if len(word) >= 3:
            phrases.append(_phrase(word))
        elif len(word) == 2:
            phrases.append(_phrase(f" {word}"))
        elif word:
            phrases.append(_phrase(f"| {word}"))
    return " AND ".join(phrases)


# -- the ranked read -------------------------------------------------------------------------------


def typed(text: str) -> str:
    """What was typed as the index holds text: folded, without what SQLite cannot be given
    (a NUL, half a character) or what no one types (control characters), and not too long."""
    text = searchable(text[: TYPED_LENGTH * 2])
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return folded(text)[:TYPED_LENGTH].strip()


def _phrase(text: str) -> str:
    """`text` as one FTS5 phrase, taken literally (quotes doubled; AND, NEAR, * are words)."""
    return '"' + text.replace('"', '""') + '"'


def match_queries(text: str) -> list[tuple[Match, str]]:
    """The FTS5 queries for what was typed (folded), best match first. Trigram tokens need three
    characters: a name's words are held between spaces, so " jo" is a prefix of three; a
    single character is found by the name indexes instead (see `find`)."""
    if not text:
        return []
    queries = [(Match.EXACT, f"name : {_phrase(f'| {text} |')}")]
    if len(text) >= 2:
        queries.append((Match.PREFIX, f"name : {_phrase(f' {text}')}"))
    # Every word typed, anywhere in what is searched; a word of two letters as a word's start.
    words = [
        _phrase(word if len(word) >= 3 else f" {word}") for word in text.split() if len(word) >= 2
    ]
    if words:
        queries.append((Match.CONTAINS, " AND ".join(words)))
    return queries


def _by_first_letter(conn: sqlite3.Connection, letter: str, limit: int) -> list[int]:
    """Patients (by family name), contacts and medications whose name begins with `letter`,
    read along the tables' name indexes."""
    after = letter + "\U0010ffff"
    keys = [
        key_of("patient", record_id)
        for (record_id,) in conn.execute(
            "SELECT id FROM patient WHERE sort_key >= ? AND sort_key < ? ORDER BY sort_key LIMIT ?",
            [letter, after, limit],
        )
    ]
    for kind, table in (("contact", "contact"), ("medication", "medication")):
        keys += [
            key_of(kind, record_id)
            for (record_id,) in conn.execute(
                f"SELECT id FROM {table} WHERE name COLLATE NOCASE >= ?"
                f" AND name COLLATE NOCASE < ? ORDER BY name COLLATE NOCASE LIMIT ?",
                [letter, after, limit],
            )
        ]
    return keys


def find(conn: sqlite3.Connection, text: str, limit: int = 30) -> list[Found]:
    """The records that match `text`, best first: an exact name, then a name beginning so, then
    anything containing it; within each, patients, contacts, medications, tasks, notes, each
    by title. Any text is taken literally; too little to search for finds nothing."""
    text = typed(text)
    ranked: dict[int, Match] = {}
    for rank, query in match_queries(text):
        for (key,) in conn.execute(
            "SELECT rowid FROM quick_find WHERE quick_find MATCH ? LIMIT ?", [query, limit]
        ):
            ranked.setdefault(key, rank)
        if len(ranked) >= limit:
            break
        if rank is Match.EXACT and len(text) == 1:
            for key in _by_first_letter(conn, text, limit):
                ranked.setdefault(key, Match.PREFIX)
    chosen = sorted(ranked.items(), key=lambda item: (item[1], item[0]))[:limit]
    found = describe(conn, chosen)
    return sorted(
        found,
        key=lambda f: (f.rank, FOUND_KINDS.index(f.kind), folded(f.title), f.record_id),
    )


# -- what each found record is called --------------------------------------------------------------


def _in(ids: Sequence[int]) -> str:
    return f"({', '.join('?' * len(ids))})"


def describe(conn: sqlite3.Connection, keys: Iterable[tuple[int, Match]]) -> list[Found]:
    """Each record's title and detail as it is now (a record gone since is left out)."""
    wanted: dict[str, dict[int, Match]] = {}
    for key, rank in keys:
        kind, record_id = _kind_of(key)
        wanted.setdefault(kind, {})[record_id] = rank
    found: list[Found] = []
    for kind, ranks in wanted.items():
        ids = list(ranks)
        for record_id, patient_id, title, detail, serves in _DESCRIBERS[kind](conn, ids):
            found.append(
                Found(
                    kind=kind,
                    record_id=record_id,
                    patient_id=patient_id,
                    title=title,
                    detail=detail,
                    rank=ranks[record_id],
                    serves=serves,
                )
            )
    return found


_Described = Iterable[tuple[int, int | None, str, str, int]]


def _joined(*parts: str) -> str:
    return " · ".join(part for part in parts if part)


def _patients(conn: sqlite3.Connection, ids: list[int]) -> _Described:
    rows = conn.execute(
        f"SELECT p.id, {PATIENT_NAME}, p.preferred_name, p.birth_date, p.external_id,"
        f" p.postal_code, p.status FROM patient p WHERE p.id IN {_in(ids)}",
        ids,
    )
    for record_id, name, preferred, born, mrn, postal, status in rows:
        title = f"{name} ({preferred})" if preferred and preferred not in name else name
        detail = _joined(
            translate("Finding", "Patient"),
            translate("Finding", "born {date}").format(date=day(born)) if born else "",
            translate("Finding", "MRN {mrn}").format(mrn=mrn) if mrn else "",
            postal,
            code_of(PatientStatus)(status) if status != "active" else "",
        )
        yield record_id, record_id, title, detail, 0


def _contacts(conn: sqlite3.Connection, ids: list[int]) -> _Described:
    rows = conn.execute(
        f"SELECT c.id, c.name, c.role, c.organization,"
        f" (SELECT count(DISTINCT t.patient_id) FROM care_team_member t WHERE t.contact_id = c.id),"
        f" (SELECT {PATIENT_NAME} FROM care_team_member t JOIN patient p ON p.id = t.patient_id"
        f"  WHERE t.contact_id = c.id ORDER BY p.sort_key LIMIT 1),"
        f" (SELECT min(t.patient_id) FROM care_team_member t WHERE t.contact_id = c.id)"
        f" FROM contact c WHERE c.id IN {_in(ids)}",
        ids,
    )
    for record_id, name, role, organization, serves, first, patient_id in rows:
        if serves == 1:
            served = translate("Finding", "for {patient}").format(patient=first)
        elif serves:
            served = translate("Finding", "for {n} patients").format(n=serves)
        else:
            served = translate("Finding", "on no patient's care team")
        detail = _joined(
            translate("Finding", "Contact"), code_of(ContactRole)(role), organization, served
        )
        yield record_id, patient_id if serves == 1 else None, name, detail, serves


def _medications(conn: sqlite3.Connection, ids: list[int]) -> _Described:
    rows = conn.execute(
        f"SELECT m.id, m.patient_id, m.name, m.strength, m.status, {PATIENT_NAME}"
        f" FROM medication m JOIN patient p ON p.id = m.patient_id WHERE m.id IN {_in(ids)}",
        ids,
    )
    for record_id, patient_id, name, strength, status, patient in rows:
        title = f"{name} {strength}".strip()
        detail = _joined(
            translate("Finding", "Medication"), patient, code_of(MedicationStatus)(status)
        )
        yield record_id, patient_id, title, detail, 0


def _tasks(conn: sqlite3.Connection, ids: list[int]) -> _Described:
    rows = conn.execute(
        f"SELECT t.id, t.patient_id, t.title, t.due_date, t.status, {PATIENT_NAME}"
        f" FROM task t LEFT JOIN patient p ON p.id = t.patient_id WHERE t.id IN {_in(ids)}",
        ids,
    )
    for record_id, patient_id, title, due, status, patient in rows:
        detail = _joined(
            translate("Finding", "Task"),
            patient if patient_id is not None else translate("Finding", "no patient"),
            translate("Finding", "due {date}").format(date=day(due)) if due else "",
            code_of(TaskStatus)(status),
        )
        yield record_id, patient_id, title, detail, 0


def _notes(conn: sqlite3.Connection, ids: list[int]) -> _Described:
    rows = conn.execute(
        f"SELECT n.id, n.patient_id, n.text, n.kind, n.written_at, {PATIENT_NAME}"
        f" FROM note n JOIN patient p ON p.id = n.patient_id WHERE n.id IN {_in(ids)}",
        ids,
    )
    for record_id, patient_id, text, kind, written, patient in rows:
        first = " ".join(str(text).split())
        title = first if len(first) <= 80 else first[:79].rstrip() + "…"
        detail = _joined(_note_kind(kind), patient, day(written))
        yield record_id, patient_id, title, detail, 0


def _note_kind(kind: str) -> str:
    if kind == "visit":
        return translate("Finding", "Visit note")
    if kind == "progress":
        return translate("Finding", "Progress note")
    return translate("Finding", "{kind} note").format(kind=code_of(NoteKind)(kind))


_DESCRIBERS = {
    "patient": _patients,
    "contact": _contacts,
    "medication": _medications,
    "task": _tasks,
    "note": _notes,
}
