"""The team key: its recovery phrase and key file read back exactly, and sealed values open only
with the right key, for the right record, unaltered."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from carebook.core.errors import ValidationError
from carebook.sync import team_key
from carebook.sync.team_key import (
    ALPHABET,
    GROUPS,
    KEY_BYTES,
    NONCE_BYTES,
    PHRASE_CHARACTERS,
    TAG_BYTES,
    TeamKey,
    TeamKeyError,
    WrongTeamKey,
    key_check,
    key_from_phrase,
    matches,
    new_team_key,
    open_sealed,
    phrase_of,
    read_key_file,
    seal,
    write_key_file,
)

secrets = st.binary(min_size=KEY_BYTES, max_size=KEY_BYTES)
CONTEXT = b"3f2a|visit|7"


def _group_named(message: str, group: int) -> bool:
    return re.search(rf"\b[Gg]roup {group}\b", message) is not None


# -- the key itself ------------------------------------------------------------------------------


def test_a_new_key_is_32_random_bytes() -> None:
    first, second = new_team_key(), new_team_key()
    assert len(first.secret) == len(second.secret) == KEY_BYTES
    assert first != second


@pytest.mark.parametrize("secret", [b"", b"x" * 31, b"x" * 33])
def test_a_key_of_another_length_is_refused(secret: bytes) -> None:
    with pytest.raises(ValueError):
        TeamKey(secret)


def test_the_repr_shows_the_fingerprint_never_the_secret() -> None:
    key = TeamKey(bytes(range(32)))
    shown = repr(key) + str(key) + f"{key}" + repr([key])
    assert key.fingerprint in shown
    for leak in (key.secret.hex(), repr(key.secret), phrase_of(key), phrase_of(key)[:11]):
        assert leak not in shown


def test_the_fingerprint_is_a_short_stable_label_that_tells_keys_apart() -> None:
    key = TeamKey(bytes(range(32)))
    assert re.fullmatch(r"[0-9a-f]{8}", key.fingerprint)
    assert key.fingerprint == TeamKey(bytes(range(32))).fingerprint
    assert key.fingerprint != TeamKey(bytes(range(1, 33))).fingerprint
    assert key.fingerprint not in key.secret.hex()


# -- the recovery phrase -------------------------------------------------------------------------


def test_a_phrase_is_eleven_dashed_groups_of_five_crockford_characters() -> None:
    phrase = phrase_of(new_team_key())
    group = f"[{re.escape(ALPHABET)}]{{5}}"
    assert re.fullmatch(rf"({group}-){{{GROUPS - 1}}}{group}", phrase)
    assert GROUPS == 11


@given(secrets)
def test_any_key_comes_back_from_its_phrase(secret: bytes) -> None:
    assert key_from_phrase(phrase_of(TeamKey(secret))) == TeamKey(secret)


_LOOK_ALIKES = {"0": "0Oo", "1": "1IiLl"}


@given(secrets, st.data())
def test_reading_forgives_case_spacing_line_breaks_and_look_alikes(
    secret: bytes, data: st.DataObject
) -> None:
    written = phrase_of(TeamKey(secret)).replace("-", "")
    typed = []
    for character in written:
        choices = _LOOK_ALIKES.get(character, character + character.lower())
        typed.append(data.draw(st.sampled_from(choices)))
        typed.append(data.draw(st.sampled_from(["", "", " ", "-", "\n", "\t", " - "])))
    assert key_from_phrase("".join(typed)) == TeamKey(secret)


@given(secrets, st.integers(0, PHRASE_CHARACTERS - 1), st.integers(1, 31))
def test_any_single_changed_character_is_caught_and_its_group_named(
    secret: bytes, place: int, shift: int
) -> None:
    characters = list(phrase_of(TeamKey(secret)).replace("-", ""))
    characters[place] = ALPHABET[(ALPHABET.index(characters[place]) + shift) % 32]
    with pytest.raises(TeamKeyError) as caught:
        key_from_phrase("".join(characters))
    assert str(caught.value).startswith(f"Group {place // 5 + 1} of the recovery phrase has a typo")


@given(secrets, st.integers(0, PHRASE_CHARACTERS - 2))
def test_two_swapped_neighbours_are_caught_and_never_blamed_on_another_group(
    secret: bytes, place: int
) -> None:
    characters = list(phrase_of(TeamKey(secret)).replace("-", ""))
    assume(characters[place] != characters[place + 1])
    characters[place], characters[place + 1] = characters[place + 1], characters[place]
    with pytest.raises(TeamKeyError) as caught:
        key_from_phrase("".join(characters))
    # Several swaps may fit the checksum alike; then no group is named rather than a wrong one.
    named = {int(group) for group in re.findall(r"[Gg]roup (\d+)", str(caught.value))}
    assert not named or {place // 5 + 1, (place + 1) // 5 + 1} <= named, str(caught.value)


def test_a_typo_names_the_group_to_check() -> None:
    key = TeamKey(bytes(range(32)))
    groups = phrase_of(key).split("-")
    was = groups[3]
    groups[3] = ("Z" if was[2] != "Z" else "Y").join([was[:2], was[3:]])
    with pytest.raises(TeamKeyError) as caught:
        key_from_phrase("-".join(groups))
    assert _group_named(str(caught.value), 4)
    assert "check" in str(caught.value)
    assert isinstance(caught.value, ValidationError)


@pytest.mark.parametrize("keep", [10, 12])
def test_a_phrase_of_the_wrong_length_says_how_many_groups_it_should_have(keep: int) -> None:
    groups = phrase_of(new_team_key()).split("-")
    groups = (groups * 2)[:keep]
    with pytest.raises(TeamKeyError) as caught:
        key_from_phrase("-".join(groups))
    assert "11 groups of 5" in str(caught.value)
    assert str(keep * 5) in str(caught.value)


@pytest.mark.parametrize("stranger", ["U", "u", "*", "é", "?"])
def test_a_character_outside_the_alphabet_is_named_with_its_group(stranger: str) -> None:
    characters = list(phrase_of(new_team_key()).replace("-", ""))
    characters[27] = stranger
    with pytest.raises(TeamKeyError) as caught:
        key_from_phrase("".join(characters))
    assert stranger in str(caught.value)
    assert _group_named(str(caught.value), 6)


def test_an_empty_phrase_says_how_long_a_phrase_is() -> None:
    with pytest.raises(TeamKeyError, match="11 groups"):
        key_from_phrase(" \n - ")


# -- the key file --------------------------------------------------------------------------------


def test_a_key_file_reads_back_the_key_it_was_written_with(tmp_path: Path) -> None:
    key = new_team_key()
    path = tmp_path / "team.carebook-key"
    write_key_file(path, key, hub_shown="hub.example.org:5432/care\nteam")
    text = path.read_text(encoding="utf-8")
    assert read_key_file(path) == key
    assert phrase_of(key) in text
    assert "# Hub: hub.example.org:5432/care team\n" in text
    assert key.fingerprint in text
    assert "safe" in text
    assert all(line.startswith("#") for line in text.splitlines()[:-1] if line)


def test_a_key_file_without_a_hub_has_no_hub_line(tmp_path: Path) -> None:
    path = tmp_path / "team.carebook-key"
    write_key_file(path, new_team_key())
    assert "Hub:" not in path.read_text(encoding="utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has no owner-only mode bits")
def test_a_key_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "team.carebook-key"
    write_key_file(path, new_team_key())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_key_file_never_replaces_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("my own notes\n", encoding="utf-8")
    with pytest.raises(TeamKeyError, match="already exists; choose another name"):
        write_key_file(path, new_team_key())
    assert path.read_text(encoding="utf-8") == "my own notes\n"


def test_a_key_file_in_a_missing_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(TeamKeyError, match="does not exist"):
        write_key_file(tmp_path / "nowhere" / "team.carebook-key", new_team_key())


def test_a_key_file_edited_by_hand_still_reads(tmp_path: Path) -> None:
    key = new_team_key()
    groups = phrase_of(key).split("-")
    path = tmp_path / "typed.txt"
    path.write_text(
        "\ufeff# copied from the paper\n\n"
        + " ".join(groups[:6]).lower()
        + "\r\n  "
        + " ".join(groups[6:])
        + "\n# end\n",
        encoding="utf-8",
    )
    assert read_key_file(path) == key


def test_a_missing_key_file_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(TeamKeyError, match=r"There is no key file at .*teammate"):
        read_key_file(tmp_path / "absent.carebook-key")


def test_a_folder_is_not_a_key_file(tmp_path: Path) -> None:
    with pytest.raises(TeamKeyError, match="is a folder"):
        read_key_file(tmp_path)


@pytest.mark.parametrize(
    "content",
    [b"", b"# only a comment\n", b"\xff\xfe\x00garbage", b"0" * (70 * 1024)],
    ids=["empty", "comments only", "not text", "huge"],
)
def test_a_file_that_is_no_key_file_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "chosen.txt"
    path.write_bytes(content)
    with pytest.raises(TeamKeyError, match="is not a carebook key file"):
        read_key_file(path)


def test_a_damaged_key_file_names_the_group_to_check(tmp_path: Path) -> None:
    path = tmp_path / "team.carebook-key"
    write_key_file(path, TeamKey(bytes(range(32))))
    lines = path.read_text(encoding="utf-8").splitlines()
    groups = lines[-1].split("-")
    groups[8] = groups[8][:4] + ("Z" if groups[8][4] != "Z" else "Y")
    lines[-1] = "-".join(groups)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(TeamKeyError) as caught:
        read_key_file(path)
    assert "is damaged" in str(caught.value)
    assert _group_named(str(caught.value), 9)


# -- sealing -------------------------------------------------------------------------------------


@given(st.binary(max_size=2000), st.binary(max_size=80))
def test_a_sealed_value_opens_to_what_was_sealed(plain: bytes, context: bytes) -> None:
    key = TeamKey(b"k" * 32)
    sealed = seal(key, plain, context=context)
    assert sealed[:1] == b"\x01"
    assert len(sealed) == 1 + NONCE_BYTES + len(plain) + TAG_BYTES
    assert open_sealed(key, sealed, context=context) == plain


def test_two_seals_of_the_same_text_differ_in_nonce_and_body() -> None:
    key = new_team_key()
    first = seal(key, b"same text", context=CONTEXT)
    second = seal(key, b"same text", context=CONTEXT)
    assert first[1 : 1 + NONCE_BYTES] != second[1 : 1 + NONCE_BYTES]
    assert first[1 + NONCE_BYTES :] != second[1 + NONCE_BYTES :]


def test_the_sealed_value_does_not_hold_the_plain_text() -> None:
    plain = b"Mrs Example takes warfarin 5 mg" * 3
    assert plain[:12] not in seal(new_team_key(), plain, context=CONTEXT)


@given(st.data())
def test_any_altered_byte_is_refused(data: st.DataObject) -> None:
    key = TeamKey(b"k" * 32)
    sealed = bytearray(seal(key, b"blood pressure 120/80", context=CONTEXT))
    place = data.draw(st.integers(0, len(sealed) - 1))
    sealed[place] ^= data.draw(st.integers(1, 255))
    with pytest.raises(WrongTeamKey):
        open_sealed(key, bytes(sealed), context=CONTEXT)


@pytest.mark.parametrize("keep", [0, 1, 25, 1 + NONCE_BYTES + TAG_BYTES - 1])
def test_a_cut_short_value_is_refused(keep: int) -> None:
    key = new_team_key()
    sealed = seal(key, b"", context=CONTEXT)
    with pytest.raises(WrongTeamKey):
        open_sealed(key, sealed[:keep], context=CONTEXT)


def test_a_value_moved_to_another_record_is_refused() -> None:
    key = new_team_key()
    sealed = seal(key, b"note", context=b"3f2a|visit|7")
    for moved in (b"3f2a|visit|8", b"3f2b|visit|7", b"3f2a|task|7", b""):
        with pytest.raises(WrongTeamKey):
            open_sealed(key, sealed, context=moved)


def test_another_teams_key_is_refused() -> None:
    sealed = seal(new_team_key(), b"note", context=CONTEXT)
    with pytest.raises(WrongTeamKey):
        open_sealed(new_team_key(), sealed, context=CONTEXT)


def test_a_key_check_tells_the_right_key_from_a_wrong_one() -> None:
    key = new_team_key()
    check = key_check(key)
    assert matches(key, check)
    assert matches(key_from_phrase(phrase_of(key)), check)
    assert not matches(new_team_key(), check)
    assert not matches(key, seal(key, b"carebook team key check", context=CONTEXT))
    assert not matches(key, b"")
    assert not matches(key, seal(key, b"another text", context=team_key._CHECK_CONTEXT))
    assert not matches(key, os.urandom(64))


def test_loading_the_module_loads_no_cryptography() -> None:
    """The window imports what it needs of sync at start; libsodium waits for the first seal."""
    script = (
        "import sys\n"
        "import carebook.sync.team_key\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'nacl', 'keyring'}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
