"""The team key: what the hub never sees, its recovery phrase and key file, and sealed values.

Everything a team shares through the hub is sealed with one 32-byte key that only the team's
computers hold, so the hub (and whoever runs it) stores noise. A coordinator moves the key to a
new computer as a recovery phrase on paper or as a small key file; both are forgiving to read
and say which group of the phrase to check when it was mistyped.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass, field
from pathlib import Path

from carebook.core.errors import ValidationError
from carebook.core.words import translate

KEY_BYTES = 32
NONCE_BYTES = 24
TAG_BYTES = 16
#: The first byte of every sealed value: which construction sealed it, so it can change later.
SEALED_FORMAT = b"\x01"

#: Crockford's base32: no I, L, O or U, so a handwritten phrase has no look-alike letters.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUP_SIZE = 5
#: 256 key bits and 4 bits that stay zero fill 52 characters; 3 more carry the checksum.
DATA_CHARACTERS = 52
CHECK_CHARACTERS = 3
PHRASE_CHARACTERS = DATA_CHARACTERS + CHECK_CHARACTERS
GROUPS = PHRASE_CHARACTERS // GROUP_SIZE
_RESERVED_BITS = DATA_CHARACTERS * 5 - KEY_BYTES * 8
#: What a reader takes for each character: either case, and the look-alikes of 0 and 1.
_VALUES = {
    **{character: value for value, character in enumerate(ALPHABET)},
    **{character.lower(): value for value, character in enumerate(ALPHABET)},
    **{"O": 0, "o": 0, "I": 1, "i": 1, "L": 1, "l": 1},
}
#: Dashes a word processor may have put in place of the ones carebook printed.
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"

_CHECK_TEXT = b"carebook team key check"
_CHECK_CONTEXT = b"carebook|team-key-check|1"
#: A key file is a few lines; anything much bigger is some other file chosen by mistake.
_LARGEST_KEY_FILE = 64 * 1024


class TeamKeyError(ValidationError):
    """A recovery phrase or key file the coordinator must fix; the message says what."""


class WrongTeamKey(Exception):
    """A sealed value did not open with this key: another team's key, or the value was altered."""


@dataclass(frozen=True, slots=True)
class TeamKey:
    """The team's shared 32-byte secret; its repr shows only the fingerprint."""

    secret: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.secret, bytes) or len(self.secret) != KEY_BYTES:
            raise ValueError(f"a team key is {KEY_BYTES} bytes")

    def __repr__(self) -> str:
        return f"TeamKey(fingerprint={self.fingerprint!r})"

    @property
    def fingerprint(self) -> str:
        """A short label telling keys apart on screen, from which the key cannot be found."""
        return hashlib.blake2b(self.secret, digest_size=4, person=b"carebook-team").hexdigest()


def new_team_key() -> TeamKey:
    """A fresh random key, for a team being set up."""
    # Imported only here: PyNaCl loads libsodium, which the window's start does not need.
    from nacl.utils import random

    return TeamKey(random(KEY_BYTES))


# -- the recovery phrase -------------------------------------------------------------------------


# The checksum is a shortened Hamming code over GF(32), one field element per character: three
# check characters, and any two characters' columns independent, so one changed character is
# always caught and its place read off the checksum alone (a plain sum could only say "wrong").


def _field_tables() -> tuple[list[int], list[int]]:
    """Powers and logarithms of GF(32), made from the primitive polynomial x^5 + x^2 + 1."""
    powers, logarithms, element = [0] * 62, [0] * 32, 1
    for power in range(31):
        powers[power] = powers[power + 31] = element
        logarithms[element] = power
        element <<= 1
        if element & 32:
            element ^= 0b100101
    return powers, logarithms


_POWERS, _LOGARITHMS = _field_tables()
#: Each data character's column (its first entry is 1): every pair (a, b) differs, and so do
#: neighbours' a and b, so two swapped neighbours never pass for one changed check character.
_COLUMNS = [
    (_POWERS[place % 31], _POWERS[(2 * (place % 31) + 5 * (place // 31)) % 31])
    for place in range(DATA_CHARACTERS)
]
_PLACE_OF_COLUMN = {column: place for place, column in enumerate(_COLUMNS)}


def _times(x: int, y: int) -> int:
    return 0 if x == 0 or y == 0 else _POWERS[_LOGARITHMS[x] + _LOGARITHMS[y]]


def _check_digits(data: list[int]) -> list[int]:
    first = second = third = 0
    for value, (a, b) in zip(data, _COLUMNS, strict=True):
        first ^= value
        second ^= _times(a, value)
        third ^= _times(b, value)
    return [first, second, third]


def _syndrome(digits: list[int]) -> tuple[int, int, int]:
    """Zero for a phrase as written; otherwise one changed character's value times its column."""
    first, second, third = _check_digits(digits[:DATA_CHARACTERS])
    checks = digits[DATA_CHARACTERS:]
    return first ^ checks[0], second ^ checks[1], third ^ checks[2]


def _whole(digits: list[int]) -> bool:
    """Whether the digits are a phrase as carebook writes one: checksum right, spare bits zero."""
    spare = digits[DATA_CHARACTERS - 1] & ((1 << _RESERVED_BITS) - 1)
    return spare == 0 and _syndrome(digits) == (0, 0, 0)


def phrase_of(key: TeamKey) -> str:
    """The key as 11 dashed groups of 5 characters, to write on paper or read aloud."""
    number = int.from_bytes(key.secret, "big") << _RESERVED_BITS
    data = [(number >> (5 * place)) & 31 for place in reversed(range(DATA_CHARACTERS))]
    text = "".join(ALPHABET[value] for value in data + _check_digits(data))
    return "-".join(text[start : start + GROUP_SIZE] for start in range(0, len(text), GROUP_SIZE))


def _changed_place(digits: list[int]) -> int | None:
    """The one place whose change the checksum points at, if one change explains it."""
    first, second, third = _syndrome(digits)
    if first:
        inverse = _POWERS[31 - _LOGARITHMS[first]]
        column = (_times(second, inverse), _times(third, inverse))
        return DATA_CHARACTERS if column == (0, 0) else _PLACE_OF_COLUMN.get(column)
    if second and not third:
        return DATA_CHARACTERS + 1
    if third and not second:
        return DATA_CHARACTERS + 2
    return None


def _suspect_groups(digits: list[int]) -> set[int]:
    """The groups (counted from 1) where the slip most likely is: the one changed character the
    checksum points at, else two swapped neighbours that would make the phrase whole."""
    place = _changed_place(digits)
    if place is not None:
        return {place // GROUP_SIZE + 1}
    suspects: set[int] = set()
    for place in range(len(digits) - 1):
        trial = list(digits)
        trial[place], trial[place + 1] = trial[place + 1], trial[place]
        if trial != digits and _whole(trial):
            suspects.update({place // GROUP_SIZE + 1, (place + 1) // GROUP_SIZE + 1})
    return suspects


def key_from_phrase(text: str) -> TeamKey:
    """The key a recovery phrase spells; case, spaces, dashes and line breaks do not matter."""
    characters = [c for c in text if not c.isspace() and c not in _DASHES]
    digits: list[int] = []
    for place, character in enumerate(characters):
        if character not in _VALUES:
            raise TeamKeyError(
                translate(
                    "Sync",
                    "“{character}” cannot be in a recovery phrase (group {group}): check that "
                    "group against the paper.",
                ).format(character=character, group=place // GROUP_SIZE + 1),
                "phrase",
            )
        digits.append(_VALUES[character])
    if len(digits) != PHRASE_CHARACTERS:
        raise TeamKeyError(
            translate(
                "Sync",
                "A recovery phrase has {groups} groups of {size} characters; this one has "
                "{count} characters. Check for a missing or repeated group.",
            ).format(groups=GROUPS, size=GROUP_SIZE, count=len(digits)),
            "phrase",
        )
    if not _whole(digits):
        raise TeamKeyError(_typo_message(_suspect_groups(digits)), "phrase")
    number = 0
    for value in digits[:DATA_CHARACTERS]:
        number = number << 5 | value
    return TeamKey((number >> _RESERVED_BITS).to_bytes(KEY_BYTES, "big"))


def _typo_message(suspects: set[int]) -> str:
    if len(suspects) == 1:
        return translate(
            "Sync", "Group {group} of the recovery phrase has a typo: check it against the paper."
        ).format(group=min(suspects))
    if len(suspects) == 2:
        first, second = sorted(suspects)
        return translate(
            "Sync",
            "The recovery phrase has a typo, most likely in group {first} or group {second}: "
            "check them against the paper.",
        ).format(first=first, second=second)
    return translate("Sync", "The recovery phrase has a typo: check each group against the paper.")


# -- the key file --------------------------------------------------------------------------------


def write_key_file(path: Path, key: TeamKey, hub_shown: str | None = None) -> None:
    """Write the key to a new file only its owner may read; an existing file is never replaced."""
    comments = [
        translate("Sync", "carebook team key"),
        translate("Sync", "Anyone holding this file can read everything your team shares."),
        translate("Sync", "Keep it safe and private, like the paper with the recovery phrase."),
    ]
    if hub_shown:
        # One line: a line break in the address would end the comment.
        shown = " ".join(hub_shown.split())
        comments.append(translate("Sync", "Hub: {hub}").format(hub=shown))
    comments.append(
        translate("Sync", "Fingerprint: {fingerprint}").format(fingerprint=key.fingerprint)
    )
    text = "".join(f"# {line}\n" for line in comments) + "\n" + phrase_of(key) + "\n"
    path = Path(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags, 0o600)
    except FileExistsError:
        raise TeamKeyError(
            translate("Sync", "{path} already exists; choose another name.").format(path=path),
            "key_file",
        ) from None
    except OSError as error:
        raise _unwritable(path, error) from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as error:
        # Half a key file would read as a typo later; better none at all.
        path.unlink(missing_ok=True)
        raise _unwritable(path, error) from None


def _unwritable(path: Path, error: OSError) -> TeamKeyError:
    if isinstance(error, FileNotFoundError):
        return TeamKeyError(
            translate(
                "Sync", "The folder {folder} does not exist: choose another place for the key file."
            ).format(folder=path.parent),
            "key_file",
        )
    return TeamKeyError(
        translate(
            "Sync", "The key file {path} could not be written ({reason}): choose another folder."
        ).format(path=path, reason=error.strerror or type(error).__name__),
        "key_file",
    )


def read_key_file(path: Path) -> TeamKey:
    """The key in a key file carebook wrote (comment lines are skipped)."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(_LARGEST_KEY_FILE + 1)
    except FileNotFoundError:
        raise TeamKeyError(
            translate(
                "Sync",
                "There is no key file at {path}: check the name, or ask a teammate for the "
                "recovery phrase.",
            ).format(path=path),
            "key_file",
        ) from None
    except IsADirectoryError:
        raise TeamKeyError(
            translate("Sync", "{path} is a folder: choose the key file inside it.").format(
                path=path
            ),
            "key_file",
        ) from None
    except OSError as error:
        raise TeamKeyError(
            translate(
                "Sync",
                "The key file {path} could not be read ({reason}): check that you may open it.",
            ).format(path=path, reason=error.strerror or type(error).__name__),
            "key_file",
        ) from None
    not_a_key_file = TeamKeyError(
        translate(
            "Sync",
            "{path} is not a carebook key file: choose the file carebook wrote, or type the "
            "recovery phrase instead.",
        ).format(path=path),
        "key_file",
    )
    if len(raw) > _LARGEST_KEY_FILE:
        raise not_a_key_file
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise not_a_key_file from None
    phrase = "\n".join(
        line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    )
    if not phrase:
        raise not_a_key_file
    try:
        return key_from_phrase(phrase)
    except TeamKeyError as error:
        raise TeamKeyError(
            translate("Sync", "The key file {path} is damaged: {reason}").format(
                path=path, reason=error
            ),
            "key_file",
        ) from None


# -- sealing -------------------------------------------------------------------------------------


def seal(key: TeamKey, plain: bytes, *, context: bytes) -> bytes:
    """`plain` encrypted and signed with the key, bound to `context` (the record it belongs to)
    so the hub cannot move it elsewhere; two seals of the same text never look alike."""
    # Imported only here: PyNaCl loads libsodium, which the window's start does not need.
    from nacl.bindings import crypto_aead_xchacha20poly1305_ietf_encrypt
    from nacl.utils import random

    nonce = random(NONCE_BYTES)
    # The format byte is bound too, so a value cannot be passed off as another format.
    sealed = crypto_aead_xchacha20poly1305_ietf_encrypt(
        plain, SEALED_FORMAT + context, nonce, key.secret
    )
    return SEALED_FORMAT + nonce + sealed


def open_sealed(key: TeamKey, sealed: bytes, *, context: bytes) -> bytes:
    """What `seal` sealed, or WrongTeamKey if the key, the context or a single byte differs."""
    # Imported only here: PyNaCl loads libsodium, which the window's start does not need.
    from nacl.bindings import crypto_aead_xchacha20poly1305_ietf_decrypt
    from nacl.exceptions import CryptoError

    if len(sealed) < len(SEALED_FORMAT) + NONCE_BYTES + TAG_BYTES:
        raise WrongTeamKey(translate("Sync", "A shared value is cut short and cannot be opened."))
    if sealed[:1] != SEALED_FORMAT:
        raise WrongTeamKey(
            translate(
                "Sync", "A shared value was sealed by a newer carebook: update carebook to open it."
            )
        )
    nonce = sealed[1 : 1 + NONCE_BYTES]
    try:
        return crypto_aead_xchacha20poly1305_ietf_decrypt(
            sealed[1 + NONCE_BYTES :], SEALED_FORMAT + context, nonce, key.secret
        )
    except CryptoError:
        raise WrongTeamKey(
            translate(
                "Sync",
                "A shared value does not open with this computer's team key: the key is "
                "another team's, or the value was altered.",
            )
        ) from None


def key_check(key: TeamKey) -> bytes:
    """A known text sealed with the key, kept on the hub so a joining computer can test its key
    before writing anything."""
    return seal(key, _CHECK_TEXT, context=_CHECK_CONTEXT)


def matches(key: TeamKey, check: bytes) -> bool:
    """Whether `check` (from `key_check`) was made with this key."""
    try:
        opened = open_sealed(key, check, context=_CHECK_CONTEXT)
    except WrongTeamKey:
        return False
    return hmac.compare_digest(opened, _CHECK_TEXT)
