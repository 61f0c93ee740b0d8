"""Helpers for the LRS tests: shipped scenarios, an opted-in trainee, attempts played through
the Recorder so every step writes its statements with it."""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path

from simulator.engine.library import Loaded, load_library
from simulator.engine.session import Session
from simulator.lrs.recording import Recorder
from simulator.store import outbox
from simulator.store.progress import AttemptId, Store

ROOT = Path(__file__).resolve().parents[2]
ACCOUNT = "anna.andersson@kommun.example"


def scenario_files() -> list[Path]:
    return sorted(p for p in (ROOT / "scenarios").rglob("*.md") if p.name != "guidance.md")


@cache
def _library() -> dict[Path, Loaded]:
    return {Path(item.path).resolve(): item for item in load_library()}


def loaded(path: Path) -> Loaded:
    """A shipped scenario as the app loads it (with the guidance catalogue)."""
    found = _library()[path.resolve()]
    assert found.scenario is not None and found.analysis is not None, path
    return found


def opted_in(store: Store, pseudonym: str = "Kim", account: str = ACCOUNT) -> int:
    who = store.trainee(pseudonym)
    assert outbox.set_account(store, who.id, account)
    return who.id


def play(store: Store, recorder: Recorder, trainee: int, path: Path | None = None, *,
         seed: int = 0, steps: int | None = None, expert: bool = False) -> tuple[AttemptId, Session]:
    """Play one attempt (random choices from ``seed``, or the expert path), to the end or
    ``steps`` steps."""
    source = loaded(path or scenario_files()[0])
    assert source.scenario is not None
    session = Session(source.scenario, source.analysis)
    attempt = recorder.begin(store, trainee, session)
    pick = random.Random(seed)
    taken = 0
    best = list(source.analysis.expert_path) if expert and source.analysis else []
    while not session.finished and (steps is None or taken < steps):
        result = session.choose(best[taken] if best else pick.choice(session.choices))
        assert recorder.save_step(store, attempt, session, result, seconds=2.5)
        taken += 1
    return attempt, session
