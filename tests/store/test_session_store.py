"""Engine sessions in the store: save each step, finish, resume, changed files, what-if."""

from __future__ import annotations

from pathlib import Path

from storetools import chain_text, load_chain, write_chain

from simulator.engine.session import Session
from simulator.store.history import history, library_status, trend
from simulator.store.progress import Store
from simulator.store.sessions import (
    adopt_changed_scenario,
    begin_attempt,
    resume_attempt,
    save_step,
)


def _play(store: Store, session: Session, attempt: int, picks: list[int]) -> None:
    for k in picks:
        result = session.choose(session.choices[k])
        assert save_step(store, attempt, session, result, seconds=0.5)


def test_a_whole_attempt_is_stored_with_its_result(store: Store, tmp_path: Path) -> None:
    loaded = load_chain(write_chain(tmp_path / "lib", 3))
    assert loaded.scenario is not None
    session = Session(loaded.scenario, loaded.analysis)
    kim = store.trainee("Kim")
    aid = begin_attempt(store, kim.id, session, feedback_mode="end")
    _play(store, session, aid, [0, 1, 0])
    attempt = store.attempt(aid)
    assert attempt.finished and attempt.passed is True and attempt.total == 5
    assert attempt.best_total == 6 and attempt.feedback_mode == "end"
    assert attempt.scenario_hash == loaded.scenario.content_hash
    assert Path(attempt.scenario_path or "").is_absolute()
    assert [s.choice for s in store.steps(aid)] == ["n0:1", "n1:2", "n2:1"]
    # (achieved, reference): the expert path scores 6 in sakerhet and nothing in barn
    assert history(store, kim.id)[0].dimensions == {"sakerhet": (4, 6), "barn": (1, 0)}
    assert [p.achieved for p in trend(store, kim.id)["barn"]] == [1]
    assert library_status(store, kim.id, ["kedja"])["kedja"].status == "passed"


def test_resume_on_the_same_file_continues_at_the_right_node(store: Store, tmp_path: Path) -> None:
    loaded = load_chain(write_chain(tmp_path / "lib", 5))
    assert loaded.scenario is not None
    session = Session(loaded.scenario, loaded.analysis)
    aid = begin_attempt(store, store.trainee("Kim").id, session)
    _play(store, session, aid, [2, 1])
    again = resume_attempt(store, aid, loaded.scenario, loaded.analysis)
    assert again.kind == "same" and again.session is not None
    assert again.session.node.id == "n2" and again.session.scores == session.scores
    assert store.attempt(aid).node == "n2"


def test_a_changed_file_whose_path_still_exists_can_be_adopted(store: Store, tmp_path: Path) -> None:
    path = write_chain(tmp_path / "lib", 5)
    loaded = load_chain(path)
    assert loaded.scenario is not None
    session = Session(loaded.scenario, loaded.analysis)
    aid = begin_attempt(store, store.trainee("Kim").id, session)
    _play(store, session, aid, [0, 2])
    path.write_text(chain_text(5, twist=1), encoding="utf-8")
    changed = load_chain(path)
    assert changed.scenario is not None
    found = resume_attempt(store, aid, changed.scenario, changed.analysis)
    assert found.kind == "changed" and found.session is not None
    assert found.session.node.id == "n2"
    assert adopt_changed_scenario(store, found)
    assert store.attempt(aid).scenario_hash == changed.scenario.content_hash
    assert resume_attempt(store, aid, changed.scenario, changed.analysis).kind == "same"


def test_a_changed_file_without_the_path_can_only_restart(store: Store, tmp_path: Path) -> None:
    path = write_chain(tmp_path / "lib", 5)
    loaded = load_chain(path)
    assert loaded.scenario is not None
    session = Session(loaded.scenario, loaded.analysis)
    aid = begin_attempt(store, store.trainee("Kim").id, session)
    _play(store, session, aid, [0, 2])  # n1:3 disappears below
    path.write_text(chain_text(5, twist=2), encoding="utf-8")
    changed = load_chain(path)
    assert changed.scenario is not None
    found = resume_attempt(store, aid, changed.scenario, changed.analysis)
    assert found.kind == "path_gone" and found.session is None


def test_a_what_if_exploration_stays_out_of_history(store: Store, tmp_path: Path) -> None:
    loaded = load_chain(write_chain(tmp_path / "lib", 3))
    assert loaded.scenario is not None
    session = Session(loaded.scenario, loaded.analysis)
    kim = store.trainee("Kim")
    aid = begin_attempt(store, kim.id, session)
    _play(store, session, aid, [2, 2, 2])
    branch = session.rewind(1)
    eid = begin_attempt(store, kim.id, branch, kind="explore", branched_from=aid)
    assert [s.choice for s in store.steps(eid)] == ["n0:3"]
    _play(store, branch, eid, [0, 0])
    explored = store.attempt(eid)
    assert explored.finished is not None and explored.total == 3 and explored.kind == "explore"
    assert [h.id for h in history(store, kim.id)] == [aid]
    assert [p.attempt_id for p in trend(store, kim.id)["sakerhet"]] == [aid]
    assert library_status(store, kim.id, ["kedja"])["kedja"].status == "failed"


def test_a_choice_moved_under_the_same_id_is_not_resumed_as_if_nothing_changed(
    store: Store, tmp_path: Path
) -> None:
    path = write_chain(tmp_path / "lib", 5)
    loaded = load_chain(path)
    assert loaded.scenario is not None
    session = Session(loaded.scenario, loaded.analysis)
    aid = begin_attempt(store, store.trainee("Kim").id, session)
    _play(store, session, aid, [0, 1])  # n1:2 is "Val 2 i steg 1"
    # The author deletes the first choice of step 1: "Val 2" becomes n1:1, "Val 3" becomes n1:2.
    text = chain_text(5)
    first = "* [Val 1 i steg 1] -> n2\n  score: sakerhet +2\n  guidance: +GEN-01\n  > Skäl för val 1.\n\n"
    assert first in text
    path.write_text(text.replace(first, ""), encoding="utf-8")
    changed = load_chain(path)
    assert changed.scenario is not None and changed.scenario.choice("n1:2").text == "Val 3 i steg 1"
    found = resume_attempt(store, aid, changed.scenario, changed.analysis)
    assert found.kind == "path_gone" and found.session is None


def test_a_critical_step_is_stored_and_exported_as_critical(store: Store, tmp_path: Path) -> None:
    text = chain_text(2).replace("  score: sakerhet -1\n", "  score: sakerhet -1\n"
                                 "  critical: true\n", 1)
    folder = tmp_path / "lib"
    write_chain(folder, 2)
    (folder / "kedja.md").write_text(text, encoding="utf-8")
    loaded = load_chain(folder / "kedja.md")
    session = Session(loaded.scenario, loaded.analysis)
    kim = store.trainee("Kim")
    aid = begin_attempt(store, kim.id, session, feedback_mode="end")
    _play(store, session, aid, [2, 0])
    assert [s.critical for s in session.steps] == [True, False]
    assert [s.critical for s in store.steps(aid)] == [True, False]
    from simulator.store.export import export_trainee

    exported = export_trainee(store, kim.id)
    [attempt] = exported["attempts"]
    assert [s["critical"] for s in attempt["steps"]] == [True, False]
    assert store.attempt(aid).passed is False
    assert history(store, kim.id)[0].reasons == ("critical", "threshold")  # -1 + 2 < 0.5 × 4


def test_practice_mode_takes_back_one_step_and_the_attempt_records_it(
        store: Store, tmp_path: Path) -> None:
    """Issue 14, item 12: the step taken back leaves the path and stays on record; the exam
    mode, a finished attempt and an attempt with no step refuse; resume sees the state before."""
    import pytest

    from simulator.store.export import erase_trainee, export_trainee
    from simulator.store.sessions import undo_step

    loaded = load_chain(write_chain(tmp_path / "lib", 3))
    assert loaded.scenario is not None
    kim = store.trainee("Kim")
    session = Session(loaded.scenario, loaded.analysis)
    aid = begin_attempt(store, kim.id, session, feedback_mode="direct")
    with pytest.raises(ValueError, match="no step"):
        store.undo_last_step(aid, state=session.to_json(), node=session.node.id)
    _play(store, session, aid, [0, 1])
    before = session.rewind(1)
    assert undo_step(store, aid, before)
    assert [s.choice for s in store.steps(aid)] == ["n0:1"]
    assert store.attempt(aid).step_count == 1 and store.attempt(aid).node == before.node.id
    assert [(i, c) for i, _n, c, _w in store.undone_steps(aid)] == [(1, "n1:2")]
    resumed = resume_attempt(store, aid, loaded.scenario, loaded.analysis)
    assert resumed.session is not None and len(resumed.session.steps) == 1
    _play(store, before, aid, [0, 0])  # the same index is taken again, differently
    assert [s.choice for s in store.steps(aid)] == ["n0:1", "n1:1", "n2:1"]
    assert store.attempt(aid).finished
    with pytest.raises(ValueError, match="no step"):  # finished: nothing to take back
        undo_step(store, aid, before)
    exported = export_trainee(store, kim.id)["attempts"][0]
    assert [u["choice"] for u in exported["undone_steps"]] == ["n1:2"]

    exam = Session(loaded.scenario, loaded.analysis)
    eid = begin_attempt(store, kim.id, exam, feedback_mode="end")
    _play(store, exam, eid, [0])
    with pytest.raises(ValueError, match="exam"):
        undo_step(store, eid, exam.rewind(0))
    assert len(store.steps(eid)) == 1
    erase_trainee(store, kim.id)
    assert store.db.execute("SELECT COUNT(*) FROM undone_steps").fetchone()[0] == 0
