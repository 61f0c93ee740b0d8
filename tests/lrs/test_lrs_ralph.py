"""Against a real LRS (Ralph, see conftest.py): statements accepted, read back, never lost or
doubled, and every refusal handled and shown."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import PASSWORD, USER, Ralph
from lrstools import ACCOUNT, opted_in, play, scenario_files

from simulator.lrs import statements as xs
from simulator.lrs.client import LrsClient
from simulator.lrs.config import LrsSettings
from simulator.lrs.recording import Recorder
from simulator.lrs.sender import OutboxSender, drain
from simulator.store import outbox
from simulator.store.progress import Outgoing, Store, open_store

HOME = "https://lms.kommun.example"
ROOT = Path(__file__).resolve().parents[2]


def _client(ralph: Ralph, secret: str = PASSWORD) -> LrsClient:
    return LrsClient(LrsSettings(endpoint=ralph.endpoint, key=USER, secret=secret), timeout=30)


def _stored_ids(store: Store, attempt: int) -> list[str]:
    return [r[0] for r in store.db.execute(
        "SELECT id FROM outbox WHERE attempt_id = ? ORDER BY seq", [attempt])]


def test_a_whole_attempt_is_accepted_and_read_back(running_ralph: Ralph, store: Store) -> None:
    kim = opted_in(store)
    attempt, session = play(store, Recorder(HOME), kim, seed=1)
    report = drain(store, _client(running_ralph))
    assert report.complete and report.rejected == 0 and report.waiting == 0
    registration = store.attempt(attempt).registration or ""
    back = running_ralph.statements(registration=registration)
    ours = {r[0]: json.loads(r[1]) for r in store.db.execute(
        "SELECT id, body FROM outbox WHERE attempt_id = ?", [attempt])}
    assert sorted(s["id"] for s in back) == sorted(ours)
    for statement in back:
        sent = ours[statement["id"]]
        for key in ("actor", "verb", "object", "result"):
            assert statement.get(key) == sent.get(key), key
        assert statement["context"]["registration"] == registration
    verbs = {s["verb"]["id"].rsplit("/", 1)[1] for s in back}
    assert {"initialized", "answered", "completed", "terminated"} <= verbs
    assert len([s for s in back if s["verb"]["id"] == xs.VERBS["answered"]]) == len(session.steps)
    assert all(s["actor"]["account"]["name"] == ACCOUNT for s in back)


def test_ralph_accepts_every_statement_we_write(running_ralph: Ralph, store: Store) -> None:
    """Every shipped scenario, several paths each, left, resumed and abandoned attempts too."""
    kim = opted_in(store)
    recorder = Recorder(HOME, language="en")
    for n, path in enumerate(scenario_files()):
        for seed in range(3):
            play(store, recorder, kim, path, seed=seed + 10 * n)
        attempt, session = play(store, recorder, kim, path, seed=n, steps=1)
        recorder.leave(store, attempt, session)
        recorder.resume(store, attempt, session)
        recorder.abandon(store, attempt)
    report = drain(store, _client(running_ralph))
    assert outbox.rejected(store) == []
    assert report.complete and report.waiting == 0 and report.sent > 100


def test_answers_taken_back_and_taken_again_are_all_accepted_without_a_conflict(
        running_ralph: Ralph, store: Store) -> None:
    """Practice mode: the same choice taken, taken back and taken again at one step, then
    another; each answer is its own statement, the ones taken back are voided."""
    kim = opted_in(store)
    recorder = Recorder(HOME)
    attempt, session = play(store, recorder, kim, steps=1)
    nodes = session.scenario.nodes
    onward = [c.id for c in session.choices if not nodes[c.target].is_ending]
    for choice in (onward[0], onward[0], onward[-1]):
        assert recorder.save_step(store, attempt, session, session.choose(choice))
        session = session.rewind(1)
        assert recorder.undo(store, attempt, session)
    while not session.finished:
        assert recorder.save_step(store, attempt, session, session.choose(session.choices[0]))
    report = drain(store, _client(running_ralph))
    assert report.complete and report.rejected == 0 and report.waiting == 0
    ours = {r[0]: json.loads(r[1]) for r in store.db.execute(
        "SELECT id, body FROM outbox WHERE attempt_id = ?", [attempt])}
    voided = {b["object"]["id"] for b in ours.values() if b["verb"]["id"] == xs.VERBS["voided"]}
    assert len(voided) == 3
    back = {s["id"]: s for s in running_ralph.statements(
        registration=store.attempt(attempt).registration or "")}
    # Every statement is there (an LRS that applies voiding keeps the voided ones out of a
    # plain query; Ralph 5.1 does not), and each voiding points at an answer it stored.
    assert set(ours) - voided <= set(back) <= set(ours)
    assert voided <= {i for i, b in ours.items() if b["verb"]["id"] == xs.VERBS["answered"]}
    # Why the ids must differ: the same id with other content is refused (409).
    reused = dict(ours[sorted(voided)[0]], timestamp="2026-01-01T00:00:00.000+00:00")
    answer = _client(running_ralph).post_statements([json.dumps(reused)])
    assert answer.outcome == "refused" and answer.status == 409


def test_a_statement_sent_before_a_kill_is_not_doubled_on_restart(running_ralph: Ralph, store: Store) -> None:
    """The kill lands after the LRS stored a batch and before it was marked sent."""
    kim = opted_in(store)
    attempt, _ = play(store, Recorder(HOME), kim, seed=2)
    first = outbox.waiting(store, 4)
    assert _client(running_ralph).post_statements([w.body for w in first]).outcome == "ok"
    # ... killed here: the outbox still says waiting. The next run sends everything again.
    report = drain(store, _client(running_ralph))
    assert report.complete and report.rejected == 0
    back = running_ralph.statements(registration=store.attempt(attempt).registration or "")
    assert sorted(s["id"] for s in back) == sorted(_stored_ids(store, attempt))


def test_kill_mid_send_and_restart_lose_and_double_nothing(running_ralph: Ralph, db_path: Path) -> None:
    with open_store(db_path) as store:
        kim = opted_in(store)
        recorder = Recorder(HOME)
        attempts = [play(store, recorder, kim, path, seed=k)[0]
                    for k, path in enumerate(scenario_files()[:4])]
        total = outbox.counts(store).waiting
    env = dict(os.environ, VAGVAL_LRS_ENDPOINT=running_ralph.endpoint, VAGVAL_LRS_KEY=USER,
               VAGVAL_LRS_SECRET=PASSWORD)
    command = [sys.executable, str(ROOT / "main.py"), "lrs-send", "--batch", "1",
               "--data-dir", str(db_path.parent)]
    data = db_path
    sender = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    sent = 0
    while time.monotonic() < deadline and sender.poll() is None:
        with open_store(data) as peek:
            sent = outbox.counts(peek).sent
        if sent >= 3:
            break
        time.sleep(0.05)
    sender.send_signal(signal.SIGKILL)
    sender.wait()
    with open_store(data) as store:
        assert 0 < outbox.counts(store).sent < total, "the kill should land mid-send"
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    with open_store(data) as store:
        assert outbox.counts(store).waiting == 0 and outbox.counts(store).sent == total
        for attempt in attempts:
            back = running_ralph.statements(registration=store.attempt(attempt).registration or "")
            ids = [s["id"] for s in back]
            assert len(ids) == len(set(ids))  # no duplicate
            assert sorted(ids) == sorted(_stored_ids(store, attempt))  # nothing lost


def test_the_outbox_waits_while_the_lrs_is_down_and_drains_when_it_is_back(
        running_ralph: Ralph, store: Store, db_path: Path) -> None:
    kim = opted_in(store)
    attempt, _ = play(store, Recorder(HOME), kim, seed=4)
    waiting = outbox.counts(store).waiting
    running_ralph.stop()
    try:
        report = drain(store, _client(running_ralph))
        assert not report.complete and report.waiting == waiting and report.sent == 0
        counts = outbox.counts(store)
        assert counts.rejected == 0 and counts.last_reason and "no answer" in counts.last_reason
        reports = []
        thread = OutboxSender(lambda: open_store(db_path), lambda: _client(running_ralph),
                              on_report=reports.append, first_pause=0.2, longest_pause=1.0,
                              idle_seconds=0.5)
        thread.start()
        while len(reports) < 2:  # it keeps trying while the LRS is down
            time.sleep(0.05)
        assert not reports[-1].complete and thread.failures >= 2
    finally:
        running_ralph.start()
    deadline = time.monotonic() + 60
    while outbox.counts(store).waiting and time.monotonic() < deadline:
        time.sleep(0.1)
    thread.stop()
    assert outbox.counts(store).waiting == 0 and outbox.counts(store).sent == waiting
    back = running_ralph.statements(registration=store.attempt(attempt).registration or "")
    assert len(back) == waiting


def test_wrong_credentials_keep_everything_waiting_and_say_why(running_ralph: Ralph, store: Store,
                                                              capsys) -> None:  # type: ignore[no-untyped-def]
    kim = opted_in(store)
    play(store, Recorder(HOME), kim, steps=2)
    report = drain(store, _client(running_ralph, secret="fel"))
    assert not report.complete and "401" in (report.problem or "")
    counts = outbox.counts(store)
    assert counts.waiting == 3 and counts.rejected == 0 and "401" in (counts.last_reason or "")
    from simulator.cli.commands import main

    store.close()
    assert main(["lrs-status", "--data-dir", str(store.path.parent), "--lang", "en"]) == 0
    shown = capsys.readouterr().out
    assert "3 statements waiting" in shown and "HTTP 401" in shown


def test_statements_the_lrs_refuses_are_kept_aside_with_its_reason(running_ralph: Ralph, store: Store,
                                                                   capsys) -> None:  # type: ignore[no-untyped-def]
    """A 400 (a damaged row: not JSON) and a 422 (no actor) among good statements."""
    kim = opted_in(store)
    attempt, _ = play(store, Recorder(HOME), kim, steps=3)
    bad = json.loads(store.db.execute("SELECT body FROM outbox WHERE attempt_id = ? ORDER BY seq"
                                      " LIMIT 1", [attempt]).fetchone()[0])
    bad["id"] = xs.statement_id(bad["context"]["registration"], "broken")
    del bad["actor"]  # a statement without an actor is invalid xAPI
    damaged = xs.statement_id(bad["context"]["registration"], "damaged")
    assert store.send_later(attempt, [Outgoing(bad["id"], json.dumps(bad)),
                                      Outgoing(damaged, '{"id": "' + damaged + '", "actor": {')])
    report = drain(store, _client(running_ralph))
    assert report.complete and report.rejected == 2 and report.sent == 4 and report.waiting == 0
    refused = {r.id: r.reason for r in outbox.rejected(store)}
    assert set(refused) == {bad["id"], damaged}
    assert refused[damaged].startswith("HTTP 400") and "JSON" in refused[damaged]  # Ralph's words
    assert refused[bad["id"]].startswith("HTTP 422") and "actor" in refused[bad["id"]]
    from simulator.cli.commands import main

    store.close()
    assert main(["lrs-status", "--data-dir", str(store.path.parent), "--lang", "en"]) == 0
    shown = capsys.readouterr().out
    assert "2 rejected" in shown and bad["id"] in shown and "HTTP 400" in shown
