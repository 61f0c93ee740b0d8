"""Every fault an author can make becomes a diagnostic with a place and a plain message."""

from __future__ import annotations

from pathlib import Path

import pytest
from engine_support import CATALOGUE, codes, scenario_text

from simulator.engine.library import load_catalogue, load_scenario

GOOD = """\
## start | Början
Text.

* [Gå vidare] -> slut
  score: sakerhet +1
  guidance: +GEN-03
  > Därför.

## slut
ending: skyddad

Klart.
"""


def test_valid_scenario_has_no_diagnostics(build):
    loaded = build(GOOD)
    assert loaded.diagnostics == []
    assert loaded.ok
    assert loaded.scenario.nodes["start"].title == "Början"


def test_empty_file(build):
    loaded = build("", raw="")
    assert codes(loaded) == ["file-empty"]
    assert not loaded.ok


def test_whitespace_only_file_is_empty(build):
    assert codes(build("", raw="  \n\n")) == ["file-empty"]


def test_binary_file(tmp_path, catalogue):
    path = tmp_path / "bild.md"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert codes(load_scenario(path, catalogue)) == ["file-binary"]


def test_non_utf8_file_reports_line(tmp_path, catalogue):
    path = tmp_path / "latin1.md"
    path.write_bytes(scenario_text(GOOD).replace("Början", "Början").encode("latin-1"))
    loaded = load_scenario(path, catalogue)
    assert codes(loaded) == ["file-encoding"]
    assert loaded.diagnostics[0].line > 1


def test_fifty_megabyte_file_is_refused_quickly(tmp_path, catalogue):
    path = tmp_path / "huge.md"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    loaded = load_scenario(path, catalogue)
    assert codes(loaded) == ["file-too-large"]
    assert "52428800" in loaded.diagnostics[0].message("en")


def test_missing_file(tmp_path, catalogue):
    loaded = load_scenario(tmp_path / "finns-inte.md", catalogue)
    assert codes(loaded) == ["file-missing"]


def test_missing_format_version(build):
    raw = scenario_text(GOOD).replace("format: vagval/1\n", "")
    assert codes(build("", raw=raw)) == ["format-missing"]


def test_wrong_format_version_names_the_supported_one(build):
    raw = scenario_text(GOOD).replace("format: vagval/1", "format: vagval/9")
    loaded = build("", raw=raw)
    assert codes(loaded) == ["format-wrong"]
    assert "vagval/1" in loaded.diagnostics[0].message("en")
    assert loaded.diagnostics[0].line == 2


def test_missing_header(build):
    assert codes(build("", raw=GOOD)) == ["header-missing"]


def test_unclosed_header(build):
    assert "header-unclosed" in codes(build("", raw="---\nformat: vagval/1\nid: x\n"))


def test_missing_metadata_is_listed_by_key(build):
    raw = scenario_text(GOOD).replace("role: Socialsekreterare\n", "")
    loaded = build("", raw=raw)
    assert codes(loaded) == ["key-missing"]
    assert "'role'" in loaded.diagnostics[0].message("en")


def test_unknown_key_suggests_the_near_one(build):
    loaded = build(GOOD, extra="titel: Fel\n")
    assert codes(loaded) == ["key-unknown"]
    assert "'title'?" in loaded.diagnostics[0].message("sv")


def test_wrong_types_in_header(build):
    raw = (scenario_text(GOOD).replace("minutes: 10", "minutes: tio")
           .replace("theme: heder", "theme: annat"))
    loaded = build("", raw=raw)
    assert sorted(codes(loaded)) == ["value-choice", "value-type"]


def test_bad_pass_threshold(build):
    assert codes(build(GOOD, extra="pass_threshold: 1.5\n")) == ["value-type"]


def test_duplicate_node_ids_point_to_the_first(build):
    body = GOOD + "\n## start\nIgen.\n\n* [Slut] -> slut\n  guidance: +GEN-01\n  > Ja.\n"
    loaded = build(body)
    assert codes(loaded) == ["node-duplicate"]
    assert "rad" in loaded.diagnostics[0].message("sv")


def test_target_that_does_not_exist_suggests_a_near_id(build):
    loaded = build(GOOD.replace("-> slut", "-> sluut"))
    assert "target-unknown" in codes(loaded, "error")
    diag = next(d for d in loaded.diagnostics if d.code == "target-unknown")
    assert "'slut'?" in diag.message("en")
    assert diag.line == HEADER_LINES + 4
    assert diag.column > 1


HEADER_LINES = scenario_text("").count("\n")


def test_malformed_choice_line(build):
    loaded = build(GOOD.replace("* [Gå vidare] -> slut", "* [Gå vidare -> slut"))
    assert "choice-syntax" in codes(loaded)


@pytest.mark.parametrize(("annotation", "code"), [
    ("score: sakerhet 2", "score-syntax"),
    ("score: okand +2", "dimension-unknown"),
    ("guidance: GEN-03", "guidance-syntax"),
    ("guidance: +GEN-99", "guidance-unknown"),
    ("critical: kanske", "critical-value"),
    ("poang: +1", "annotation-unknown"),
    ("bara text utan kolon", "annotation-syntax"),
])
def test_malformed_choice_annotations(build, annotation, code):
    loaded = build(GOOD.replace("  score: sakerhet +1", "  " + annotation))
    assert code in codes(loaded, "error")
    diag = next(d for d in loaded.diagnostics if d.code == code)
    assert diag.line == HEADER_LINES + 5


def test_bad_expression_reports_column(build):
    loaded = build(GOOD.replace("  score: sakerhet +1", "  if: klar and"),
                   extra="variables:\n  klar: false\n")
    assert codes(loaded, "error") == ["expr-syntax"]
    diag = next(d for d in loaded.diagnostics if d.code == "expr-syntax")
    assert diag.column == len("  if: klar and") + 1


@pytest.mark.parametrize(("annotation", "code"), [
    ("if: okand", "expr-name"),
    ("if: antal + 1", "expr-type"),
    ("if: klar == 1", "expr-type"),
    ("set: klar = antal", "expr-type"),
    ("set: okand = 1", "expr-name"),
    ("set: klar true", "set-syntax"),
])
def test_type_and_name_errors_in_expressions(build, annotation, code):
    loaded = build(GOOD.replace("  score: sakerhet +1", "  " + annotation),
                   extra="variables:\n  klar: false\n  antal: 0..3 = 0\n")
    assert codes(loaded, "error") == [code]


def test_variable_declarations(build):
    loaded = build(GOOD, extra="variables:\n  a: 0..100 = 1\n  b: kanske\n  c: 3..1 = 2\n")
    assert sorted(codes(loaded)) == ["var-range", "var-range", "var-syntax"]


def test_dead_end_and_ending_with_choices(build):
    body = GOOD.replace("ending: skyddad\n", "") + "\n## annat\nending: delvis\n\n* [x] -> slut\n"
    loaded = build(body)
    assert "dead-end" in codes(loaded, "error")
    assert "ending-with-choices" in codes(loaded, "error")


def test_unknown_outcome_category(build):
    assert codes(build(GOOD.replace("ending: skyddad", "ending: lyckligt"))) == ["ending-unknown"]


def test_documents_and_workshop_blocks(build):
    body = GOOD.replace("Text.\n", """Text.

::: dokument anmalan | Orosanmälan
Skolan är orolig.
:::

::: fragor
- Vad vet ni?
- Vem är i fara?
:::

::: handledare
Ta tid här.
:::
""")
    loaded = build(body)
    assert loaded.diagnostics == []
    node = loaded.scenario.nodes["start"]
    assert [d.id for d in node.documents] == ["anmalan"]
    assert node.documents[0].text == "Skolan är orolig."
    assert node.questions == ("Vad vet ni?", "Vem är i fara?")
    assert node.facilitator == "Ta tid här."
    assert node.text == "Text."


def test_unclosed_and_unknown_blocks(build):
    loaded = build(GOOD.replace("Text.\n", "::: bild x\nhej\n:::\n::: dokument a | A\nText\n"))
    assert "block-unknown" in codes(loaded)
    assert "block-unclosed" in codes(loaded)


def test_duplicate_document_ids(build):
    doc = "::: dokument a | A\nText\n:::\n"
    loaded = build(GOOD.replace("Text.\n", doc).replace("Klart.\n", doc))
    assert codes(loaded) == ["document-duplicate"]


def test_raw_html_is_a_warning(build):
    loaded = build(GOOD.replace("Text.", "Text <script>alert(1)</script>"))
    assert codes(loaded) == ["html-in-content"]
    assert loaded.ok  # a warning does not stop play; the app shows it as text


def test_messages_exist_in_both_languages(build):
    loaded = build(GOOD.replace("-> slut", "-> saknas"))
    diag = next(d for d in loaded.diagnostics if d.code == "target-unknown")
    assert diag.message("sv") != diag.message("en")
    assert diag.format("en").startswith(f"{diag.path}:{diag.line}:{diag.column}: error: ")
    assert ": fel: " in diag.format("sv")


def test_guidance_version_mismatch_is_a_warning(build):
    raw = scenario_text(GOOD).replace("guidance_version: test-1", "guidance_version: 2020-01")
    assert codes(build("", raw=raw)) == ["guidance-version"]


def test_catalogue_loads_and_reports_its_own_faults(tmp_path):
    path = tmp_path / "guidance.md"
    path.write_text(CATALOGUE.replace("valid_from: 2020-01-01", "valid_from: igår")
                    .replace("## HV-02 | Tala", "## HV2 | Tala"), encoding="utf-8")
    result = load_catalogue(path)
    assert sorted(d.code for d in result.diagnostics) == ["principle-syntax"]
    path.write_text(CATALOGUE.replace("valid_from: 2020-01-01", "valid_from: igår"),
                    encoding="utf-8")
    result = load_catalogue(path)
    assert [d.code for d in result.diagnostics] == ["value-type"]
    assert result.catalogue is not None
    assert result.catalogue.principles["GEN-03"].critical
    assert result.catalogue.dimensions["barn"].name("en") == "The child's perspective"


def test_catalogue_wrong_format(tmp_path):
    path = tmp_path / "guidance.md"
    path.write_text(CATALOGUE.replace("vagval-guidance/1", "vagval/1"), encoding="utf-8")
    assert [d.code for d in load_catalogue(path).diagnostics] == ["format-wrong"]


def test_without_catalogue_a_warning_is_given(tmp_path):
    path = tmp_path / "s.md"
    path.write_text(scenario_text(GOOD), encoding="utf-8")
    assert codes(load_scenario(path, None)) == ["catalogue-missing"]


def test_windows_line_endings_and_bom(build):
    raw = "\ufeff" + scenario_text(GOOD).replace("\n", "\r\n")
    assert build("", raw=raw).diagnostics == []


def test_shipped_example_is_clean():
    from simulator.engine.library import load_library

    root = Path(__file__).resolve().parents[2]
    (loaded,) = load_library([root / "docs" / "example-scenario.md"])
    assert loaded.diagnostics == []


def test_the_format_document_embeds_the_example_file_verbatim():
    root = Path(__file__).resolve().parents[2]
    doc = (root / "docs" / "scenario-format.md").read_text(encoding="utf-8")
    embedded = doc.split("````markdown\n", 1)[1].split("````", 1)[0]
    assert embedded == (root / "docs" / "example-scenario.md").read_text(encoding="utf-8")


def test_the_shipped_test_catalogue_loads_cleanly():
    root = Path(__file__).resolve().parents[2]
    result = load_catalogue(root / "tests" / "data" / "guidance.md")
    assert result.diagnostics == []
    assert result.catalogue.version == "test-1"
    assert {p.id for p in result.catalogue.principles.values() if p.critical} == {"GEN-03"}



def test_content_language_is_metadata_defaulting_to_swedish(build):
    """`language:` in the header names the case's language; Swedish when absent; any other
    value is an error on its line; the writer keeps it."""
    from simulator.format.writer import write_scenario

    assert build(GOOD).scenario.language == "sv"
    english = build(GOOD, extra="language: en\n")
    assert english.ok and english.scenario.language == "en"
    assert "language: en" in write_scenario(english.scenario)
    assert "language:" not in write_scenario(build(GOOD).scenario)
    wrong = build(GOOD, extra="language: fi\n")
    assert codes(wrong, "error") == ["value-choice"]
    assert "fi" in wrong.diagnostics[0].format("en")
