"""The app's save dialogs under attack (issue 13, attack 7 in the app): a PDF or CSV never
replaces one of Vägval's own files, a failed write leaves the old file whole and says so, and
the dialog asks before it replaces an existing file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tests.ui.conftest import add_trainee
from tests.ui.test_ui_debrief_exports import best, play
from ui import saving
from ui.paths import data_dir


def answers(monkeypatch, *paths: Path) -> list[str]:
    """The save dialog answers with `paths` in turn; returns the titles it was opened with."""
    queue = [str(p) for p in paths]
    asked: list[str] = []

    def ask(_parent, title, filename, kind="pdf"):
        asked.append(f"{title}|{filename}|{kind}")
        return queue.pop(0) if queue else ""

    monkeypatch.setattr(saving, "ask_save_path", ask)
    return asked


@pytest.fixture
def seen(qapp):
    """The texts of the modal message boxes shown, each closed as it opens (as a user pressing
    Enter would)."""
    texts: list[str] = []

    def tick() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            texts.append(box.text())
            box.accept()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(20)
    yield texts
    timer.stop()


def debrief_of_a_finished_attempt(window):
    add_trainee(window)
    play(window, best)
    window.current_screen().show_debrief()
    return window.current_screen()


@pytest.mark.parametrize("name", ["vagval.db", "vagval.db-wal", "settings.ini"])
def test_the_debrief_pdf_is_never_written_over_the_apps_own_files(window, tmp_path,
                                                                  monkeypatch, name, seen):
    debrief = debrief_of_a_finished_attempt(window)
    own = data_dir() / name
    if not own.exists():
        own.write_bytes(b"own")
    before = own.read_bytes()
    elsewhere = tmp_path / "genomgang.pdf"
    asked = answers(monkeypatch, own, elsewhere)
    debrief.ask_export()
    assert own.read_bytes() == before
    assert len(asked) == 2, "the dialog is shown again after the refusal"
    assert asked[1].split("|")[1] == name  # in the Documents folder, with the same name
    assert any(name in text and "egna filer" in text for text in seen), seen
    assert elsewhere.read_bytes().startswith(b"%PDF")
    assert str(elsewhere) in debrief.saved_box.text()
    debrief.saved_box.close()
    from simulator.store.progress import open_store

    with open_store() as store:  # the progress is all there, read by a second connection
        assert not store.problems and store.find_trainee("Testdeltagare") is not None


def test_a_link_to_the_database_under_another_name_is_refused(window, tmp_path, monkeypatch, seen):
    debrief = debrief_of_a_finished_attempt(window)
    link = tmp_path / "harmlos.pdf"
    link.symlink_to(data_dir() / "vagval.db")
    answers(monkeypatch, link)
    debrief.ask_export()
    assert (data_dir() / "vagval.db").read_bytes().startswith(b"SQLite format 3\x00")
    assert any("harmlos.pdf" in text for text in seen)


def test_a_failed_write_keeps_the_old_file_and_says_why(window, tmp_path, monkeypatch, seen):
    debrief = debrief_of_a_finished_attempt(window)
    old = tmp_path / "genomgang.pdf"
    old.write_bytes(b"the old report")
    # Qt's PDF writer fails without a word; the file it leaves is empty
    monkeypatch.setattr(debrief, "export_pdf", lambda path: Path(path))
    answers(monkeypatch, old)
    assert saving.save_file(debrief, "Spara", "x.pdf", debrief.export_pdf) is None
    assert old.read_bytes() == b"the old report"
    assert any("kunde inte sparas" in t and str(old) in t for t in seen), seen
    # a folder that is gone
    gone = tmp_path / "borta" / "genomgang.pdf"
    answers(monkeypatch, gone)
    assert saving.save_file(debrief, "Spara", "x.pdf", debrief.export_pdf) is None
    assert any(str(gone) in t and "mappen finns inte" in t for t in seen), seen  # in Swedish
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".vagval-")], "no leftovers"


def test_a_replaced_file_keeps_its_mode_and_a_link_is_replaced_itself(window, tmp_path,
                                                                     monkeypatch, seen):
    debrief = debrief_of_a_finished_attempt(window)
    old = tmp_path / "delad.pdf"
    old.write_bytes(b"old")
    old.chmod(0o640)
    answers(monkeypatch, old)
    saving.save_file(debrief, "Spara", "x.pdf", debrief.export_pdf)
    debrief.saved_box.close()
    assert old.read_bytes().startswith(b"%PDF") and old.stat().st_mode & 0o777 == 0o640
    target = tmp_path / "annan.txt"
    target.write_text("someone else's file", encoding="utf-8")
    link = tmp_path / "lank.pdf"
    link.symlink_to(target)
    answers(monkeypatch, link)
    saving.save_file(debrief, "Spara", "x.pdf", debrief.export_pdf)
    debrief.saved_box.close()
    assert target.read_text(encoding="utf-8") == "someone else's file"
    assert not link.is_symlink() and link.read_bytes().startswith(b"%PDF")


def test_the_workshop_exports_refuse_the_workshop_database(window, tmp_path, monkeypatch, seen):
    import ui.workshop as ws

    c = ws.start_workshop(window, window.state.entry("exempel-samtalet"),
                          separate_projector=False)
    while not c.workshop.finished:
        c.set_count(1, 2)
        c.follow_majority()
        c.next()
    window.current_screen().open_debrief()
    debrief = window.current_screen()
    store_file = data_dir() / "workshops.sqlite"
    assert store_file.exists()
    before = store_file.read_bytes()
    csv_path = tmp_path / "rost.csv"
    asked = answers(monkeypatch, store_file, csv_path, store_file.with_name("workshops.sqlite-wal"),
                    tmp_path / "rum.pdf")
    debrief.ask_csv()
    assert store_file.read_bytes() == before
    assert csv_path.read_text(encoding="utf-8-sig").startswith("scenario,decision,")
    assert asked[0].endswith("|csv") and asked[0].split("|")[1].startswith("vagval-workshop-")
    debrief.saved_box.close()
    debrief.ask_pdf()
    assert (tmp_path / "rum.pdf").read_bytes().startswith(b"%PDF")
    assert sum("egna filer" in t for t in seen) == 2
    debrief.saved_box.close()


def test_the_dialog_asks_before_replacing_and_offers_the_right_kind(window):
    pdf = saving.save_dialog(window, "Spara", "a.pdf")
    csv = saving.save_dialog(window, "Spara", "a.csv", "csv")
    for dialog, suffix in ((pdf, "pdf"), (csv, "csv")):
        assert not dialog.testOption(QFileDialog.Option.DontConfirmOverwrite)
        assert dialog.defaultSuffix() == suffix
        assert f"*.{suffix}" in dialog.nameFilters()[0]
        dialog.close()
