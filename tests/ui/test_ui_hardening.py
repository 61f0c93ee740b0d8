"""The app under hostile files, names and folders (issue 13): it starts, says what is wrong in
plain words, and claims nothing that is not true."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from test_ui_screens import add_trainee


def test_app_starts_in_memory_when_the_data_folder_is_a_file(make_window, _private_data_dir):
    _private_data_dir.parent.mkdir(parents=True, exist_ok=True)
    _private_data_dir.write_text("not a folder", encoding="utf-8")
    window = make_window()  # ui/paths.data_dir used to raise here, before the store's fall-back
    box = window.store_problem_box
    assert box is not None and "inget sparas" in box.text()
    box.close()
    assert window.state.store.durable is False
    add_trainee(window)
    assert window.state.trainee is not None
    assert _private_data_dir.read_text(encoding="utf-8") == "not a folder"


def test_the_crash_dialog_says_saved_only_when_it_is(qapp):
    from ui import errors

    assert "sparade" in errors.crash_text(True)
    assert "sparade" not in errors.crash_text(False)
    assert "sparas inte" in errors.crash_text(False)
    assert errors._saved(None) is False
    assert errors._saved(lambda: True) is True
    assert errors._saved(lambda: 1 / 0 == 0) is False


def test_the_crash_dialog_asks_the_store(make_window, _private_data_dir, monkeypatch):
    import sys

    from ui import errors

    window = make_window()
    said: list[bool] = []
    monkeypatch.setattr(errors, "_message_box", lambda path, saved: said.append(saved))
    old = sys.excepthook
    errors.install(durable=lambda: window.state.store.durable)
    try:
        try:
            raise RuntimeError("x")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        window.state.store.store._to_memory("disk_full", "test")
        try:
            raise RuntimeError("y")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = old
    assert said == [True, False]


def test_the_error_log_is_rotated_and_capped(qapp, _private_data_dir, monkeypatch):
    import sys

    from ui import errors

    monkeypatch.setattr(errors, "MAX_LOG_BYTES", 4000)
    old = sys.excepthook
    errors.install(show=lambda path: None)
    try:
        for _ in range(200):
            try:
                raise KeyError("Anna Andersson")
            except KeyError as exc:
                sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = old
    log = _private_data_dir / "errors.log"
    old_log = _private_data_dir / "errors.log.1"
    assert log.stat().st_size <= 4000 and old_log.stat().st_size <= 4000
    assert sorted(p.name for p in _private_data_dir.iterdir() if "errors" in p.name) == [
        "errors.log", "errors.log.1"]
    assert "Anna" not in log.read_text(encoding="utf-8") + old_log.read_text(encoding="utf-8")
    if os.name == "posix":
        assert stat.S_IMODE(log.stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_settings_file_is_private(qapp, _private_data_dir):
    from ui.settings import Settings

    Settings.load().save()
    path = Path(_private_data_dir) / "settings.ini"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(_private_data_dir.stat().st_mode) == 0o700


def test_a_hidden_character_in_a_new_name_is_explained(make_window):
    window = make_window()
    lib = window.current_screen()
    lib.new_name.setText("Kim\u200b")
    lib.create_trainee()
    assert window.state.trainee is None
    assert "osynligt tecken" in lib.trainee_note.text()
    assert lib.new_name.maxLength() == 60


def test_text_over_the_rendering_limits_never_reaches_the_markdown_renderer(qapp, monkeypatch):
    import ui.markdown_view as markdown_view

    calls: list[str] = []
    real = markdown_view._build_renderer

    def counting():
        md = real()
        convert = md.convert
        md.convert = lambda text: calls.append(text) or convert(text)
        return md

    monkeypatch.setattr(markdown_view, "_renderer", None)
    monkeypatch.setattr(markdown_view, "_build_renderer", counting)
    for attack in ("[" * 20_000 + "x" + "]" * 20_000, "a" * 1_000_000,
                   "\n".join(">" * i + " x" for i in range(1, 2000))):
        html = markdown_view.render(attack)
        assert html.startswith("<p style='white-space:pre-wrap'>") and len(html) < 25_000
    assert calls == []
    assert "[öppna](mål)" in markdown_view.render("Se [öppna](mål).")
    assert calls == ["Se [öppna](mål)."]


# --- real full disk and read-only folder with the app (mounted by the test; needs root) ------

def _chain_library(folder: Path, length: int) -> Path:
    from tests.store.storetools import write_chain

    write_chain(folder, length)
    return folder


def test_full_disk_with_the_app(make_window, tmp_path, monkeypatch):
    from simulator.store.progress import open_store
    from tests.mounts import fill, mounted_tmpfs

    lib = _chain_library(tmp_path / "lib", 40)
    with mounted_tmpfs(tmp_path / "disk", "320k") as disk:
        data = disk / "data"
        monkeypatch.setenv("VAGVAL_DATA_DIR", str(data))
        window = make_window([lib])
        assert window.state.store.durable
        add_trainee(window, "Kim")
        window.open_briefing(window.state.entry("kedja"))
        window.current_screen().start()
        player = window.current_screen()
        filler = fill(disk, leave=96 * 1024)
        acknowledged = 0
        while not player.controller.finished:
            player.choose(player.controller.session.choices[0])
            if window.state.store.durable:
                acknowledged += 1
        box = window.store_problem_box
        assert box is not None
        assert "Disken är full" in box.text() or "kunde inte skrivas" in box.text()
        assert 1 <= acknowledged < 40  # the disk filled mid-attempt
        window.close()
        window.state.store.store.close()
        filler.unlink()
        with open_store(data / "vagval.db") as store:
            kim = store.find_trainee("Kim")
            assert kim is not None
            counts = [r[0] for r in store.db.execute(
                "SELECT step_count FROM attempts WHERE trainee_id = ?", [kim.id])]
        assert counts and counts[0] >= acknowledged


def test_read_only_folder_with_the_app(make_window, tmp_path, monkeypatch):
    from simulator.store.progress import open_store
    from tests.mounts import read_only_view

    source = tmp_path / "data"
    with open_store(source / "vagval.db") as store:
        store.trainee("Kim")
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    before = (source / "vagval.db").read_bytes()
    with read_only_view(source, tmp_path / "ro") as view:
        monkeypatch.setenv("VAGVAL_DATA_DIR", str(view))
        window = make_window()
        box = window.store_problem_box
        assert box is not None and "får inte skriva" in box.text()
        box.close()
        lib = window.current_screen()
        names = [lib.trainee_combo.itemText(i) for i in range(lib.trainee_combo.count())]
        assert "Kim" in names  # the progress is shown
        add_trainee(window, "Ny")  # and the app keeps working
        assert window.state.trainee is not None
        window.close()
    assert (source / "vagval.db").read_bytes() == before


def test_a_named_pipe_as_settings_ini_is_moved_aside_and_said(make_window, _private_data_dir):
    """Qt's QSettings waited for ever on a FIFO planted as settings.ini: the app never started."""
    from tests.planted import pipe_with_writer

    _private_data_dir.mkdir(parents=True, mode=0o700)
    with pipe_with_writer(_private_data_dir / "settings.ini", b"[General]\nlanguage=en\n") as taken:
        window = make_window()
        assert not taken
    assert window.settings.language == "sv"
    moved = window.settings.file_moved_to
    assert moved is not None and stat.S_ISFIFO(moved.lstat().st_mode)
    box = window.settings_problem_box
    assert box is not None and str(moved) in box.text() and "flyttats" in box.text()
    box.close()
    window.settings.save()
    assert (_private_data_dir / "settings.ini").is_file()


def test_saving_settings_never_writes_through_a_planted_link(qapp, _private_data_dir, tmp_path):
    """A link planted as settings.ini made Qt write the settings into the file it points at."""
    from ui.settings import Settings

    victim = tmp_path / "someones-file.txt"
    victim.write_text("keep me", encoding="utf-8")
    _private_data_dir.mkdir(parents=True, mode=0o700)
    (_private_data_dir / "settings.ini").symlink_to(victim)
    settings = Settings.load()
    assert settings.file_moved_to is not None and settings.file_moved_to.is_symlink()
    settings.language = "en"
    settings.save()
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert not (_private_data_dir / "settings.ini").is_symlink()
    assert Settings.load().language == "en"


def test_a_huge_settings_file_is_not_read(qapp, _private_data_dir):
    from ui.settings import MAX_SETTINGS_BYTES, Settings

    _private_data_dir.mkdir(parents=True, mode=0o700)
    (_private_data_dir / "settings.ini").write_bytes(
        b"[General]\nlanguage=en\n" + b"x" * (MAX_SETTINGS_BYTES + 1))
    settings = Settings.load()
    assert settings.language == "sv" and settings.file_moved_to is not None


def test_a_named_pipe_as_the_error_log_does_not_hang_the_crash_dialog(qapp, _private_data_dir):
    """Opening a FIFO errors.log for writing waited for a reader, freezing the app at its first
    error; with a reader there, the log went into the pipe. Now it is refused at once."""
    import sys

    from tests.planted import pipe_with_reader
    from ui import errors

    _private_data_dir.mkdir(parents=True, mode=0o700)
    shown: list[str] = []
    old = sys.excepthook
    errors.install(show=shown.append)
    try:
        with pipe_with_reader(_private_data_dir / "errors.log") as got:
            try:
                raise RuntimeError("x")
            except RuntimeError as exc:
                sys.excepthook(type(exc), exc, exc.__traceback__)
            assert shown == [""]  # the dialog came, without a log file to point at
    finally:
        sys.excepthook = old
    assert got in ([], [b""])


def test_continuing_an_attempt_whose_saved_state_is_unreadable_is_explained(
        make_window, monkeypatch):
    """A stored state that no longer replays (changed by something else: valid JSON of the
    wrong shape) made 'Fortsätt' raise the engine's SessionError into the app."""
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.conftest import add_trainee, open_example

    window = make_window()
    add_trainee(window)
    player = open_example(window)
    player.choose_number(1)
    window.show_library()
    store = window.state.store.store
    store.db.execute("UPDATE attempts SET state = '{}'")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda parent, title, text, *a: said.append(text)))
    (row,) = window.state.unfinished()
    assert window.resume(row) is False
    assert len(said) == 1 and "går inte att läsa" in said[0]
    assert type(window.current_screen()).__name__ == "LibraryView"
