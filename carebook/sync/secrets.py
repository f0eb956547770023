"""Where this computer keeps a hub password and the team key: the system's keyring, if any.

Windows' Credential Manager, the macOS Keychain or the Secret Service on Linux keep a secret
locked with the person's login, which is safer than any file carebook could write. Some
computers have none (a bare Linux desktop, a remote session); then nothing is kept and the
caller asks again, or uses the key file. Nothing here raises: a keyring that fails is a keyring
that is not there, and the log says so in one line without the secret.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

#: The service every carebook secret is filed under; the name says which one it is.
SERVICE = "carebook"

_log = logging.getLogger(__name__)


def hub_password_name(hub_shown: str, role: str) -> str:
    """The name a hub's password is kept under, for the hub as shown and the role it signs in as."""
    return f"hub:{hub_shown}:{role}"


def team_key_name(team_id: str) -> str:
    """The name a team's key (its recovery phrase) is kept under."""
    return f"team-key:{team_id}"


def _keyring() -> tuple[KeyringBackend | None, str]:
    """The keyring this computer offers now, or None and why not (for the log).

    Chosen afresh at each use, not once: PYTHON_KEYRING_BACKEND or keyring's settings may change
    while carebook runs (and between tests), and a choice costs little beside a hub round trip.
    """
    try:
        # Imported only here: keyring searches the system for backends (D-Bus on Linux), which
        # the window's start should not wait for.
        from keyring.backends import chainer, fail, null
        from keyring.core import get_keyring, init_backend

        init_backend()
        chosen = get_keyring()
    except Exception as error:
        return None, type(error).__name__
    # The fail and null backends stand in when there is no keyring; they keep nothing.
    if isinstance(chosen, fail.Keyring | null.Keyring):
        return None, type(chosen).__module__
    if isinstance(chosen, chainer.ChainerBackend) and not chosen.backends:
        return None, "no backends"
    return chosen, ""


def keyring_available() -> bool:
    """Whether this computer has a keyring to keep secrets in."""
    return _keyring()[0] is not None


def keep(name: str, value: str) -> bool:
    """Keep `value` under `name`; False when there is no keyring or it refused."""
    chosen, why_not = _keyring()
    if chosen is None:
        _log.info("No keyring on this computer (%s); %s was not kept", why_not, name)
        return False
    try:
        chosen.set_password(SERVICE, name, value)
    except Exception as error:
        # The error's own text is left out: a backend may quote what it was given.
        _log.warning("The keyring did not keep %s (%s)", name, type(error).__name__)
        return False
    return True


def read(name: str) -> str | None:
    """What is kept under `name`, or None when nothing is (or there is no keyring)."""
    chosen, _ = _keyring()
    if chosen is None:
        return None
    try:
        return chosen.get_password(SERVICE, name)
    except Exception as error:
        _log.warning("The keyring did not give %s (%s)", name, type(error).__name__)
        return None


def forget(name: str) -> None:
    """Remove what is kept under `name`; nothing kept, or no keyring, is not an error."""
    chosen, _ = _keyring()
    if chosen is None:
        return
    # Imported only here: keyring loads only when a secret is asked for.
    from keyring.errors import PasswordDeleteError

    try:
        chosen.delete_password(SERVICE, name)
    except PasswordDeleteError:
        pass  # nothing was kept under that name
    except Exception as error:
        _log.warning("The keyring did not forget %s (%s)", name, type(error).__name__)
