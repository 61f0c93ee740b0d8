"""The course leader's report: per scenario, read back from the LRS.

Only the verdict statements (``passed`` and ``failed``) are counted: each carries the attempt's
missed decisions and the competence areas of its critical errors. The LRS is read page by page
(its ``more`` links) and each page is folded into the totals before the next is asked for, so
memory stays small for 10 trainees or 10,000. Verdicts are keyed by registration, so an
attempt counts once.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TextIO

from simulator.lrs import statements as xs
from simulator.lrs.client import LrsClient

SCENARIO_PREFIX = f"{xs.BASE}scenario:"
TOP_MISSED = 5


@dataclass
class ScenarioReport:
    scenario_id: str
    title: str = ""
    attempts: int = 0
    passed: int = 0
    trainees: set[str] = field(default_factory=set)
    missed: Counter[str] = field(default_factory=Counter)  # node id -> attempts that missed it
    critical_by_area: Counter[str] = field(default_factory=Counter)

    @property
    def pass_rate(self) -> float:
        return self.passed / self.attempts if self.attempts else 0.0


def fetch_verdicts(client: LrsClient, since: str, *, page: int = 500) -> Iterable[dict[str, Any]]:
    """Every ``passed`` and ``failed`` statement stored since ``since`` (ISO 8601), all pages.

    The verbs are picked out here rather than with the ``verb`` query parameter: Ralph 5.1's
    file-system backend answers a ``verb`` query with nothing at all, and reading every page
    since the date is correct against any LRS."""
    verdicts = {xs.VERBS["passed"], xs.VERBS["failed"]}
    for statement in client.all_statements({"since": since, "limit": str(page)}):
        if statement.get("verb", {}).get("id") in verdicts:
            yield statement


def build_report(verdicts: Iterable[Mapping[str, Any]]) -> list[ScenarioReport]:
    """Per scenario (sorted by id): attempts, pass rate, missed decisions, critical errors."""
    seen: set[str] = set()
    found: dict[str, ScenarioReport] = {}
    for statement in verdicts:
        obj_id = str(statement.get("object", {}).get("id", ""))
        registration = str(statement.get("context", {}).get("registration", ""))
        if not obj_id.startswith(SCENARIO_PREFIX) or not registration or registration in seen:
            continue
        seen.add(registration)
        scenario = obj_id.removeprefix(SCENARIO_PREFIX)
        row = found.setdefault(scenario, ScenarioReport(scenario))
        names = statement["object"].get("definition", {}).get("name", {})
        row.title = row.title or next(iter(names.values()), "")
        result = statement.get("result", {})
        row.attempts += 1
        row.passed += bool(result.get("success"))
        account = statement.get("actor", {}).get("account", {})
        row.trainees.add(f"{account.get('homePage')}|{account.get('name')}")
        extensions = result.get("extensions", {})
        for missed in extensions.get(xs.EXT_MISSED, []):
            row.missed[str(missed.get("node"))] += 1
            if missed.get("critical"):
                for area in missed.get("areas") or ["?"]:
                    row.critical_by_area[str(area)] += 1
    return [found[k] for k in sorted(found)]


def write_csv(rows: list[ScenarioReport], out: TextIO) -> None:
    areas = sorted({a for r in rows for a in r.critical_by_area})
    writer = csv.writer(out)
    writer.writerow(["scenario_id", "scenario_title", "attempts", "trainees", "passed", "pass_rate",
                     "most_missed_decisions", *[f"critical_{a}" for a in areas]])
    for r in rows:
        missed = "; ".join(f"{node} ({n})" for node, n in r.missed.most_common(TOP_MISSED))
        writer.writerow([r.scenario_id, r.title, r.attempts, len(r.trainees), r.passed,
                         f"{r.pass_rate:.3f}", missed, *[r.critical_by_area.get(a, 0) for a in areas]])
