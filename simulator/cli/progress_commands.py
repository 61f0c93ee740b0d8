"""Command-line access to the progress store: history, own-data export, erase, aggregate CSV.

Registered in :mod:`simulator.cli.commands` by :func:`add_store_commands`; the play options by
:func:`add_play_options`.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

# The store (and sqlite-utils) is imported only when a store command runs, so that
# `validate` and `graph` start as fast as before.
if TYPE_CHECKING:
    from simulator.store.progress import Store, Trainee

_TEXT: dict[str, tuple[str, str]] = {
    "no_trainee": ("Ingen deltagare heter {name}.", "No trainee is called {name}."),
    "erase_confirm": (
        "Lägg till --yes för att radera allt om {name} för gott.",
        "Add --yes to erase everything about {name} for good.",
    ),
    "erased": (
        "Allt om {name} är raderat ({n} försök). Filen har skrivits om.",
        "Everything about {name} is erased ({n} attempts). The file has been rewritten.",
    ),
    "exported": ("Sparade {path}.", "Wrote {path}."),
    "left_out": (
        "{n} grupper med färre än {k} deltagare utelämnades.",
        "{n} groups with fewer than {k} trainees were left out.",
    ),
    "history": ("Försök", "Attempts"),
    "unfinished": ("påbörjat", "unfinished"),
    "passed": ("godkänt", "passed"),
    "failed": ("inte godkänt", "not passed"),
    "abandoned": ("avbrutet", "abandoned"),
    "in_progress": ("påbörjat", "in progress"),
    "trend": ("Utveckling per dimension (andel av bästa möjliga)", "Trend per dimension (share)"),
    "none": ("Inga försök ännu.", "No attempts yet."),
}


def add_play_options(play: argparse.ArgumentParser) -> None:
    play.add_argument("--trainee", help="keep the attempt under this pseudonym")
    play.add_argument("--resume", action="store_true", help="continue the newest unfinished attempt")
    _data_dir(play)


def add_store_commands(sub: argparse._SubParsersAction, lang: str) -> None:  # type: ignore[type-arg]
    progress = sub.add_parser("progress", help="a trainee's attempts and trend")
    progress.add_argument("--trainee", required=True)
    progress.add_argument("--json", action="store_true")
    export = sub.add_parser("export-trainee", help="everything about one trainee, as JSON")
    export.add_argument("--trainee", required=True)
    export.add_argument("--output", "-o")
    export.add_argument("--force", action="store_true", help="overwrite an existing output file")
    erase = sub.add_parser("erase-trainee", help="erase one trainee completely")
    erase.add_argument("--trainee", required=True)
    erase.add_argument("--yes", action="store_true", help="really erase")
    aggregate = sub.add_parser("export-aggregate", help="anonymous results per scenario, CSV")
    aggregate.add_argument("--output", "-o")
    aggregate.add_argument("--force", action="store_true", help="overwrite an existing output file")
    aggregate.add_argument("--min-group", type=int, default=3, help="smallest group shown")
    for parser in (progress, export, erase, aggregate):
        parser.add_argument("--lang", choices=("sv", "en"), default=lang)
        _data_dir(parser)


def _data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", help="folder of the progress database (else the default)")


def _t(lang: str, key: str, **params: object) -> str:
    sv, en = _TEXT[key]
    return (en if lang == "en" else sv).format(**params)


def _open(args: argparse.Namespace) -> Store:
    from simulator.store.progress import open_store

    store = open_store(data_dir=args.data_dir)
    for problem in store.problems:
        print(problem.message(args.lang), file=sys.stderr)
    return store


def _find(store: Store, args: argparse.Namespace) -> Trainee | None:
    found = store.find_trainee(args.trainee)
    if found is None:
        print(_t(args.lang, "no_trainee", name=args.trainee), file=sys.stderr)
    return found


def _write(text: str, args: argparse.Namespace, store: Store) -> int:
    from simulator.cli.output import OutputRefused, protected_files, write_file

    output, lang = args.output, args.lang
    if not output:
        sys.stdout.write(text)
        return 0
    try:
        write_file(output, text, force=args.force, protected=protected_files(store.path, args.data_dir))
    except OutputRefused as exc:
        print(exc.message(lang), file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"{output}: {exc.strerror}", file=sys.stderr)
        return 2
    print(_t(lang, "exported", path=output), file=sys.stderr)
    return 0


def cmd_progress(args: argparse.Namespace) -> int:
    from simulator.store.history import history, trend

    with contextlib.closing(_open(args)) as store:
        who = _find(store, args)
        if who is None:
            return 2
        rows = history(store, who.id)
        points = trend(store, who.id)
        if args.json:
            data = {
                "attempts": [vars(r) | {"share": r.share} for r in rows],
                "trend": {d: [vars(p) for p in ps] for d, ps in points.items()},
            }
            print(json.dumps(data, ensure_ascii=False, indent=2))
            return 0
        if not rows:
            print(_t(args.lang, "none"))
            return 0
        print(_t(args.lang, "history") + ":")
        for r in rows:
            share = f" {r.total}/{r.best_total}" if r.total is not None else ""
            title = r.scenario_title or r.scenario_id
            status = _t(args.lang, r.status)
            print(f"  {r.started[:16]}  {title}: {status}{share} ({r.step_count})")
        if points:
            print(_t(args.lang, "trend") + ":")
            for dim, ps in sorted(points.items()):
                print(f"  {dim}: " + " ".join(f"{p.share:.0%}" for p in ps))
        return 0


def cmd_export_trainee(args: argparse.Namespace) -> int:
    from simulator.store.export import export_trainee

    with contextlib.closing(_open(args)) as store:
        who = _find(store, args)
        if who is None:
            return 2
        text = json.dumps(export_trainee(store, who.id), ensure_ascii=False, indent=2) + "\n"
        return _write(text, args, store)


def cmd_erase_trainee(args: argparse.Namespace) -> int:
    from simulator.store.export import erase_trainee
    from simulator.store.problems import StoreError

    with contextlib.closing(_open(args)) as store:
        who = _find(store, args)
        if who is None:
            return 2
        if not args.yes:
            print(_t(args.lang, "erase_confirm", name=who.pseudonym), file=sys.stderr)
            return 2
        try:
            n = erase_trainee(store, who.id)
        except StoreError as exc:
            print(exc.problem.message(args.lang), file=sys.stderr)
            return 1
        print(_t(args.lang, "erased", name=who.pseudonym, n=n))
        return 0


def cmd_export_aggregate(args: argparse.Namespace) -> int:
    from simulator.store.export import write_aggregate_csv

    with contextlib.closing(_open(args)) as store:
        out = io.StringIO()
        left_out = write_aggregate_csv(store, out, min_trainees=args.min_group)
        if left_out:
            print(_t(args.lang, "left_out", n=left_out, k=args.min_group), file=sys.stderr)
        return _write(out.getvalue(), args, store)


STORE_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "progress": cmd_progress,
    "export-trainee": cmd_export_trainee,
    "erase-trainee": cmd_erase_trainee,
    "export-aggregate": cmd_export_aggregate,
}
