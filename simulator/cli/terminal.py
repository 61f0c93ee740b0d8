"""The terminal player: choices by number from standard input, feedback, and the debrief.

It serves scripts, tests and people who use a screen reader in a terminal, so it prints plain
lines in reading order and never redraws the screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TextIO

from simulator.engine.library import Loaded
from simulator.engine.result import Result
from simulator.engine.session import Session, StepResult
from simulator.format.model import Document

TEXT: dict[str, tuple[str, str]] = {
    "content_note": ("Innehållsvarning", "Content note"),
    "role": ("Din roll", "Your role"),
    "goals": ("Lärandemål", "Learning goals"),
    "documents_new": ("Nytt dokument", "New document"),
    "prompt": ("Välj 1–{n} (q avslutar): ", "Choose 1–{n} (q quits): "),
    "bad_input": ("Skriv en siffra mellan 1 och {n}, eller q för att avsluta.",
                  "Type a number from 1 to {n}, or q to quit."),
    "feedback": ("Återkoppling", "Feedback"),
    "critical": ("KRITISKT FEL: valet kan sätta någon i fara.",
                 "CRITICAL ERROR: this choice could put someone at risk."),
    "follows": ("Följer", "Follows"),
    "breaks": ("Bryter mot", "Breaks"),
    "score": ("Poäng", "Score"),
    "ending": ("Slut", "Ending"),
    "quit": ("Du avslutade. Inget sparas i terminalspelaren utan --trainee.",
             "You quit. Without --trainee the terminal player keeps nothing."),
    "quit_saved": ("Du avslutade. Försöket är sparat; fortsätt senare med --resume.",
                   "You quit. The attempt is saved; continue later with --resume."),
    "saved": ("[sparat: steg {n} ({choice})]", "[saved: step {n} ({choice})]"),
    "not_saved": ("[INTE sparat: steg {n}]", "[NOT saved: step {n}]"),
    "resuming": ("Fortsätter ditt påbörjade försök efter steg {n}.",
                 "Continuing your unfinished attempt after step {n}."),
    "no_unfinished": ("Inget påbörjat försök hittades; ett nytt försök börjar.",
                      "No unfinished attempt found; a new attempt starts."),
    "has_unfinished": ("Du har ett påbörjat försök (steg {n}, senast {when}). "
                       "Det finns kvar; fortsätt det med --resume. Nu börjar ett nytt försök.",
                       "You have an unfinished attempt (step {n}, last {when}). It is kept; "
                       "continue it with --resume. A new attempt starts now."),
    "changed": ("Scenariofilen har ändrats sedan du började försöket.",
                "The scenario file has changed since you started the attempt."),
    "changed_ask": ("Dina val finns kvar i den nya versionen. 1. Fortsätt där du var  "
                    "2. Börja om: ",
                    "Your choices still exist in the new version. 1. Continue where you were  "
                    "2. Start over: "),
    "path_gone": ("Vägen du tog finns inte längre i den nya versionen, så försöket börjar om. "
                  "Det gamla försöket finns kvar i din historik.",
                  "The path you took no longer exists in the new version, so the attempt "
                  "starts over. The old attempt stays in your history."),
    "eof": ("Inmatningen tog slut innan scenariot var klart.",
            "Input ended before the scenario was finished."),
    "debrief": ("Sammanfattning", "Debrief"),
    "passed": ("Godkänt", "Passed"),
    "failed": ("Inte godkänt", "Not passed"),
    "dimension_line": ("{name}: {achieved} av expertvägens {reference}",
                       "{name}: {achieved} of the expert path's {reference}"),
    "dimension_max": (" (området ensamt: högst {maximum} på någon väg)",
                      " (this area alone: at most {maximum} on any path)"),
    "dimension_legend": ("Expertvägens poäng per område summerar till {best}. 'Området ensamt' "
                         "är det mesta någon väg ger i just det området; ingen enskild väg når "
                         "alla de värdena samtidigt.",
                         "The expert path's points per area add up to {best}. 'This area "
                         "alone' is the most any path scores in that one area; no single path "
                         "reaches all of those at once."),
    "total": ("Totalt: {total} av expertvägens {best}", "Total: {total} of the expert path's "
              "{best}"),
    "critical_list": ("Kritiska fel", "Critical errors"),
    "followed": ("Vägledning du följde", "Guidance you followed"),
    "missed": ("Vägledning du missade", "Guidance you missed"),
    "costs": ("Dina beslut", "Your decisions"),
    "cost_line": ("{n}. {text} (kostade {cost} poäng)", "{n}. {text} (cost {cost} points)"),
    "cost_zero": ("{n}. {text} (bästa valet)", "{n}. {text} (best choice)"),
    "expert": ("Expertens väg", "The expert's path"),
    "support": ("Stöd: Kvinnofridslinjen 020-50 50 50 (dygnet runt). Vid akut fara: 112.",
                "Support: Kvinnofridslinjen 020-50 50 50 (around the clock). In an emergency: "
                "112."),
    "not_playable": ("Scenariot kan inte spelas eftersom det har fel:",
                     "The scenario cannot be played because it has errors:"),
    "outcome_skyddad": ("skyddad och stöttad", "protected and supported"),
    "outcome_delvis": ("delvis skyddad", "partly protected"),
    "outcome_skada": ("skada eller eskalering", "harm or escalation"),
}


class Printer:
    def __init__(self, out: TextIO, lang: str) -> None:
        self.out = out
        self.lang = lang

    def t(self, key: str, **params: object) -> str:
        sv, en = TEXT[key]
        return (en if self.lang == "en" else sv).format(**params)

    def line(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()


def print_intro(p: Printer, loaded: Loaded) -> None:
    scenario = loaded.scenario
    assert scenario is not None
    p.line(scenario.title)
    p.line("=" * len(scenario.title))
    p.line(f"{p.t('content_note')}: {scenario.content_note}")
    p.line(f"{p.t('role')}: {scenario.role}")
    p.line(f"{p.t('goals')}:")
    for goal in scenario.goals:
        p.line(f"  - {goal}")
    p.line(p.t("support"))
    p.line()


def print_node(p: Printer, session: Session) -> None:
    node = session.node
    if node.title:
        p.line(f"## {node.title}")
    p.line(node.text)
    p.line()


def print_documents(p: Printer, documents: Sequence[Document]) -> None:
    for doc in documents:
        p.line(f"[{p.t('documents_new')}: {doc.title}]")
        p.line(doc.text)
        p.line()


def print_feedback(p: Printer, result: StepResult, dims: Callable[[str], str]) -> None:
    if result.critical:
        p.line(p.t("critical"))
    if result.feedback:
        p.line(f"{p.t('feedback')}: {result.feedback}")
    if result.deltas:
        parts = ", ".join(f"{dims(d)} {v:+d}" for d, v in result.deltas.items())
        p.line(f"{p.t('score')}: {parts}")
    for label, principles in (("follows", result.follows), ("breaks", result.breaks)):
        for principle in principles:
            p.line(f"{p.t(label)} {principle.id} {principle.title} ({principle.source})")
    p.line()


def print_debrief(p: Printer, result: Result, session: Session) -> None:
    scenario = session.scenario
    name = "name_en" if p.lang == "en" else "name_sv"
    p.line(f"== {p.t('debrief')} ==")
    if result.ending:
        p.line(f"{p.t('ending')}: {p.t('outcome_' + result.ending)}")
    p.line(p.t("passed") if result.passed else p.t("failed"))
    for reason in result.reason_texts(p.lang):
        p.line("  " + reason)
    widened = False
    for dim in result.dimensions:
        line = p.t("dimension_line", name=getattr(dim, name), achieved=dim.achieved,
                   reference=dim.reference)
        if dim.maximum != dim.reference:
            line += p.t("dimension_max", maximum=dim.maximum)
            widened = True
        p.line("  " + line)
    p.line("  " + p.t("total", total=result.total, best=result.best_total))
    if widened:
        p.line("  " + p.t("dimension_legend", best=result.best_total))
    if result.critical_errors:
        p.line(p.t("critical_list") + ":")
        for item in result.critical_errors:
            p.line(f"  - {item.choice.text}: {item.choice.feedback}")
    for label, principles in (("followed", result.followed), ("missed", result.missed)):
        if principles:
            p.line(p.t(label) + ":")
            for principle in principles:
                p.line(f"  - {principle.id} {principle.title} ({principle.source})")
    p.line(p.t("costs") + ":")
    for item in result.decisions:
        key = "cost_line" if item.cost > 0 else "cost_zero"
        p.line("  " + p.t(key, n=item.index + 1, text=item.choice.text, cost=item.cost))
    p.line(p.t("expert") + ":")
    analysis = session.analysis
    if analysis is not None:
        for number, choice_id in enumerate(analysis.expert_path, start=1):
            p.line(f"  {number}. {scenario.choice(choice_id).text}")
    p.line(p.t("support"))


def read_choice(p: Printer, session: Session, stdin: TextIO) -> int | None:
    """The index of the chosen option, or None when the player quits or input ends."""
    count = len(session.choices)
    while True:
        p.out.write(p.t("prompt", n=count))
        p.out.flush()
        answer = stdin.readline()
        if answer == "":
            p.line()
            p.line(p.t("eof"))
            return None
        answer = answer.strip().lower()
        if answer in ("q", "quit", "avsluta"):
            return None
        if answer.isdigit() and 1 <= int(answer) <= count:
            return int(answer) - 1
        p.line(p.t("bad_input", n=count))


def play(loaded: Loaded, stdin: TextIO, stdout: TextIO, lang: str = "sv",
         feedback: str = "direct") -> int:
    """Play a loaded scenario in the terminal, keeping nothing. Returns the process exit code.
    (Stored play for a trainee is `simulator.cli.stored_play.play_for_trainee`.)"""
    p = Printer(stdout, lang)
    if not report_unplayable(p, loaded) or loaded.scenario is None:
        return 1
    session = Session(loaded.scenario, loaded.analysis)
    print_intro(p, loaded)
    print_documents(p, session.documents)
    return run_session(p, session, stdin, feedback)


def report_unplayable(p: Printer, loaded: Loaded) -> bool:
    """True if the scenario can be played; otherwise print its errors and return False."""
    if loaded.ok and loaded.scenario is not None:
        return True
    p.line(p.t("not_playable"))
    for diagnostic in loaded.diagnostics:
        if diagnostic.severity == "error":
            p.line("  " + diagnostic.format(p.lang))
    return False


def run_session(p: Printer, session: Session, stdin: TextIO, feedback: str,
                on_step: Callable[[Session, StepResult], None] | None = None,
                quit_key: str = "quit") -> int:
    """The play loop, shared by plain and stored play; `on_step` runs before the next node."""
    scenario = session.scenario

    def dims(dim: str) -> str:
        return scenario.dimension_name(dim, p.lang)

    while not session.finished:
        print_node(p, session)
        choices = session.choices
        for number, choice in enumerate(choices, start=1):
            p.line(f"  {number}. {choice.text}")
        picked = read_choice(p, session, stdin)
        if picked is None:
            p.line(p.t(quit_key))
            return 0
        result = session.choose(choices[picked])
        if on_step is not None:
            on_step(session, result)
        p.line()
        if feedback == "direct":
            print_feedback(p, result, dims)
        print_documents(p, result.new_documents)
    print_node(p, session)
    print_debrief(p, session.result(), session)
    return 0
