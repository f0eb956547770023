"""A store that lets a report or export reach only the reads its Source protocol declares."""

from __future__ import annotations

import typing
from typing import Any


def declared_reads(protocol: type) -> dict[str, frozenset[str] | None]:
    """Each name `protocol` declares: a part's name with the reads declared of it, or a read
    of the store itself (None)."""
    reads: dict[str, frozenset[str] | None] = {}
    module = __import__(protocol.__module__, fromlist=["*"])
    for name, value in vars(protocol).items():
        if name.startswith("_"):
            continue
        if isinstance(value, property) and value.fget is not None:
            part = typing.get_type_hints(value.fget, vars(module))["return"]
            reads[name] = frozenset(n for n in vars(part) if not n.startswith("_"))
        elif callable(value):
            reads[name] = None
    return reads


def reads_only(store: Any, protocol: type, what: str) -> Any:
    """`store`, with everything but the reads `protocol` declares out of reach."""
    declared = declared_reads(protocol)

    class Part:
        def __init__(self, name: str, part: Any, allowed: frozenset[str]) -> None:
            self._name, self._part, self._allowed = name, part, allowed

        def __getattr__(self, name: str) -> Any:
            if name not in self._allowed:
                raise AssertionError(f"{what} used store.{self._name}.{name}")
            return getattr(self._part, name)

    class ReadsOnly:
        def __getattr__(self, name: str) -> Any:
            if name not in declared:
                raise AssertionError(f"{what} used store.{name}")
            allowed = declared[name]
            if allowed is None:
                return getattr(store, name)
            return Part(name, getattr(store, name), allowed)

    return ReadsOnly()
