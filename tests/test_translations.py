"""The Spanish translation: complete, up to date with the code, and faithful to every
placeholder, mnemonic and tag of the English it translates."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[1]
SPANISH = ROOT / "resources" / "translations" / "carebook_es.ts"
#: %s, %d, %1…%9, %n, {name} and {}: what a program fills in, which a translation must keep.
_PLACEHOLDER = re.compile(r"%[sdn1-9]|%\([a-z_]+\)[sd]|\{[a-z_0-9]*(?:[:!][^}]*)?\}")
_TAG = re.compile(r"</?([a-zA-Z0-9]+)")
#: A keyboard mnemonic: & before a letter, not "&&" and not an HTML entity such as "&amp;".
_MNEMONIC = re.compile(r"&(?![&\s]|[a-z]+;|#)")


def _messages(path: Path) -> list[tuple[str, str, str | None, ET.Element | None]]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append(
                (
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment"),
                    message.find("translation"),
                )
            )
    return found


def test_every_text_in_the_code_is_in_the_spanish_translation(tmp_path: Path) -> None:
    """lupdate run on the code now finds no text the committed translation lacks."""
    fresh = tmp_path / "carebook_es.ts"
    shutil.copy(SPANISH, fresh)
    sources = sorted(str(path) for path in (ROOT / "carebook").rglob("*.py"))
    # PySide6's own lupdate: the test may run from a virtualenv that is not on PATH.
    lupdate = Path(PySide6.__file__).parent / "lupdate"
    subprocess.run(
        [str(lupdate), *sources, "-no-obsolete", "-locations", "none", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    before = {(c, s, d) for c, s, d, _ in _messages(SPANISH)}
    after = {(c, s, d) for c, s, d, _ in _messages(fresh)}
    assert sorted(after - before) == [], "run packaging/update_translations.sh and translate"
    assert sorted(before - after) == [], "texts no longer in the code: update the translation"


def test_every_text_is_translated() -> None:
    unfinished = [
        (context, source)
        for context, source, _, translation in _messages(SPANISH)
        if translation is None
        or translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not "".join(translation.itertext()).strip()
    ]
    assert unfinished == []


def _unfaithful(source: str, spanish: str) -> str | None:
    """What `spanish` loses or adds of what the program fills in, or None when faithful."""
    if sorted(_PLACEHOLDER.findall(spanish)) != sorted(_PLACEHOLDER.findall(source)):
        return "placeholders"
    if sorted(_TAG.findall(spanish)) != sorted(_TAG.findall(source)):
        return "tags"
    if len(_MNEMONIC.findall(spanish)) != len(_MNEMONIC.findall(source)):
        return "keyboard mnemonic (&)"
    if spanish.count("\n") != source.count("\n"):
        return "line breaks"
    return None


def test_a_translation_keeps_what_the_program_fills_in() -> None:
    wrong = [
        (context, source, why)
        for context, source, _, element in _messages(SPANISH)
        if element is not None
        for spanish in _forms(element)
        if (why := _unfaithful(source, spanish))
    ]
    assert wrong == []


def _forms(translation: ET.Element) -> list[str]:
    """A translation's text, or each of its plural forms."""
    plural = [form.text or "" for form in translation.iter("numerusform")]
    return plural or ([translation.text] if translation.text and translation.text.strip() else [])


def test_no_compiled_translation_is_kept_in_the_repository() -> None:
    kept = subprocess.run(
        ["git", "ls-files", "*.qm"], cwd=ROOT, capture_output=True, text=True, check=False
    ).stdout
    assert kept == ""
