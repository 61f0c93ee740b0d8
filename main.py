"""Vägval's single entry point.

With no sub-command it opens the desktop app (`--data-dir DIR` keeps the progress file, the
settings and the error log in DIR). Sub-commands serve authors and tools: `validate`, `graph`,
`play` and the progress commands (see `python main.py --help`). `--version` prints the version
and the guidance version; `--smoke-test` opens the app, waits for the first paint and the
loaded library, prints one line and quits (the packaging check and the Windows CI use it).
"""

from __future__ import annotations

import os
import sys

APP_HELP = """usage: main.py [--data-dir DIR]       open the app
       main.py --version              the version and the guidance version
       main.py --smoke-test [--data-dir DIR]
                                      open the app, wait for the library, print one line, quit
       main.py COMMAND ...            validate, graph, play, progress, export-trainee,
                                      erase-trainee, export-aggregate, organisation,
                                      lrs-status, lrs-send, lrs-optin, lrs-report
                                      (main.py COMMAND --help)
"""


def app_options(args: list[str]) -> str | None:
    """The data folder if `args` are only the app's own options, else None (a sub-command).
    Raises ValueError when --data-dir has no folder."""
    if len(args) == 2 and args[0] == "--data-dir" and args[1]:
        return args[1]  # an empty one (a script's empty variable) is refused below
    if len(args) == 1 and args[0].startswith("--data-dir="):
        value = args[0].split("=", 1)[1]
        if value:
            return value
    if args and args[0].startswith("--data-dir"):
        raise ValueError("--data-dir needs a folder")
    return None


def main(argv: list[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # the authoring studio's checker runs in a worker process
    args = sys.argv[1:] if argv is None else argv
    if args == ["--version"]:
        from simulator.about import version_text

        print(version_text())
        return 0
    smoke = "--smoke-test" in args
    if smoke:
        args = [a for a in args if a != "--smoke-test"]
    try:
        folder = app_options(args)
    except ValueError:
        sys.stderr.write(APP_HELP)
        return 2
    if not args or folder is not None:
        if folder is not None:
            # The one data-folder function (simulator.store.datadir) reads this variable.
            os.environ["VAGVAL_DATA_DIR"] = os.path.abspath(os.path.expanduser(folder))
        from ui.app import run, smoke_test  # Qt is imported only when the app is wanted

        return smoke_test() if smoke else run()
    if smoke:
        sys.stderr.write(APP_HELP)
        return 2
    if args[0] == "lrs-report":  # draws its chart with Qt, so it lives in ui/
        from ui.lrs_report import main as report_main

        return report_main(args[1:])
    from simulator.cli.commands import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
