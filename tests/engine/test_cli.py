"""The author commands through main.py: validate, graph and play."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from engine_support import CATALOGUE, scenario_text
from test_session import STORY, VARS

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "example-scenario.md"


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], input=stdin,
                          capture_output=True, text=True, timeout=120, cwd=ROOT)


@pytest.fixture
def library(tmp_path: Path) -> Path:
    (tmp_path / "guidance.md").write_text(CATALOGUE, encoding="utf-8")
    (tmp_path / "bra.md").write_text(scenario_text(STORY, VARS), encoding="utf-8")
    return tmp_path


def test_validate_clean_folder_exits_zero(library):
    proc = run("validate", str(library))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 fel" in proc.stdout


def test_validate_reports_file_line_severity_message(library):
    text = scenario_text(STORY, VARS).replace("-> slut", "-> saknas")
    (library / "trasig.md").write_text(text, encoding="utf-8")
    proc = run("validate", str(library), "--lang", "en")
    assert proc.returncode == 1
    line = next(x for x in proc.stdout.splitlines() if "target-unknown" in x or "saknas" in x)
    path, number, column, severity, message = line.split(":", 4)
    assert path.endswith("trasig.md") and int(number) > 0 and int(column) > 0
    assert severity.strip() == "error"
    assert "does not exist" in message
    assert "Traceback" not in proc.stderr


def test_validate_json_keys(library):
    proc = run("validate", str(library), "--json")
    assert proc.returncode == 0
    (item,) = json.loads(proc.stdout)
    for key in ("id", "theme", "level", "nodes", "decisions", "endings", "choices",
                "critical_choices", "guidance_ids", "bounds", "expert_score", "diagnostics"):
        assert key in item
    assert item["nodes"] == 4 and item["decisions"] == 2 and item["endings"] == 2
    assert item["choices"] == 4 and item["critical_choices"] == 1
    assert item["guidance_ids"] == ["GEN-01", "GEN-03", "HV-02"]
    assert item["bounds"] == {"sakerhet": {"min": -3, "max": 5}}
    assert item["expert_score"] == 5
    assert item["diagnostics"] == []


def test_validate_missing_path(tmp_path):
    proc = run("validate", str(tmp_path / "nope.md"))
    assert proc.returncode == 1
    assert "nope.md" in proc.stdout and "Traceback" not in proc.stderr


def test_graph_dot_and_mermaid_with_expert_path():
    dot = run("graph", str(EXAMPLE), "--format", "dot", "--expert")
    assert dot.returncode == 0
    assert dot.stdout.startswith('digraph "exempel-samtalet"')
    assert dot.stdout.count("penwidth=3") == 3
    assert '"plan" -> "slut-skada"' in dot.stdout
    mermaid = run("graph", str(EXAMPLE), "--format", "mermaid", "--path", "besok:1")
    assert mermaid.returncode == 0
    assert mermaid.stdout.startswith("flowchart TD")
    assert "linkStyle 0 stroke:#1565c0" in mermaid.stdout


def test_graph_unknown_path_choice_is_a_usage_error():
    proc = run("graph", str(EXAMPLE), "--path", "finns:9")
    assert proc.returncode == 2 and "finns:9" in proc.stderr


def test_play_by_numbers_to_the_debrief():
    proc = run("play", str(EXAMPLE), stdin="1\n1\n1\n")
    assert proc.returncode == 0, proc.stderr
    assert "Godkänt" in proc.stdout
    assert "Totalt: 8 av expertvägens 8" in proc.stdout
    assert "Kvinnofridslinjen 020-50 50 50" in proc.stdout


def test_play_critical_choice_fails_in_english():
    proc = run("play", str(EXAMPLE), "--lang", "en", stdin="1\n1\n2\n")
    assert proc.returncode == 0
    assert "CRITICAL ERROR" in proc.stdout
    assert "Not passed\n  At least one decision was a critical error" in proc.stdout


def test_play_rejects_bad_input_and_survives_end_of_input():
    proc = run("play", str(EXAMPLE), stdin="x\n9\n1\n")
    assert proc.returncode == 0
    assert proc.stdout.count("Skriv en siffra mellan 1 och 2") == 2
    assert "Inmatningen tog slut" in proc.stdout


def test_play_end_feedback_mode_hides_feedback_until_the_debrief():
    proc = run("play", str(EXAMPLE), "--feedback", "end", stdin="1\n1\n1\n")
    assert "Återkoppling:" not in proc.stdout
    assert "Sammanfattning" in proc.stdout


def test_play_a_broken_file_explains_why(tmp_path):
    bad = tmp_path / "bad.md"
    bad.write_text("---\nformat: vagval/1\n---\n", encoding="utf-8")
    proc = run("play", str(bad))
    assert proc.returncode == 1
    assert "kan inte spelas" in proc.stdout
    assert "Traceback" not in proc.stdout + proc.stderr


@pytest.mark.parametrize("command", ["graph", "play"])
def test_a_folder_is_refused_where_one_scenario_file_is_expected(command, library):
    proc = run(command, str(library))
    assert proc.returncode == 2
    assert "inte en scenariofil" in proc.stderr and "Traceback" not in proc.stderr


def test_the_catalogue_given_as_a_scenario_is_named_as_such():
    proc = run("validate", str(ROOT / "scenarios" / "guidance.md"), "--lang", "en")
    assert proc.returncode == 1
    assert "This is a guidance catalogue" in proc.stdout
