"""A weighted random choice, the way the sample draws almost everything."""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Iterable
from itertools import accumulate
from typing import Generic, TypeVar

T = TypeVar("T")


class Weighted(Generic[T]):
    """A weighted choice whose running totals are summed once, not on every draw."""

    __slots__ = ("_items", "_totals")

    def __init__(self, pairs: Iterable[tuple[T, int]]) -> None:
        listed = list(pairs)
        self._items = [item for item, _ in listed]
        self._totals = list(accumulate(weight for _, weight in listed))

    def draw(self, rng: random.Random) -> T:
        return self._items[bisect(self._totals, rng.random() * self._totals[-1])]
