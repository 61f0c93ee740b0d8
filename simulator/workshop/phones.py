"""Anonymous votes from participants' phones: the ballot for the decision on the projector.

The ballot knows the open decision (a key, its options as the projector shows them) and, for
that decision only, which option each phone last chose — keyed by a random token the phone
holds in a cookie, so one phone counts once and may change its vote until the vote closes.
No name, no address, nothing else is kept; the tokens are forgotten when the decision closes.
Thread-safe: the web server's thread votes, the app's thread opens, closes and counts.
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field
from typing import Literal

VoteResult = Literal["counted", "changed", "closed", "stale", "unknown-option", "limit"]
MAX_PHONES = 500  # more tokens than this for one decision are refused (a flood, not a room)
MAX_CHANGES = 20  # a phone may change its vote this many times per decision


@dataclass(frozen=True)
class Option:
    number: int
    choice_id: str
    text: str


@dataclass
class Ballot:
    """The open decision's phone votes. `key` changes with every decision."""

    key: str = ""
    title: str = ""
    options: tuple[Option, ...] = ()
    is_open: bool = False
    split: dict[str, int] | None = None  # shown to phones once the facilitator reveals it
    _votes: dict[str, str] = field(default_factory=dict)  # phone token -> choice id
    _changes: dict[str, int] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    version: int = 0  # bumped on every change, so views refresh only when something changed

    def open(self, key: str, title: str, options: list[Option]) -> None:
        """A decision is on the projector. A new key forgets every earlier phone's vote."""
        with self._lock:
            if key != self.key:
                self._votes.clear()
                self._changes.clear()
            self.split = None  # hidden again until the facilitator reveals it
            self.key, self.title, self.options = key, title, tuple(options)
            self.is_open = True
            self.version += 1

    def close(self) -> None:
        """No more votes for this decision (the split may still be shown)."""
        with self._lock:
            self.is_open = False
            self.version += 1

    def reveal(self, split: dict[str, int]) -> None:
        with self._lock:
            self.split = dict(split)
            self.version += 1

    def finish(self) -> None:
        """The decision is taken: forget the phones' tokens and votes entirely."""
        with self._lock:
            self._votes.clear()
            self._changes.clear()
            self.key, self.title, self.options = "", "", ()
            self.is_open, self.split = False, None
            self.version += 1

    def vote(self, token: str, key: str, choice_id: str) -> VoteResult:
        with self._lock:
            if not self.is_open:
                return "closed"
            if key != self.key:
                return "stale"
            if choice_id not in {o.choice_id for o in self.options}:
                return "unknown-option"
            previous = self._votes.get(token)
            if previous is None and len(self._votes) >= MAX_PHONES:
                return "limit"
            if previous is not None:
                if self._changes.get(token, 0) >= MAX_CHANGES:
                    return "limit"
                self._changes[token] = self._changes.get(token, 0) + 1
            self._votes[token] = choice_id
            self.version += 1
            return "counted" if previous is None else "changed"

    def choice_of(self, token: str) -> str | None:
        with self._lock:
            return self._votes.get(token)

    def counts(self) -> dict[str, int]:
        """choice id -> phone votes for the open decision (zeros included)."""
        with self._lock:
            out = {o.choice_id: 0 for o in self.options}
            for choice in self._votes.values():
                if choice in out:
                    out[choice] += 1
            return out

    @property
    def total(self) -> int:
        with self._lock:
            return len(self._votes)


def new_token() -> str:
    """An unguessable token (for the page address and for each phone)."""
    return secrets.token_urlsafe(18)


def room_code() -> str:
    """A short code to type on a phone when the QR code cannot be scanned: 6 digits."""
    return f"{secrets.randbelow(10**6):06d}"
