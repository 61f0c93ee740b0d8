"""Stored play in the terminal: `main.py play FILE --trainee NAME [--resume]`.

Each step is committed to the progress store before the next node is printed; the line
``[sparat: steg N (choice-id)]`` (English: ``[saved: step N ...]``) acknowledges it. When an LRS
is configured and the trainee has opted in, the step's xAPI statements go to the outbox in the
same transaction (``main.py lrs-send`` sends them).
"""

from __future__ import annotations

import time
from typing import TextIO

from simulator.cli.terminal import Printer, print_documents, print_intro, report_unplayable, run_session
from simulator.engine.library import Loaded
from simulator.engine.session import Session, StepResult
from simulator.lrs.config import load_settings
from simulator.lrs.recording import Recorder
from simulator.store.names import InvalidName, normalise_name
from simulator.store.progress import AttemptId, FeedbackMode, Store, open_store
from simulator.store.sessions import adopt_changed_scenario, resume_attempt


def play_for_trainee(loaded: Loaded, stdin: TextIO, stdout: TextIO, lang: str, feedback: str,
                     trainee: str, resume: bool = False, data_dir: str | None = None) -> int:
    """Play in the terminal with every step committed to the trainee's progress before the next
    node is printed; ``resume`` continues the newest unfinished attempt. Returns the exit code."""
    p = Printer(stdout, lang)
    if not report_unplayable(p, loaded):
        return 1
    return play_stored(p, loaded, stdin, feedback, trainee, resume, data_dir)


def play_stored(
    p: Printer,
    loaded: Loaded,
    stdin: TextIO,
    feedback: str,
    trainee: str,
    resume: bool,
    data_dir: str | None,
) -> int:
    try:
        normalise_name(trainee)
    except InvalidName as exc:
        p.line(exc.message(p.lang))
        return 2
    store = open_store(data_dir=data_dir)
    try:
        for problem in store.problems:
            p.line(problem.message(p.lang))
        settings = load_settings(data_dir)
        # Without an LRS nothing is queued: statements carry the organisation's address.
        recorder = Recorder(settings.account_home_page, language=p.lang, enabled=settings.configured)
        return _play(p, store, loaded, stdin, feedback, trainee, resume, recorder)
    finally:
        store.close()


def _play(
    p: Printer,
    store: Store,
    loaded: Loaded,
    stdin: TextIO,
    feedback: str,
    trainee: str,
    resume: bool,
    recorder: Recorder,
) -> int:
    scenario = loaded.scenario
    assert scenario is not None
    who = store.trainee(trainee)
    mode: FeedbackMode = "end" if feedback == "end" else "direct"
    session: Session | None = None
    attempt_id: AttemptId | None = None
    open_attempts = store.unfinished(who.id, scenario.id)
    if open_attempts and resume:
        found = resume_attempt(store, open_attempts[0].id, scenario, loaded.analysis)
        if found.kind == "same":
            session, attempt_id = found.session, found.attempt.id
        elif found.kind == "changed":
            p.line(p.t("changed"))
            if _ask_continue(p, stdin):
                adopt_changed_scenario(store, found)
                session, attempt_id = found.session, found.attempt.id
            else:
                recorder.abandon(store, found.attempt.id)
        else:
            p.line(p.t("changed"))
            p.line(p.t("path_gone"))
            recorder.abandon(store, found.attempt.id)
        if session is not None:
            mode = found.attempt.feedback_mode
            feedback = mode
    elif open_attempts:
        newest = open_attempts[0]
        p.line(p.t("has_unfinished", n=newest.step_count, when=newest.updated[:16]))
    elif resume:
        p.line(p.t("no_unfinished"))
    if session is None or attempt_id is None:
        session = Session(scenario, loaded.analysis)
        attempt_id = recorder.begin(store, who.id, session, feedback_mode=mode)
        print_intro(p, loaded)
    else:
        recorder.resume(store, attempt_id, session)
        p.line(p.t("resuming", n=len(session.steps)))
    print_documents(p, session.documents)
    code = _loop(p, store, attempt_id, session, stdin, feedback, recorder)
    if not session.finished:
        recorder.leave(store, attempt_id, session)
    return code


def _loop(p: Printer, store: Store, attempt_id: int, session: Session, stdin: TextIO, feedback: str,
          recorder: Recorder) -> int:
    clock = [time.monotonic()]
    reported = [len(store.problems)]  # problems found on opening were shown already

    def on_step(current: Session, result: StepResult) -> None:
        now = time.monotonic()
        seconds, clock[0] = now - clock[0], now
        durable = recorder.save_step(store, attempt_id, current, result, seconds=round(seconds, 3))
        n = result.step.index + 1
        if durable:
            p.line(p.t("saved", n=n, choice=result.step.choice))
            return
        p.line(p.t("not_saved", n=n))
        for problem in store.problems[reported[0] :]:
            p.line(problem.message(p.lang))
        reported[0] = len(store.problems)

    return run_session(p, session, stdin, feedback, on_step=on_step, quit_key="quit_saved")


def _ask_continue(p: Printer, stdin: TextIO) -> bool:
    """Ask whether to continue on the changed file; end of input means start over."""
    while True:
        p.out.write(p.t("changed_ask"))
        p.out.flush()
        answer = stdin.readline()
        if answer == "":
            p.line()
            return False
        answer = answer.strip()
        if answer in ("1", "2"):
            p.line()
            return answer == "1"
