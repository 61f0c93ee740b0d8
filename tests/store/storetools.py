"""Helpers shared by the store tests (imported as a plain module from this folder)."""

from __future__ import annotations

from simulator.store import Finish, Store


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
