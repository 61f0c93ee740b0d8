"""Files crafted to break the loader: each becomes diagnostics on that one file, never an
exception, and every stage stays linear (issue 13, attack 2 and the validate half of 3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from engine_support import CATALOGUE, codes, scenario_text

from simulator.engine.library import load_library
from simulator.format.expr import MAX_EXPR_NESTING, ExprError, compile_expr

BODY = """\
## start | Början
Text.

* [Gå vidare] -> slut
  score: sakerhet +1
  guidance: +GEN-03
{annotation}
  > Därför.

## slut
ending: skyddad

Klart.
"""

VARIABLES = "variables:\n  n: 0..3 = 0\n  f: false\n"


def body(annotation: str = "") -> str:
    return BODY.replace("{annotation}", annotation)


def test_minutes_in_superscript_digits_is_a_diagnostic(build):
    # '²'.isdigit() is True but int('²') raises: the check must be ASCII digits.
    text = scenario_text(body()).replace("minutes: 10", "minutes: ²")
    loaded = build("", raw=text)
    assert codes(loaded) == ["value-type"]
    assert loaded.diagnostics[0].params["key"] == "minutes"


def test_deeply_nested_parentheses_are_refused(build):
    expr = "(" * 142 + "f" + ")" * 142
    loaded = build(body(f"  if: {expr}"), VARIABLES)
    assert codes(loaded) == ["expr-limit"]


def test_nesting_past_the_limit_is_named(build):
    depth = MAX_EXPR_NESTING + 4
    loaded = build(body("  if: " + "(" * depth + "f" + ")" * depth), VARIABLES)
    assert codes(loaded) == ["expr-limit"]
    assert "nested parentheses" in loaded.diagnostics[0].message("en")
    assert loaded.diagnostics[0].column == len("  if: ") + MAX_EXPR_NESTING + 1


def test_nesting_at_the_limit_is_accepted():
    expr = "(" * MAX_EXPR_NESTING + "f" + ")" * MAX_EXPR_NESTING
    assert compile_expr(expr, {"f": (0, "bool")}, "bool").evaluate((True,)) is True


def test_a_sum_of_nine_hundred_terms_is_refused(build):
    loaded = build(body("  set: n = " + "+".join(["1"] * 900)), VARIABLES)
    assert codes(loaded) == ["expr-limit"]


def test_long_sums_that_pass_the_bounds_evaluate():
    # Every expression that compiles must also evaluate (the old failure came at evaluation).
    for terms in range(1, 200):
        text = " + ".join(["n"] * terms)
        try:
            compiled = compile_expr(text, {"n": (0, "int")}, "int")
        except ExprError as exc:
            assert exc.code == "expr-limit"
            continue
        assert compiled.evaluate((1,)) == terms


@pytest.mark.parametrize("where", ["if: n == {big}", "set: n = {big}"])
def test_five_thousand_digit_integer_in_an_expression(build, where):
    loaded = build(body("  " + where.format(big="9" * 5000)), VARIABLES)
    assert codes(loaded) == ["annotation-too-long"] or codes(loaded) == ["expr-limit"]
    short = build(body("  " + where.format(big="9" * 40)), VARIABLES)
    assert codes(short) == ["expr-limit"]


def test_five_thousand_digit_integer_in_a_variable_range(build):
    loaded = build(body(), "variables:\n  n: 0.." + "9" * 5000 + " = 0\n")
    assert codes(loaded) == ["var-syntax"]


def test_unicode_digits_are_not_numbers_in_expressions(build):
    loaded = build(body("  set: n = ٣"), VARIABLES)
    assert codes(loaded) == ["expr-syntax"]


@pytest.mark.parametrize("key, item", [("set", "n = 1, "), ("guidance", "+GEN-03 "),
                                       ("score", "sakerhet +1, "), ("if", "f or ")])
def test_megabyte_annotation_lines_are_refused_before_any_per_item_work(build, key, item):
    # A 2 MB set: line took validate 147 s (quadratic tokenizer), a 4 MB guidance: line 8 s.
    line = f"  {key}: " + item * (2_000_000 // len(item))
    text = scenario_text(body()).replace("  score: sakerhet +1\n  guidance: +GEN-03\n",
                                         line + "\n", 1)
    loaded = build("", raw=text, ) if key != "set" else build("", raw=scenario_text(
        body(line), VARIABLES))
    assert "annotation-too-long" in codes(loaded)


def test_expression_tokenizer_is_linear_in_whitespace():
    # The old tokenizer sliced the rest of the text at every token: quadratic in its length.
    # Within the length bound, heavy padding compiles to the same result.
    text = " " * 200 + "f" + " " * 250
    assert compile_expr(text, {"f": (0, "bool")}, "bool").evaluate((False,)) is False


def test_one_broken_file_is_one_unavailable_entry(tmp_path: Path):
    (tmp_path / "guidance.md").write_text(CATALOGUE, encoding="utf-8")
    good = scenario_text(body())
    (tmp_path / "a-bra.md").write_text(good, encoding="utf-8")
    (tmp_path / "b-trasig.md").write_text(
        good.replace("id: test", "id: trasig").replace("minutes: 10", "minutes: ²"),
        encoding="utf-8")
    (tmp_path / "c-djup.md").write_text(
        scenario_text(body("  if: " + "(" * 300 + "f" + ")" * 300), VARIABLES)
        .replace("id: test", "id: djup"), encoding="utf-8")
    loaded = load_library([tmp_path])
    assert [Path(item.path).name for item in loaded] == ["a-bra.md", "b-trasig.md", "c-djup.md"]
    assert [item.ok for item in loaded] == [True, False, False]
    assert codes(loaded[1]) == ["value-type"]
    assert codes(loaded[2]) == ["expr-limit"]


def test_a_fault_inside_the_loader_stays_with_its_file(tmp_path: Path, monkeypatch):
    # The last guard: even a bug met while reading one file leaves the others usable.
    import simulator.engine.library as library

    (tmp_path / "guidance.md").write_text(CATALOGUE, encoding="utf-8")
    (tmp_path / "a.md").write_text(scenario_text(body()), encoding="utf-8")
    (tmp_path / "b.md").write_text(scenario_text(body()).replace("id: test", "id: b"),
                                   encoding="utf-8")
    real = library.parse_scenario

    def flaky(raw, path, catalogue, out):
        if path.endswith("a.md"):
            raise RecursionError("maximum recursion depth exceeded")
        return real(raw, path, catalogue, out)

    monkeypatch.setattr(library, "parse_scenario", flaky)
    first, second = load_library([tmp_path])
    assert codes(first) == ["file-internal"]
    assert "RecursionError" in first.diagnostics[0].message("en")
    assert second.ok


# --- rendering limits: the time bombs that used to validate clean (attack 3) -----------------

NODE_WITH = """\
## start | Början
{text}

* [Gå vidare] -> slut
  score: sakerhet +1
  guidance: +GEN-03
  > Därför.

## slut
ending: skyddad

Klart.
"""


@pytest.mark.parametrize("text, code", [
    ("[" * 20_000 + "x" + "]" * 20_000, "render-block"),  # froze the player 82 s
    ("a" * 1_000_000, "render-block"),  # 99 s
    ("\n".join(">" * i + " x" for i in range(1, 2000)), "render-block"),  # 63 s
    ("a" * 101, "render-word"),
    ("ord " * 600, "render-paragraph"),
    ("\n".join(["rad"] * 151), "render-lines"),
    ("*_" * 101, "render-markup"),
    (">" * 7 + " djupt", "render-nesting"),
    ("    " * 7 + "- djupt", "render-nesting"),
])
def test_text_over_the_rendering_limits_does_not_validate(build, text, code):
    loaded = build(NODE_WITH.replace("{text}", text))
    assert code in codes(loaded)
    assert not loaded.ok
    diagnostic = next(d for d in loaded.diagnostics if d.code == code)
    assert diagnostic.line >= 16  # in the node, not at the top of the file
    assert diagnostic.message("sv") != diagnostic.message("en")


def test_over_limit_document_feedback_and_title_are_reported(build):
    body = NODE_WITH.replace("{text}", "Text.\n\n::: dokument brev | Brev\n" + "b" * 200
                             + "\n:::").replace("  > Därför.", "  > " + "c" * 200)
    body = body.replace("## start | Början", "## start | " + "T" * 400)
    found = codes(build(body))
    assert found.count("render-word") == 2 and "label-too-long" in found


def test_html_in_titles_is_flagged(build):
    text = scenario_text(NODE_WITH.replace("{text}", "Text.")).replace(
        "title: Test", 'title: <img src="/dev/zero">').replace(
        "## start | Början", "## start | <b>fet</b>")
    loaded = build("", raw=text)
    assert codes(loaded) == ["html-in-content", "html-in-content"]


# --- things that are not files -------------------------------------------------------------

@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="POSIX named pipes")
def test_a_named_pipe_or_a_device_is_a_diagnostic_not_a_hang(tmp_path: Path):
    # Before: `validate pipe.md` waited for a writer for ever; /dev/zero was read to 32 MB and
    # reported as a file of 33,554,433 bytes.
    import os
    import subprocess
    import sys

    pipe = tmp_path / "pipe.md"
    os.mkfifo(pipe)
    root = Path(__file__).resolve().parents[2]
    for target in (pipe, Path("/dev/zero")):
        run = subprocess.run([sys.executable, str(root / "main.py"), "validate", str(target),
                              "--lang", "en"], capture_output=True, text=True, timeout=60,
                             cwd=root)
        assert run.returncode == 1, (target, run.stdout, run.stderr)
        assert "not lead to a regular file" in run.stdout, run.stdout
    (loaded,) = load_library([pipe])
    assert codes(loaded) == ["file-not-regular"]
    empty = tmp_path / "tom-mapp"
    empty.mkdir()
    run = subprocess.run([sys.executable, str(root / "main.py"), "validate", str(empty),
                          "--lang", "en"], capture_output=True, text=True, timeout=60, cwd=root)
    assert run.returncode == 2 and "No scenario files (*.md) were found" in run.stderr


def test_the_size_limit_is_the_files_own_size(tmp_path: Path):
    from simulator.format.header import MAX_FILE_BYTES

    big = tmp_path / "stor.md"
    with big.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 4096)  # sparse: no disk used
    (loaded,) = load_library([big])
    assert codes(loaded) == ["file-too-large"]
    assert loaded.diagnostics[0].params["size"] == MAX_FILE_BYTES + 4096
