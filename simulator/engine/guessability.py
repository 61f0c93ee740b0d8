"""Guessability: how far naive strategies get at picking the best option without knowing the
guidance — by position, by length, or by wording — against picking at random.

A decision is a node with at least two options in the first state that reaches it; the best
options there are those the expert objective ranks best (ties included; a decision where every
option is best is left out, as there is nothing to guess). A strategy narrows the options to a
set of candidates and picks one of them at random, so ties count fractionally: with k
candidates of which j are best it scores j / k at that decision. A rate is the mean over the
decisions. The limits are documented in docs/scenario-format.md ("Guessability").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from simulator.format.diagnostics import Collector, Text

MARGIN = 0.15  # a strategy more than 15 points above chance is a warning
SHARE_LIMIT = 0.40  # the best option longest (or shortest) in more than 40 % is a warning
MIN_DECISIONS = 5  # fewer decisions than this say too little to warn about
MIN_OPTIONS_FOR_SHARE = 3  # with two options one is always the longest

# Wording that argues for the option inside the option itself ("... eftersom ...").
JUSTIFIES = re.compile(r"\b(eftersom|så att|för att|därför|annars|med tanke på)\b", re.IGNORECASE)
JOINS = re.compile(r"\boch\b", re.IGNORECASE)

STRATEGIES = ("first", "last", "longest", "shortest", "self_justifying", "combined")
STRATEGY_NAMES = {
    "first": ("välj första alternativet", "pick the first option"),
    "last": ("välj sista alternativet", "pick the last option"),
    "longest": ("välj det längsta alternativet", "pick the longest option"),
    "shortest": ("välj det kortaste alternativet", "pick the shortest option"),
    "self_justifying": ("välj alternativet som motiverar sig självt ('eftersom', 'så att')",
                        "pick the option that justifies itself ('eftersom', 'så att')"),
    "combined": ("undvik det som motiverar sig självt, föredra 'X och Y', ta sedan det längsta",
                 "avoid the self-justifying option, prefer 'X och Y', then take the longest"),
}


class Option(Protocol):
    @property
    def text(self) -> str: ...


@dataclass(frozen=True)
class Guessability:
    """The measures for one scenario; rates are shares 0–1 (None where nothing was measured)."""

    decisions: int  # decisions measured
    chance: float | None  # mean share of best options: picking at random
    strategies: dict[str, float | None]  # strategy -> share of decisions it gets right
    share_decisions: int  # decisions with at least three options (for the two shares below)
    best_longest: float | None  # share of those where a best option is strictly the longest
    best_shortest: float | None  # … strictly the shortest
    flagged: tuple[str, ...]  # strategies and shares over their limit

    def to_dict(self) -> dict[str, Any]:
        def pct(value: float | None) -> float | None:
            return None if value is None else round(value * 100, 1)

        return {
            "decisions": self.decisions,
            "chance": pct(self.chance),
            "strategies": {name: pct(rate) for name, rate in self.strategies.items()},
            "share_decisions": self.share_decisions,
            "best_longest": pct(self.best_longest),
            "best_shortest": pct(self.best_shortest),
            "flagged": list(self.flagged),
            "limits": {"margin_over_chance": MARGIN * 100, "share": SHARE_LIMIT * 100,
                       "min_decisions": MIN_DECISIONS},
        }


def _length(text: str) -> int:
    return len(" ".join(text.split()))


def candidates(strategy: str, texts: list[str]) -> list[int]:
    """The options (by position) a strategy leaves to pick from at random."""
    return _Options(texts).candidates(strategy)


class _Options:
    """One decision's options, with what the strategies look at computed once."""

    def __init__(self, texts: list[str]) -> None:
        self.count = len(texts)
        self.lengths = [_length(t) for t in texts]
        self.justifying = [i for i, t in enumerate(texts) if JUSTIFIES.search(t)]
        self.joined = [i for i, t in enumerate(texts) if JOINS.search(t)]

    def _extreme(self, among: list[int], pick: Callable[..., int]) -> list[int]:
        target = pick(self.lengths[i] for i in among)
        return [i for i in among if self.lengths[i] == target]

    def candidates(self, strategy: str) -> list[int]:
        every = list(range(self.count))
        if strategy == "first":
            return [0]
        if strategy == "last":
            return [self.count - 1]
        if strategy == "longest":
            return self._extreme(every, max)
        if strategy == "shortest":
            return self._extreme(every, min)
        if strategy == "self_justifying":
            return self.justifying or every
        if strategy == "combined":
            plain = [i for i in every if i not in self.justifying] or every
            joined = [i for i in plain if i in self.joined] or plain
            return self._extreme(joined, max)
        raise ValueError(f"unknown strategy {strategy!r}")

    def strictly(self, best: Sequence[bool], pick: Callable[..., int]) -> bool:
        """Whether some best option is strictly longer (pick=max) or shorter (min) than every
        option that is not best."""
        mine = pick(n for n, b in zip(self.lengths, best, strict=True) if b)
        others = pick(n for n, b in zip(self.lengths, best, strict=True) if not b)
        return mine > others if pick is max else mine < others


def measure(points: Sequence[tuple[object, Sequence[Option], Sequence[bool]]]) -> Guessability:
    """The measures over decision points given as (node, options, which are best)."""
    hits = dict.fromkeys(STRATEGIES, 0.0)
    chance = 0.0
    counted = 0
    share_decisions = longest = shortest = 0
    for _node, options, best in points:
        if all(best) or not any(best):
            continue
        decision = _Options([o.text for o in options])
        counted += 1
        chance += sum(best) / len(best)
        for name in STRATEGIES:
            picked = decision.candidates(name)
            hits[name] += sum(best[i] for i in picked) / len(picked)
        if decision.count >= MIN_OPTIONS_FOR_SHARE:
            share_decisions += 1
            longest += decision.strictly(best, max)
            shortest += decision.strictly(best, min)
    if not counted:
        return Guessability(0, None, dict.fromkeys(STRATEGIES, None), 0, None, None, ())
    rates: dict[str, float | None] = {name: hits[name] / counted for name in STRATEGIES}
    base = chance / counted
    long_share = longest / share_decisions if share_decisions else None
    short_share = shortest / share_decisions if share_decisions else None
    flagged: list[str] = []
    if counted >= MIN_DECISIONS:
        flagged = [n for n in STRATEGIES if (rates[n] or 0.0) > base + MARGIN + 1e-9]
    if share_decisions >= MIN_DECISIONS:
        if long_share is not None and long_share > SHARE_LIMIT + 1e-9:
            flagged.append("best_longest")
        if short_share is not None and short_share > SHARE_LIMIT + 1e-9:
            flagged.append("best_shortest")
    return Guessability(counted, base, rates, share_decisions, long_share, short_share,
                        tuple(flagged))


def report(measured: Guessability, line: int, out: Collector) -> None:
    """One warning naming every strategy and share over its limit."""
    if not measured.flagged:
        return
    parts_sv: list[str] = []
    parts_en: list[str] = []
    for name in measured.flagged:
        if name in STRATEGY_NAMES:
            sv, en = STRATEGY_NAMES[name]
            rate = round((measured.strategies[name] or 0.0) * 100)
            parts_sv.append(f"'{sv}' träffar rätt i {rate} %")
            parts_en.append(f"'{en}' is right in {rate} %")
        else:
            share = measured.best_longest if name == "best_longest" else measured.best_shortest
            rate = round((share or 0.0) * 100)
            word_sv, word_en = (("längst", "longest") if name == "best_longest"
                                else ("kortast", "shortest"))
            parts_sv.append(f"det bästa alternativet är {word_sv} i {rate} % av besluten med "
                            "minst tre alternativ")
            parts_en.append(f"the best option is the {word_en} in {rate} % of the decisions "
                            "with at least three options")
    out.warning(line, "guessable", detail=Text("; ".join(parts_sv), "; ".join(parts_en)),
                n=measured.decisions, chance=round((measured.chance or 0.0) * 100))
