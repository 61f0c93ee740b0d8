"""Command-line access to the LRS link: status, send now, and a trainee's opt-in.

```
main.py lrs-status [--json] [--data-dir DIR]
main.py lrs-send [--limit N] [--retry-rejected] [--data-dir DIR]
main.py lrs-optin --trainee NAME (--account NAME | --off) [--data-dir DIR]
```
Exit codes of ``lrs-send``: 0 nothing left waiting, 1 the LRS could not take everything now (the
reason is printed; the statements wait), 2 a usage fault, 3 no LRS is configured.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Callable

from simulator.cli.progress_commands import _open

_TEXT: dict[str, tuple[str, str]] = {
    "endpoint": ("LRS: {endpoint} (från {source})", "LRS: {endpoint} (from {source})"),
    "no_endpoint": ("Ingen LRS är inställd: resultat stannar på datorn.",
                    "No LRS is configured: results stay on this computer."),
    "secret": ("Hemligheten sparas i {place}.", "The secret is kept in {place}."),
    "keyring": ("operativsystemets nyckelring", "the operating system's credential store"),
    "file": ("en fil som bara du kan läsa (lrs-secret i datamappen)",
             "a file only you can read (lrs-secret in the data folder)"),
    "counts": ("{waiting} utlåtanden väntar, {sent} skickade, {rejected} avvisade av LRS:en.",
               "{waiting} statements waiting, {sent} sent, {rejected} rejected by the LRS."),
    "last_reason": ("Senaste försöket misslyckades: {reason}", "The last try failed: {reason}"),
    "rejected": ("Avvisat {id} (försök {attempt}): {reason}", "Rejected {id} (attempt {attempt}): {reason}"),
    "sent": ("Skickade {sent}, avvisade {rejected}, {waiting} väntar.",
             "Sent {sent}, rejected {rejected}, {waiting} waiting."),
    "stopped": ("LRS:en tog inte emot allt nu, resten väntar och skickas senare: {reason}",
                "The LRS could not take everything now; the rest waits and is sent later: {reason}"),
    "opted_in": ("{name} skickar resultat till organisationen som {account}.",
                 "{name} sends results to the organisation as {account}."),
    "opted_out": ("{name} skickar inga nya resultat till organisationen.",
                  "{name} sends no new results to the organisation."),
    "no_trainee": ("Ingen deltagare heter {name}; skapa deltagaren i appen eller med play "
                   "först.", "No trainee is called {name}; create them in the app or with play "
                   "first."),
    "requeued": ("{n} avvisade utlåtanden väntar igen.", "{n} rejected statements are waiting again."),
}


def _t(lang: str, key: str, **params: object) -> str:
    sv, en = _TEXT[key]
    return (en if lang == "en" else sv).format(**params)


def add_lrs_commands(sub: argparse._SubParsersAction, lang: str) -> None:  # type: ignore[type-arg]
    status = sub.add_parser("lrs-status", help="the LRS link: statements waiting, sent, rejected")
    status.add_argument("--json", action="store_true")
    send = sub.add_parser("lrs-send", help="send waiting statements to the LRS now")
    send.add_argument("--limit", type=int, default=None, help="send at most N statements")
    send.add_argument("--batch", type=int, default=100, help="statements per request (1..500)")
    send.add_argument("--retry-rejected", action="store_true",
                      help="queue statements the LRS rejected once more first")
    optin = sub.add_parser("lrs-optin", help="a trainee's consent to send results, with their account")
    optin.add_argument("--trainee", required=True)
    group = optin.add_mutually_exclusive_group(required=True)
    group.add_argument("--account", help="the name the organisation knows the trainee by")
    group.add_argument("--off", action="store_true", help="send no new results")
    for parser in (status, send, optin):
        parser.add_argument("--lang", choices=("sv", "en"), default=lang)
        parser.add_argument("--data-dir", help="folder of the progress database (else the default)")


def cmd_lrs_status(args: argparse.Namespace) -> int:
    from simulator.lrs.config import endpoint_problem, load_settings, secret_store
    from simulator.store import outbox

    settings = load_settings(args.data_dir)
    problem = endpoint_problem(settings.endpoint, args.lang) if settings.configured else None
    with contextlib.closing(_open(args)) as store:
        counts = outbox.counts(store)
        refused = outbox.rejected(store)
    if args.json:
        print(json.dumps({
            "endpoint": settings.endpoint, "endpoint_from": settings.endpoint_from,
            "endpoint_problem": problem,
            "secret_store": secret_store(), "waiting": counts.waiting, "sent": counts.sent,
            "rejected": counts.rejected, "last_reason": counts.last_reason,
            "rejected_statements": [vars(r) for r in refused],
        }, ensure_ascii=False, indent=2))
        return 0
    lang = args.lang
    if settings.configured:
        print(_t(lang, "endpoint", endpoint=settings.endpoint, source=settings.endpoint_from))
        if problem:
            print(problem)
        print(_t(lang, "secret", place=_t(lang, secret_store())))
    else:
        print(_t(lang, "no_endpoint"))
    print(_t(lang, "counts", waiting=counts.waiting, sent=counts.sent, rejected=counts.rejected))
    if counts.last_reason:
        print(_t(lang, "last_reason", reason=counts.last_reason))
    for r in refused:
        print(_t(lang, "rejected", id=r.id, attempt=r.attempt_id, reason=r.reason))
    return 0


def cmd_lrs_send(args: argparse.Namespace) -> int:
    from simulator.lrs.client import LrsClient
    from simulator.lrs.config import load_settings
    from simulator.lrs.sender import drain
    from simulator.store import outbox

    settings = load_settings(args.data_dir)
    if not settings.configured:
        print(_t(args.lang, "no_endpoint"), file=sys.stderr)
        return 3
    with contextlib.closing(_open(args)) as store:
        if args.retry_rejected:
            print(_t(args.lang, "requeued", n=outbox.retry_rejected(store)))
        report = drain(store, LrsClient(settings), limit=args.limit,
                       batch=max(1, min(500, args.batch)))
    print(_t(args.lang, "sent", sent=report.sent, rejected=report.rejected, waiting=report.waiting))
    if report.problem:
        print(_t(args.lang, "stopped", reason=report.problem), file=sys.stderr)
        return 1
    return 0


def cmd_lrs_optin(args: argparse.Namespace) -> int:
    from simulator.store import outbox
    from simulator.store.names import InvalidName

    with contextlib.closing(_open(args)) as store:
        who = store.find_trainee(args.trainee)  # never a new trainee by a typing slip
        if who is None:
            print(_t(args.lang, "no_trainee", name=args.trainee), file=sys.stderr)
            return 2
        try:
            account = None if args.off else outbox.clean_account(args.account)
        except InvalidName as exc:
            print(exc.message(args.lang), file=sys.stderr)
            return 2
        outbox.set_account(store, who.id, account)
        if account is None:
            print(_t(args.lang, "opted_out", name=who.pseudonym))
        else:
            print(_t(args.lang, "opted_in", name=who.pseudonym, account=account))
    return 0


LRS_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "lrs-status": cmd_lrs_status,
    "lrs-send": cmd_lrs_send,
    "lrs-optin": cmd_lrs_optin,
}
