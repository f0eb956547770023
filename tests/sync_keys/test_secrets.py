"""The keyring: on a computer without one, every answer is "not available" and nothing raises or
logs a secret; with a real keyring, a secret is kept, read back and forgotten."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import keyring
import pytest

from carebook.sync.secrets import (
    forget,
    hub_password_name,
    keep,
    keyring_available,
    read,
    team_key_name,
)

SECRET = "correct horse battery staple"
NAME = "hub:hub.example.org:5432/care:coordinator"


def test_the_names_say_which_secret_is_kept() -> None:
    assert hub_password_name("hub.example.org:5432/care", "coordinator") == NAME
    assert team_key_name("b1946ac9") == "team-key:b1946ac9"


@pytest.mark.parametrize(
    "backend",
    [
        "keyring.backends.fail.Keyring",
        "keyring.backends.null.Keyring",
        "keyring.backends.no_such_backend.Keyring",
        "not a backend name",
    ],
)
def test_without_a_keyring_everything_answers_not_available(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, backend: str
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", backend)
    caplog.set_level(logging.DEBUG)
    assert keyring_available() is False
    caplog.clear()
    assert keep(NAME, SECRET) is False
    assert len(caplog.records) <= 1
    assert read(NAME) is None
    assert forget(NAME) is None
    assert all(SECRET not in record.getMessage() for record in caplog.records)


def test_the_choice_follows_the_environment_from_one_use_to_the_next(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No choice is remembered: a backend named after a first use is the one used next."""
    for backend in ("fail", "null", "fail"):
        monkeypatch.setenv("PYTHON_KEYRING_BACKEND", f"keyring.backends.{backend}.Keyring")
        assert keyring_available() is False
        assert type(keyring.get_keyring()).__module__ == f"keyring.backends.{backend}"


def test_a_file_keyring_keeps_reads_and_forgets(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pytest.importorskip(
        "keyrings.alt.file", reason="no file-backed keyring (keyrings.alt) is installed"
    )
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    other = team_key_name("b1946ac9")
    assert keyring_available() is True
    assert read(NAME) is None
    assert keep(NAME, SECRET) is True
    assert keep(other, "2ZK20-00WET") is True
    assert read(NAME) == SECRET
    forget(NAME)
    assert read(NAME) is None
    assert read(other) == "2ZK20-00WET"
    forget(NAME)  # twice is not an error
    assert any(tmp_path.rglob("*")), "the keyring file is in the test's own folder"


def test_loading_the_module_loads_no_keyring() -> None:
    """The window imports what it needs of sync at start; keyring waits for the first secret."""
    script = (
        "import sys\n"
        "import carebook.sync.secrets\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'nacl', 'keyring'}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
