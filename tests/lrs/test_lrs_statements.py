"""The xAPI mapping and the outbox, without a server: what is written, when, and for whom."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lrstools import ACCOUNT, loaded, opted_in, play, scenario_files

from simulator.engine.session import Session
from simulator.lrs import statements as xs
from simulator.lrs.recording import Recorder
from simulator.store import outbox
from simulator.store.export import export_trainee
from simulator.store.progress import Store, open_store
from simulator.store.sessions import begin_attempt

HOME = "https://lms.kommun.example"


def _bodies(store: Store, attempt: int) -> list[dict]:  # type: ignore[type-arg]
    rows = store.db.execute("SELECT body FROM outbox WHERE attempt_id = ? ORDER BY seq", [attempt])
    return [json.loads(r[0]) for r in rows]


def _verbs(bodies: list[dict]) -> list[str]:  # type: ignore[type-arg]
    return [b["verb"]["id"].rsplit("/", 1)[1] for b in bodies]


def test_a_whole_attempt_writes_initialized_answered_completed_verdict_terminated(store: Store) -> None:
    kim = opted_in(store)
    attempt, session = play(store, Recorder(HOME), kim)
    bodies = _bodies(store, attempt)
    n = len(session.steps)
    verdict = "passed" if store.attempt(attempt).passed else "failed"
    assert _verbs(bodies) == ["initialized", *["answered"] * n, "completed", verdict, "terminated"]
    registration = store.attempt(attempt).registration
    assert registration and all(b["context"]["registration"] == registration for b in bodies)
    assert all(b["actor"]["account"] == {"homePage": HOME, "name": ACCOUNT} for b in bodies)
    assert "Kim" not in json.dumps(bodies)  # the pseudonym never leaves the computer
    scenario = session.scenario
    ext = bodies[0]["context"]["extensions"]
    assert ext[xs.EXT_SCENARIO_HASH] == scenario.content_hash
    assert ext[xs.EXT_CATALOGUE_VERSION] == scenario.catalogue.version  # type: ignore[union-attr]
    assert bodies[0]["object"]["definition"]["name"] == {"sv-SE": scenario.title}
    assert bodies[0]["context"]["language"] == "sv-SE"


def test_an_answer_carries_the_choice_scores_guidance_and_critical_mark(store: Store) -> None:
    kim = opted_in(store)
    attempt, session = play(store, Recorder(HOME), kim, seed=3)
    answers = [b for b in _bodies(store, attempt) if b["verb"]["id"] == xs.VERBS["answered"]]
    for step, body in zip(session.steps, answers, strict=True):
        choice = session.scenario.choice(step.choice)
        result = body["result"]
        assert result["response"] == step.choice
        assert result["extensions"][xs.EXT_CHOICE_TEXT] == choice.text
        assert result["extensions"][xs.EXT_SCORES] == step.deltas
        assert result["extensions"][xs.EXT_FOLLOWS] == list(choice.follows)
        assert result["extensions"][xs.EXT_BREAKS] == list(choice.breaks)
        assert result["extensions"][xs.EXT_CRITICAL] is step.critical
        assert result["success"] is (not step.critical)


def test_the_verdict_has_the_scaled_score_and_the_rule_that_failed(store: Store) -> None:
    kim = opted_in(store)
    for seed in range(12):
        attempt, _ = play(store, Recorder(HOME), kim, seed=seed)
        stored = store.attempt(attempt)
        verdict = _bodies(store, attempt)[-2]
        assert verdict["result"]["success"] is stored.passed
        score = verdict["result"]["score"]
        assert score["raw"] == stored.total and score["max"] >= stored.best_total  # type: ignore[operator]
        assert score["scaled"] == pytest.approx(min(1, stored.total / stored.best_total), abs=1e-4)  # type: ignore[operator]
        assert verdict["result"]["extensions"][xs.EXT_REASONS] == stored.result["reasons"]  # type: ignore[index]


def test_ids_are_uuid5_of_registration_and_step_so_a_rewrite_keeps_one(store: Store) -> None:
    kim = opted_in(store)
    attempt, _ = play(store, Recorder(HOME), kim, steps=2)
    registration = store.attempt(attempt).registration or ""
    ids = [b["id"] for b in _bodies(store, attempt)]
    choices = [s.choice for s in store.steps(attempt)]
    assert ids == [xs.statement_id(registration, k)
                   for k in ("initialized", f"answered/0/{choices[0]}", f"answered/1/{choices[1]}")]
    before = outbox.counts(store).waiting
    store._durable_write(lambda: store._write_outgoing(attempt, [  # the same statements again
        outbox_item for outbox_item in _as_outgoing(store, attempt)], "2026-01-01T00:00:00+00:00"))
    assert outbox.counts(store).waiting == before


def _as_outgoing(store: Store, attempt: int):  # type: ignore[no-untyped-def]
    from simulator.store.progress import Outgoing

    rows = store.db.execute("SELECT id, body FROM outbox WHERE attempt_id = ?", [attempt])
    return [Outgoing(i, b) for i, b in rows]


def test_a_step_and_its_statement_are_one_transaction(store: Store) -> None:
    kim = opted_in(store)
    recorder = Recorder(HOME)
    source = loaded(scenario_files()[0])
    session = Session(source.scenario, source.analysis)  # type: ignore[arg-type]
    attempt = recorder.begin(store, kim, session)
    first = session.choose(session.choices[0])
    store.record_step(attempt, index=0, node=first.step.node, choice=first.step.choice,
                      deltas={}, state="{}")  # another program took step 0 meanwhile
    with pytest.raises(ValueError, match="expects step 1"):
        recorder.save_step(store, attempt, session, first)
    assert _verbs(_bodies(store, attempt)) == ["initialized"]  # no statement without its step


def test_no_opt_in_means_no_statements(store: Store) -> None:
    kim = store.trainee("Kim").id
    attempt, _ = play(store, Recorder(HOME), kim)
    assert _bodies(store, attempt) == []
    opted_in(store)
    assert outbox.set_account(store, kim, None)
    attempt, _ = play(store, Recorder(HOME), kim)
    assert _bodies(store, attempt) == [] and outbox.account(store, kim) is None


def test_what_if_explorations_are_never_reported(store: Store) -> None:
    kim = opted_in(store)
    recorder = Recorder(HOME)
    graded, session = play(store, recorder, kim, steps=2)
    rewound = session.rewind(1)
    explore = recorder.begin(store, kim, rewound, kind="explore", branched_from=graded)
    while not rewound.finished:
        assert recorder.save_step(store, explore, rewound, rewound.choose(rewound.choices[-1]))
    assert _bodies(store, explore) == []
    fresh = Session(session.scenario, session.analysis)
    other = recorder.begin(store, kim, fresh, kind="explore")
    assert _bodies(store, other) == []


def test_an_attempt_begun_before_opting_in_stays_unreported_after_a_restart(db_path: Path) -> None:
    with open_store(db_path) as store:
        kim = store.trainee("Kim").id
        source = loaded(scenario_files()[0])
        session = Session(source.scenario, source.analysis)  # type: ignore[arg-type]
        attempt = begin_attempt(store, kim, session)
        opted_in(store)
    with open_store(db_path) as store:  # a new run of the app: the Recorder starts empty
        result = session.choose(session.choices[0])
        assert Recorder(HOME).save_step(store, attempt, session, result)
        assert _bodies(store, attempt) == []


def test_leaving_resuming_and_abandoning(store: Store) -> None:
    kim = opted_in(store)
    recorder = Recorder(HOME, language="en")
    attempt, session = play(store, recorder, kim, steps=1)
    assert recorder.leave(store, attempt, session) and recorder.resume(store, attempt, session)
    assert recorder.leave(store, attempt, session)  # left twice at the same step: one statement
    assert recorder.abandon(store, attempt)
    bodies = _bodies(store, attempt)
    assert _verbs(bodies) == ["initialized", "answered", "suspended", "resumed", "terminated"]
    assert bodies[0]["context"]["language"] == "en-GB"
    assert store.attempt(attempt).abandoned


def _onward(session: Session) -> str:
    """A choice that does not end the scenario at once."""
    nodes = session.scenario.nodes
    return next(c.id for c in session.choices if not nodes[c.target].is_ending)


def test_an_answer_taken_back_is_voided_and_the_next_one_at_that_step_is_new(store: Store) -> None:
    """Practice mode: A at step 1, taken back, A again, taken back, then B."""
    kim = opted_in(store)
    recorder = Recorder(HOME)
    attempt, session = play(store, recorder, kim, steps=1)
    registration = store.attempt(attempt).registration or ""
    again = _onward(session)
    answers = []
    for choice in (again, again):
        result = session.choose(choice)
        assert recorder.save_step(store, attempt, session, result)
        session = session.rewind(1)
        assert recorder.undo(store, attempt, session)
        answers.append(choice)
    other = next(c.id for c in session.choices if c.id != again)
    assert recorder.save_step(store, attempt, session, session.choose(other))
    bodies = _bodies(store, attempt)
    assert _verbs(bodies) == ["initialized", "answered", "answered", "voided", "answered", "voided",
                              "answered"]
    ids = [b["id"] for b in bodies]
    assert len(set(ids)) == len(ids)  # nothing collides with what was taken back
    first, second, third = (b for b in bodies[2:] if b["verb"]["id"] == xs.VERBS["answered"])
    assert [first["id"], second["id"], third["id"]] == [
        xs.statement_id(registration, k)
        for k in (f"answered/1/{again}", f"answered/1/{again}/1", f"answered/1/{other}/2")]
    assert bodies[3]["object"] == {"objectType": "StatementRef", "id": first["id"]}
    assert bodies[5]["object"] == {"objectType": "StatementRef", "id": second["id"]}
    assert "platform" not in bodies[3]["context"]  # xAPI: only with an activity as object
    assert second["context"]["statement"] == {"objectType": "StatementRef", "id": first["id"]}
    assert third["context"]["statement"] == {"objectType": "StatementRef", "id": second["id"]}
    assert "statement" not in first["context"]
    assert [s.choice for s in store.steps(attempt)][1] == other  # the path that counts
    assert len(store.undone_steps(attempt)) == 2


def test_an_undo_and_its_voiding_are_one_transaction(store: Store,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    kim = opted_in(store)
    recorder = Recorder(HOME)
    attempt, session = play(store, recorder, kim, steps=2)
    before = _verbs(_bodies(store, attempt))

    def power_cut(*_: object) -> None:
        raise RuntimeError("the power went while the voiding was written")

    monkeypatch.setattr(store, "_write_outgoing", power_cut)
    with pytest.raises(RuntimeError):
        recorder.undo(store, attempt, session.rewind(1))
    monkeypatch.undo()
    assert _verbs(_bodies(store, attempt)) == before  # no voiding ...
    assert len(store.steps(attempt)) == 2 and store.undone_steps(attempt) == []  # ... no undo


def test_leaving_and_coming_back_after_an_undo_are_new_statements(store: Store) -> None:
    kim = opted_in(store)
    recorder = Recorder(HOME)
    attempt, session = play(store, recorder, kim, steps=1)
    registration = store.attempt(attempt).registration or ""
    result = session.choose(_onward(session))
    assert recorder.save_step(store, attempt, session, result)
    assert recorder.leave(store, attempt, session) and recorder.resume(store, attempt, session)
    session = session.rewind(1)
    assert recorder.undo(store, attempt, session)
    assert recorder.save_step(store, attempt, session, session.choose(_onward(session)))
    # at step 2 again, but after an undo: not the same moment as the first leave
    assert recorder.leave(store, attempt, session) and recorder.resume(store, attempt, session)
    assert recorder.leave(store, attempt, session)  # the same moment again: nothing new
    bodies = _bodies(store, attempt)
    moments = [b["id"] for b in bodies if b["verb"]["id"] in (xs.VERBS["suspended"],
                                                              xs.VERBS["resumed"])]
    assert moments == [xs.statement_id(registration, k) for k in
                       ("suspended/2", "resumed/2", "suspended/2/1", "resumed/2/1")]


def test_export_trainee_includes_the_outbox_and_the_account(store: Store) -> None:
    kim = opted_in(store)
    attempt, _ = play(store, Recorder(HOME), kim, steps=2)
    data = export_trainee(store, kim)
    assert data["lrs_account"] == ACCOUNT
    assert [row["state"] for row in data["outbox"]] == ["waiting"] * 3
    assert data["outbox"][0]["body"]["verb"]["id"] == xs.VERBS["initialized"]
    assert {row["attempt_id"] for row in data["outbox"]} == {attempt}


def _terminal(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], answers: str,
              *extra: str) -> str:
    import io

    from simulator.cli.commands import main

    monkeypatch.setattr("sys.stdin", io.StringIO(answers))
    assert main(["play", str(scenario_files()[0]), "--trainee", "Kim", *extra]) == 0
    return capsys.readouterr().out


def test_the_terminal_player_queues_statements_when_an_lrs_is_set(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from simulator.cli.commands import main

    _terminal(monkeypatch, capsys, "1\nq\n")  # no LRS, not opted in
    assert main(["lrs-optin", "--trainee", "Kim", "--account", ACCOUNT]) == 0
    _terminal(monkeypatch, capsys, "1\nq\n")  # opted in, but still no LRS: nothing is queued
    with open_store() as store:
        assert outbox.counts(store).waiting == 0
    monkeypatch.setenv("VAGVAL_LRS_ENDPOINT", "https://lrs.kommun.example/xAPI/")
    _terminal(monkeypatch, capsys, "1\n1\nq\n")
    _terminal(monkeypatch, capsys, "1\nq\n", "--resume")
    with open_store() as store:
        rows = store.db.execute("SELECT body FROM outbox ORDER BY seq").fetchall()
        bodies = [json.loads(r[0]) for r in rows]
    assert _verbs(bodies) == ["initialized", "answered", "answered", "suspended", "resumed",
                              "answered", "suspended"]
    assert {b["actor"]["account"]["homePage"] for b in bodies} == {"https://lrs.kommun.example"}
    assert main(["lrs-status", "--lang", "en"]) == 0
    assert "7 statements waiting, 0 sent, 0 rejected" in capsys.readouterr().out
    assert main(["lrs-send", "--lang", "en"]) == 1  # that LRS does not exist: all stay waiting
    with open_store() as store:
        assert outbox.counts(store).waiting == 7


@pytest.mark.parametrize(("account", "why"), [
    ("", "is empty"), ("   ", "is empty"), ("kim\u200b@kommun.example", "U+200B"),
    ("kim@kommun.example\x1b[2J", "U+001B"), ("k" * 255, "longer than 254")])
def test_an_account_name_that_cannot_be_sent_is_refused_plainly(
        capsys: pytest.CaptureFixture[str], account: str, why: str) -> None:
    # Before: "" opted the trainee *out* while saying "opted in as ."; an invisible character
    # ended in "internal error"; and an unknown trainee was created on the spot.
    from simulator.cli.commands import main

    with open_store() as store:
        store.trainee("Kim")
    assert main(["lrs-optin", "--trainee", "Kim", "--account", account, "--lang", "en"]) == 2
    assert why in capsys.readouterr().err
    with open_store() as store:
        assert outbox.account(store, store.find_trainee("Kim").id) is None
    assert main(["lrs-optin", "--trainee", "Kimm", "--account", ACCOUNT, "--lang", "en"]) == 2
    assert "No trainee is called Kimm" in capsys.readouterr().err
    with open_store() as store:
        assert store.find_trainee("Kimm") is None
    assert main(["lrs-optin", "--trainee", "kim", "--account", f"  {ACCOUNT} "]) == 0
    with open_store() as store:
        assert outbox.account(store, store.find_trainee("Kim").id) == ACCOUNT
