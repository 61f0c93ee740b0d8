"""`main.py lrs-report --since DATE`: the course's results read back from the LRS, as CSV and a
PNG chart drawn with Qt (offscreen; no screen needed).

The figures come from simulator/lrs/report.py (Qt-free); only the chart needs Qt, which is why
this command lives in ui/ and main.py sends it here."""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from simulator.lrs.report import ScenarioReport

_TEXT: dict[str, tuple[str, str]] = {
    "no_endpoint": ("Ingen LRS är inställd (se main.py lrs-status).",
                    "No LRS is configured (see main.py lrs-status)."),
    "bad_date": ("--since ska vara ett datum som 2026-09-01, inte {value}.",
                 "--since must be a date such as 2026-09-01, not {value}."),
    "unavailable": ("LRS:en gick inte att läsa: {reason}", "The LRS could not be read: {reason}"),
    "wrote": ("Sparade {path}.", "Wrote {path}."),
    "title": ("Andel godkända försök per scenario sedan {since}",
              "Share of attempts passed per scenario since {since}"),
    "row": ("{passed} av {attempts} godkända, {critical} kritiska fel",
            "{passed} of {attempts} passed, {critical} critical errors"),
    "empty": ("Inga avslutade försök sedan {since}.", "No finished attempts since {since}."),
}


def _t(lang: str, key: str, **params: object) -> str:
    sv, en = _TEXT[key]
    return (en if lang == "en" else sv).format(**params)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="main.py lrs-report",
                                description="Results per scenario read back from the LRS.")
    p.add_argument("--since", required=True, help="first day, e.g. 2026-09-01")
    p.add_argument("--output", "-o", help="CSV file (default: standard output)")
    p.add_argument("--chart", help="PNG file with a bar chart of the pass rates")
    p.add_argument("--force", action="store_true", help="overwrite existing output files")
    p.add_argument("--page", type=int, default=500, help="statements per page from the LRS")
    env = os.environ.get("VAGVAL_LANG", "sv")
    p.add_argument("--lang", choices=("sv", "en"), default="en" if env.startswith("en") else "sv")
    p.add_argument("--data-dir", help="folder of the LRS settings (else the default)")
    return p


def main(argv: list[str]) -> int:
    from simulator.lrs.client import LrsClient, LrsUnavailable
    from simulator.lrs.config import load_settings
    from simulator.lrs.report import build_report, fetch_verdicts, write_csv

    try:
        args = parser().parse_args(argv)
    except SystemExit as exc:
        return 0 if exc.code in (0, None) else 2
    lang = args.lang
    try:  # a day, or (for scripts) a moment: 2026-09-01 or 2026-09-01T08:00:00+00:00
        moment = datetime.fromisoformat(args.since)
    except ValueError:
        print(_t(lang, "bad_date", value=args.since), file=sys.stderr)
        return 2
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    from simulator.cli.output import OutputRefused, check_output, protected_files, write_file

    protected = protected_files(None, args.data_dir)
    try:  # refused before the LRS is read, which may take long
        for output in (args.output, args.chart):
            if output:
                check_output(output, force=args.force, protected=protected)
    except OutputRefused as exc:
        print(exc.message(lang), file=sys.stderr)
        return 2
    settings = load_settings(args.data_dir)
    if not settings.configured:
        print(_t(lang, "no_endpoint"), file=sys.stderr)
        return 3
    stamp = moment.astimezone(UTC).isoformat()
    try:
        rows = build_report(fetch_verdicts(LrsClient(settings, timeout=60), stamp,
                                           page=max(1, min(args.page, 1000))))
    except LrsUnavailable as exc:
        print(_t(lang, "unavailable", reason=exc.answer.reason), file=sys.stderr)
        return 1
    text = io.StringIO()
    write_csv(rows, text)
    if args.output:
        try:
            write_file(args.output, text.getvalue(), force=args.force, protected=protected)
        except OutputRefused as exc:  # the file appeared while the LRS was read
            print(exc.message(lang), file=sys.stderr)
            return 2
        except OSError as exc:
            print(f"{args.output}: {exc.strerror}", file=sys.stderr)
            return 2
        print(_t(lang, "wrote", path=args.output), file=sys.stderr)
    else:
        sys.stdout.write(text.getvalue())
    if args.chart:
        try:
            draw_chart(rows, Path(args.chart), lang, args.since)
        except OSError as exc:
            print(f"{args.chart}: {exc}", file=sys.stderr)
            return 2
        print(_t(lang, "wrote", path=args.chart), file=sys.stderr)
    return 0


def draw_chart(rows: list[ScenarioReport], path: Path, lang: str, since: str) -> None:
    """Horizontal bars: the pass rate of each scenario, with its counts beside it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QByteArray, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QImageWriter, QPainter

    _app = QGuiApplication.instance() or QGuiApplication([])
    bar_h, gap, left, width = 28, 14, 300, 1000
    height = 80 + max(1, len(rows)) * (bar_h + gap) + 20
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        title = QFont()
        title.setPointSize(14)
        title.setBold(True)
        painter.setFont(title)
        painter.setPen(QColor("#1a1a1a"))
        painter.drawText(QRectF(20, 15, width - 40, 40), Qt.AlignmentFlag.AlignLeft,
                         _t(lang, "title", since=since))
        body = QFont()
        body.setPointSize(10)
        painter.setFont(body)
        if not rows:
            painter.drawText(QRectF(20, 70, width - 40, 30), Qt.AlignmentFlag.AlignLeft,
                             _t(lang, "empty", since=since))
        span = width - left - 260
        for i, row in enumerate(rows):
            y = 70 + i * (bar_h + gap)
            painter.setPen(QColor("#1a1a1a"))
            painter.drawText(QRectF(20, y, left - 30, bar_h),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             row.title or row.scenario_id)
            painter.fillRect(QRectF(left, y, span, bar_h), QColor("#e6e6e6"))
            painter.fillRect(QRectF(left, y, span * row.pass_rate, bar_h), QColor("#2b6cb0"))
            critical = sum(row.critical_by_area.values())
            painter.drawText(QRectF(left + span + 10, y, 250, bar_h), Qt.AlignmentFlag.AlignVCenter,
                             f"{row.pass_rate:.0%} · " + _t(lang, "row", passed=row.passed,
                                                            attempts=row.attempts, critical=critical))
    finally:
        painter.end()
    # Written beside the target and moved over it, so a failed write leaves no half a chart
    # and a link at the target is replaced itself, never the file it points to.
    fd, temp = tempfile.mkstemp(prefix=".vagval-", suffix=".png", dir=path.parent)
    os.close(fd)
    try:
        writer = QImageWriter(temp, QByteArray(b"png"))
        if not writer.write(image):
            raise OSError(writer.errorString())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
