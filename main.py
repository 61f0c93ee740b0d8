"""Vägval's single entry point.

With no arguments it opens the desktop app. Sub-commands serve authors and tools:
`validate`, `graph` and `play` (see `python main.py --help`).
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        from ui.app import run  # Qt is imported only when the app is wanted

        return run()
    from simulator.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
