"""Author and tool commands behind `main.py`: validate, graph, play.

Every command reports bad input as plain messages and an exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from simulator.cli.lrs_commands import LRS_COMMANDS, add_lrs_commands
from simulator.cli.output import OutputRefused, SafeStream, protected_files, write_file
from simulator.cli.progress_commands import STORE_COMMANDS, add_play_options, add_store_commands
from simulator.engine.library import Loaded, load_library, load_scenario, scenario_files
from simulator.format.diagnostics import has_errors

EXIT_OK = 0
EXIT_CONTENT_ERRORS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3


def _lang() -> str:
    env = os.environ.get("VAGVAL_LANG", "sv")
    return "en" if env.lower().startswith("en") else "sv"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="Vägval. Utan argument startar appen. / Without arguments the app starts.")
    sub = parser.add_subparsers(dest="command", required=True)

    validate = sub.add_parser("validate", help="check scenario files and folders")
    validate.add_argument("paths", nargs="+", help="scenario files or folders")
    validate.add_argument("--json", action="store_true", help="print a JSON summary per scenario")
    validate.add_argument("--catalogue", help="guidance catalogue (default: nearest guidance.md)")
    validate.add_argument("--lang", choices=("sv", "en"), default=_lang())

    graph = sub.add_parser("graph", help="write the scenario graph as DOT or Mermaid")
    graph.add_argument("file")
    graph.add_argument("--format", choices=("dot", "mermaid"), default="dot")
    graph.add_argument("--path", help="comma-separated choice ids to highlight, e.g. start:1,b:2")
    graph.add_argument("--expert", action="store_true", help="highlight the expert path")
    graph.add_argument("--output", "-o", help="write to this file instead of standard output")
    graph.add_argument("--force", action="store_true", help="overwrite an existing output file")
    graph.add_argument("--catalogue")
    graph.add_argument("--lang", choices=("sv", "en"), default=_lang())

    play = sub.add_parser("play", help="play a scenario in the terminal")
    play.add_argument("file")
    play.add_argument("--feedback", choices=("direct", "end"), default="direct",
                      help="feedback after each decision (direct) or only at the end")
    play.add_argument("--catalogue")
    play.add_argument("--lang", choices=("sv", "en"), default=_lang())
    add_play_options(play)
    add_store_commands(sub, _lang())

    org = sub.add_parser("organisation", help="check the organisation settings file")
    org.add_argument("file", nargs="?",
                     help="the file to check (default: where the app looks on this machine)")
    org.add_argument("--lang", choices=("sv", "en"), default=_lang())
    add_lrs_commands(sub, _lang())
    return parser


def main(argv: list[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed its message
        return int(exc.code or 0) if exc.code in (0, None) else EXIT_USAGE
    handler = {"validate": cmd_validate, "graph": cmd_graph, "play": cmd_play,
               "organisation": cmd_organisation, **STORE_COMMANDS, **LRS_COMMANDS}[args.command]
    # Scenario text, names and file paths reach the terminal: strip control characters from
    # everything written, so that an ESC sequence in a file cannot act on the terminal.
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeStream(sys.stdout), SafeStream(sys.stderr)
    try:
        return _run(handler, args)
    finally:
        sys.stdout, sys.stderr = saved


def _run(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    try:
        if getattr(args, "data_dir", None) == "":
            # Path("") and the default would be the same thing to the store: a script with an
            # empty variable would quietly read and write the user's own data folder.
            raise UsageError("--data-dir är tomt: ange en mapp, eller utelämna --data-dir för "
                             "den vanliga mappen / --data-dir is empty: give a folder, or leave "
                             "--data-dir out for the usual one")
        return handler(args)
    except UsageError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug, not bad input: say so plainly instead of a traceback
        print(f"Internt fel i Vägval / internal error: {type(exc).__name__}: {exc}. "
              "Rapportera gärna felet. / Please report it.", file=sys.stderr)
        return EXIT_INTERNAL


def _load_one(file: str, catalogue_path: str | None) -> Loaded:
    """One scenario file (a folder is refused: graph and play take exactly one scenario)."""
    if Path(file).is_dir():
        raise UsageError(f"{file}: en mapp, inte en scenariofil / a folder, not a scenario file")
    if catalogue_path:
        return load_library([file], catalogue_path)[0]
    return load_library([file])[0]


class UsageError(Exception):
    """A command was given something it cannot take; the message says what."""


def summary(loaded: Loaded, lang: str) -> dict[str, Any]:
    """The JSON summary of one scenario that tools and content tests read."""
    scenario, analysis = loaded.scenario, loaded.analysis
    data: dict[str, Any] = {
        "file": loaded.path,
        "id": None, "title": None, "theme": None, "level": None, "minutes": None, "role": None,
        "nodes": 0, "decisions": 0, "endings": 0, "outcomes": [], "choices": 0,
        "critical_choices": 0, "documents": 0, "variables": 0, "guidance_ids": [],
        "bounds": {}, "expert_score": None, "expert_scores": None, "expert_path": [],
        "expert_critical": None, "expert_outcome": None, "max_total": None, "worst_total": None,
        "pass_mark": None, "passable": None, "failing_outcomes": [],
        "min_decisions": None, "max_decisions": None, "states": None, "guessability": None,
        "diagnostics": [d.to_dict(lang) for d in loaded.diagnostics],
        "ok": loaded.ok,
    }
    if scenario is None:
        return data
    nodes = list(scenario.nodes.values())
    choices = [c for n in nodes for c in n.choices]
    data.update({
        "id": scenario.id, "title": scenario.title, "theme": scenario.theme,
        "level": scenario.level, "minutes": scenario.minutes, "role": scenario.role,
        "nodes": len(nodes),
        "decisions": sum(1 for n in nodes if not n.is_ending),
        "endings": sum(1 for n in nodes if n.is_ending),
        "outcomes": sorted({n.ending for n in nodes if n.ending}),
        "choices": len(choices),
        "critical_choices": sum(1 for c in choices if c.critical),
        "documents": sum(len(n.documents) for n in nodes),
        "variables": len(scenario.variables),
        "guidance_ids": sorted({g for c in choices for g in (*c.follows, *c.breaks)}),
        "failing_outcomes": list(scenario.failing_outcomes),
    })
    if analysis is not None:
        unbounded = analysis.unbounded

        def bound(name: str, value: int) -> int | None:  # a scoring loop: no number is true
            return None if name in unbounded else value

        expert_known = "best_total" not in unbounded
        data.update({
            "bounds": {d: {"min": bound(f"{d}.min", lo), "max": bound(f"{d}.max", hi)}
                       for d, (lo, hi) in analysis.bounds.items()},
            "expert_score": bound("best_total", analysis.best_total),
            "expert_scores": dict(analysis.expert_scores) if expert_known else None,
            "expert_critical": analysis.expert_critical,
            "expert_outcome": analysis.expert_outcome,
            "max_total": bound("max_total", analysis.max_total),
            "worst_total": bound("worst_total", analysis.worst_total),
            "pass_mark": analysis.pass_mark if expert_known else None,
            "passable": analysis.passable,
            "guessability": (analysis.guessability.to_dict()
                             if analysis.guessability is not None else None),
            "expert_path": list(analysis.expert_path),
            "min_decisions": analysis.min_decisions,
            "max_decisions": analysis.max_decisions,
            "states": analysis.state_count,
        })
    return data


def cmd_validate(args: argparse.Namespace) -> int:
    missing = [p for p in args.paths if not Path(p).exists()]
    items = load_library([p for p in args.paths if Path(p).exists()], args.catalogue) if len(
        missing) < len(args.paths) else []
    for path in missing:
        items.append(load_scenario(path))  # reports "file-missing" in the usual way
    if args.catalogue and not items:
        items = []
    if args.json:
        print(json.dumps([summary(item, args.lang) for item in items], ensure_ascii=False,
                         indent=2))
    else:
        counts = {"error": 0, "warning": 0, "teaching": 0}
        for item in items:
            for diagnostic in item.diagnostics:
                counts[diagnostic.severity] += 1
                print(diagnostic.format(args.lang))
        if args.lang == "en":
            print(f"{len(items)} scenario file(s): {counts['error']} error(s), "
                  f"{counts['warning']} warning(s), {counts['teaching']} teaching note(s).")
        else:
            print(f"{len(items)} scenariofil(er): {counts['error']} fel, "
                  f"{counts['warning']} varning(ar), {counts['teaching']} pedagogiska anmärkningar.")
    if not items:
        folders = ", ".join(args.paths)
        print(f"No scenario files (*.md) were found in {folders}." if args.lang == "en" else
              f"Inga scenariofiler (*.md) hittades i {folders}.", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_CONTENT_ERRORS if any(has_errors(i.diagnostics) for i in items) else EXIT_OK


def _report_unusable(loaded: Loaded, lang: str) -> int:
    for diagnostic in loaded.diagnostics:
        if diagnostic.severity == "error":
            print(diagnostic.format(lang), file=sys.stderr)
    return EXIT_CONTENT_ERRORS


def cmd_graph(args: argparse.Namespace) -> int:
    from simulator.engine.graph_export import to_dot, to_mermaid

    loaded = _load_one(args.file, args.catalogue)
    if loaded.scenario is None or has_errors(loaded.diagnostics):
        return _report_unusable(loaded, args.lang)
    highlight: list[str] = []
    if args.path:
        highlight = [c.strip() for c in args.path.split(",") if c.strip()]
        unknown = [c for c in highlight
                   if not any(c == ch.id for n in loaded.scenario.nodes.values()
                              for ch in n.choices)]
        if unknown:
            msg = ("Okända val-id i --path: " if args.lang == "sv" else
                   "Unknown choice ids in --path: ") + ", ".join(unknown)
            print(msg, file=sys.stderr)
            return EXIT_USAGE
    if args.expert and loaded.analysis is not None:
        highlight.extend(loaded.analysis.expert_path)
    text = (to_dot if args.format == "dot" else to_mermaid)(loaded.scenario, highlight)
    if args.output:
        try:
            write_file(args.output, text, force=args.force, protected=protected_files(None))
        except OutputRefused as exc:
            print(exc.message(args.lang), file=sys.stderr)
            return EXIT_USAGE
        except OSError as exc:
            print(f"{args.output}: {exc.strerror}", file=sys.stderr)
            return EXIT_USAGE
    else:
        sys.stdout.write(text)
    return EXIT_OK


def cmd_play(args: argparse.Namespace) -> int:
    loaded = _load_one(args.file, args.catalogue)
    if args.trainee is not None:
        from simulator.cli.stored_play import play_for_trainee

        return play_for_trainee(loaded, sys.stdin, sys.stdout, args.lang, args.feedback,
                                args.trainee, args.resume, args.data_dir)
    from simulator.cli.terminal import play

    return play(loaded, sys.stdin, sys.stdout, args.lang, args.feedback)


_ORG_LABELS = {
    "file": ("Organisationens inställningsfil", "Organisation settings file"),
    "none": ("finns inte: inga organisationsinställningar används",
             "not there: no organisation settings are used"),
    "name": ("Organisation", "Organisation"),
    "logo": ("Logotyp", "Logo"),
    "lrs": ("LRS-adress", "LRS endpoint"),
    "folder": ("Scenariomapp", "Scenario folder"),
    "timeout": ("Väntetid för mappar", "Folder timeout"),
    "setting": ("Inställning", "Setting"),
    "locked": ("låst", "locked"),
    "ok": ("Inga fel.", "No faults."),
    "faults": ("{n} fel:", "{n} faults:"),
}


def cmd_organisation(args: argparse.Namespace) -> int:
    """What the organisation file says and what is wrong with it; exit 1 when anything is."""
    from simulator import organisation

    def t(key: str) -> str:
        sv, en = _ORG_LABELS[key]
        return en if args.lang == "en" else sv

    path = Path(args.file) if args.file else organisation.default_path()
    org = organisation.load(path)
    if not org.found:
        print(f"{t('file')}: {path}: {t('none')}")
        return EXIT_CONTENT_ERRORS if args.file else EXIT_OK
    print(f"{t('file')}: {path}")
    rows = [(t("name"), org.name), (t("logo"), str(org.logo or "")), (t("lrs"), org.lrs_endpoint)]
    rows += [(t("folder"), str(folder)) for folder in org.scenario_folders]
    if org.scenario_folders:
        rows.append((t("timeout"), f"{org.folder_timeout:g} s"))
    for key in organisation.USER_SETTINGS:
        if org.sets(key) or org.locks(key):
            value = str(org.settings.get(key, "–"))
            rows.append((f"{t('setting')} {key}",
                         value + (f" ({t('locked')})" if org.locks(key) else "")))
    for label, value in rows:
        if value:
            print(f"  {label}: {value}")
    logo = organisation.logo_problem(org)
    problems = [*org.problems, *([logo] if logo is not None else [])]
    if not problems:
        print(t("ok"))
        return EXIT_OK
    print(t("faults").format(n=len(problems)))
    for problem in problems:
        print(f"  {problem.message(args.lang)}")
    return EXIT_CONTENT_ERRORS


__all__ = ["main", "scenario_files", "summary"]
