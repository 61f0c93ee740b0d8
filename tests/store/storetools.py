"""Helpers shared by the store tests (imported as a plain module from this folder)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from simulator.engine.library import Loaded, load_library
from simulator.store.progress import Finish, Store


def play(
    store: Store,
    trainee: str,
    scenario: str,
    steps: list[tuple[str, str, dict[str, int]]],
    *,
    finish: tuple[bool, dict[str, tuple[int, int]]] | None = None,
    at: str | None = None,
) -> int:
    """Store an attempt with the given steps (node, choice, deltas); optionally finished."""
    t = store.trainee(trainee)
    aid = store.start_attempt(t.id, scenario, "hash-1", '{"s": 0}', node=steps[0][0], started=at)
    for i, (node, choice, deltas) in enumerate(steps):
        last = i == len(steps) - 1
        fin = None
        if last and finish is not None:
            passed, dims = finish
            fin = Finish(
                result={"passed": passed},
                passed=passed,
                total=sum(a for a, _ in dims.values()),
                best_total=sum(b for _, b in dims.values()),
                dimensions=dims,
            )
        store.record_step(
            aid,
            index=i,
            node=node,
            choice=choice,
            deltas=deltas,
            state=f'{{"s": {i + 1}}}',
            node_after=f"after-{i}",
            seconds=1.5,
            at=at,
            finish=fin,
        )
    return aid


CATALOGUE = """\
---
format: vagval-guidance/1
version: t-1
dimensions:
  sakerhet: Säkerhet och riskbedömning | Safety and risk assessment
  barn: Barnets perspektiv | The child's perspective
---

## GEN-01 | Fråga om våld
dimension: sakerhet
source: Testkälla
valid_from: 2020-01-01

Fråga om våld när personen är ensam.
"""


def chain_text(length: int, *, scenario_id: str = "kedja", twist: int = 0) -> str:
    """A linear scenario of ``length`` decisions with three choices each; ``twist`` changes the
    text (and so the content hash) and, when 2, removes the third choice of every node."""
    head = (
        "---\nformat: vagval/1\n"
        f"id: {scenario_id}\ntitle: Kedjan {twist}\ntheme: heder\nlevel: grund\nminutes: 5\n"
        "role: Socialsekreterare\ncontent_note: Testinnehåll.\ngoals:\n  - Ett mål\n"
        "authors:\n  - Testare\nguidance_version: t-1\npass_threshold: 0.5\n---\n\n"
    )
    parts = [head]
    for i in range(length):
        target = f"n{i + 1}" if i + 1 < length else "slut"
        parts.append(f"## n{i} | Steg {i}\n\nBeslut nummer {i} (version {twist}).\n\n")
        for k, (dim, points) in enumerate([("sakerhet", 2), ("barn", 1), ("sakerhet", -1)]):
            if twist == 2 and k == 2:
                continue
            parts.append(
                f"* [Val {k + 1} i steg {i}] -> {target}\n"
                f"  score: {dim} {points:+d}\n"
                "  guidance: +GEN-01\n"
                f"  > Skäl för val {k + 1}.\n\n"
            )
    parts.append("## slut | Slutet\nending: skyddad\n\nDet tog slut.\n")
    return "".join(parts)


def write_chain(folder: Path, length: int, **kw: Any) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "guidance.md").write_text(CATALOGUE, encoding="utf-8")
    path = folder / "kedja.md"
    path.write_text(chain_text(length, **kw), encoding="utf-8")
    return path


def load_chain(path: Path) -> Loaded:
    loaded = load_library([path])[0]
    assert loaded.ok, [d.format("en") for d in loaded.diagnostics]
    return loaded
