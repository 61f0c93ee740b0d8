"""Organisation settings in the app: a locked value, the organisation's defaults under the
user's own, the extra scenario folders (missing, slow, present), a malformed file, the About
dialog and the organisation's name and logo on PDFs."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from simulator import organisation as org_file
from simulator.about import VERSION
from tests.ui.conftest import EXAMPLE, ROOT
from ui import extra_folders
from ui.about_dialog import AboutDialog, about_rows
from ui.paths import data_dir
from ui.pdf import LOGO_RESOURCE, organisation_header, write_pdf
from ui.settings import Settings, active_organisation
from ui.settings_dialog import SettingsDialog


@pytest.fixture
def org_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the organisation file goes; the environment variable points there."""
    path = tmp_path / "etc" / "organisation.toml"
    path.parent.mkdir()
    monkeypatch.setenv(org_file.ENV_VAR, str(path))
    return path


def write_org(path: Path, body: str) -> None:
    path.write_text('format = "vagval-organisation/1"\n' + body, encoding="utf-8")


def user_ini(text: str) -> None:
    ini = data_dir() / "settings.ini"
    ini.write_text("[General]\n" + text, encoding="utf-8")


def test_a_locked_value_beats_the_users_own_and_cannot_be_changed(qapp, org_path):
    write_org(org_path, '[settings]\nfeedback_mode = "end"\ntheme = "dark"\n'
                        'locked = ["feedback_mode"]\n')
    user_ini("feedback_mode=direct\ntheme=contrast\n")
    s = Settings.load()
    assert s.feedback_mode == "end"  # locked: the organisation's, whatever the user's file says
    assert s.theme == "contrast"  # not locked: the user's own choice wins over the default
    assert s.locked("feedback_mode") and not s.locked("theme")
    assert s.set("feedback_mode", "direct") is False and s.feedback_mode == "end"
    s.theme = "dark"  # back to the organisation's default: nothing of it left in the user file
    s.save()
    ini = (data_dir() / "settings.ini").read_text(encoding="utf-8")
    assert "feedback_mode" not in ini and "theme" not in ini
    assert Settings.load().from_organisation("theme")

    dialog = SettingsDialog(Settings.load())
    assert not dialog.feedback.isEnabled()
    assert dialog.org_hints["feedback_mode"].text() == "Låst av din organisation"
    assert dialog.org_hints["theme"].text() == "Din organisations val"
    assert "language" not in dialog.org_hints  # the organisation says nothing about it
    dialog.feedback.setCurrentIndex(dialog.feedback.findData("direct"))  # even if forced
    assert dialog.values().feedback_mode == "end"
    assert "Från organisationen" in [w.text() for w in dialog.findChildren(type(dialog.org_hints
                                                                                 ["theme"]))]
    dialog.deleteLater()


def test_the_window_keeps_a_locked_value_when_settings_are_applied(make_window, org_path):
    write_org(org_path, '[settings]\nlanguage = "sv"\nlocked = ["language"]\n')
    window = make_window()
    new = Settings.load()
    new.language = "en"  # as if a dialog had let it through
    window.apply_settings(new)
    assert window.settings.language == "sv"
    assert window.action_library.text() == "Bibliotek"


def test_the_organisations_default_applies_until_the_user_chooses(qapp, org_path):
    write_org(org_path, '[settings]\ntext_scale = 150\n')
    assert Settings.load().text_scale == 150
    user_ini("text_scale=110\n")
    assert Settings.load().text_scale == 110


def test_a_missing_network_folder_does_not_stop_the_library(make_window, org_path, tmp_path,
                                                            qtbot):
    gone = tmp_path / "share-that-is-gone"
    write_org(org_path, f'[scenarios]\nfolders = ["{gone.as_posix()}"]\n')
    window = make_window()
    assert window.state.entry("exempel-samtalet") is not None  # the shipped part is there
    qtbot.waitUntil(window.extra_folders.done, timeout=10_000)
    [status] = window.extra_folders.statuses
    assert status.state == extra_folders.MISSING
    message = window.statusBar().currentMessage()
    assert str(gone) in message and "Går inte att nå" in message
    rows = dict(about_rows(window.settings, window.extra_folders))
    assert "Mappen finns inte" in rows["Scenariomapp"]


def test_a_slow_folder_is_reported_and_its_scenarios_come_in_late(make_window, org_path,
                                                                  tmp_path, qtbot, monkeypatch):
    share = tmp_path / "share"
    share.mkdir()
    text = EXAMPLE.read_text(encoding="utf-8").replace("id: exempel-samtalet",
                                                       "id: kommunens-egna", 1)
    (share / "kommunens-egna.md").write_text(text, encoding="utf-8")
    write_org(org_path, f'[scenarios]\nfolders = ["{share.as_posix()}"]\ntimeout_seconds = 1\n')
    answer = threading.Event()
    real = extra_folders.load_folder

    def slow_share(folder: Path):
        answer.wait(30)  # a share that hangs until the test lets it answer
        return real(folder)

    monkeypatch.setattr(extra_folders, "load_folder", slow_share)
    window = make_window()  # returns although the share has not answered
    assert window.state.entry("exempel-samtalet") is not None
    assert window.state.entry("kommunens-egna") is None
    qtbot.waitUntil(lambda: window.extra_folders.statuses[0].state == extra_folders.SLOW,
                    timeout=10_000)
    assert "Svarar inte" in window.statusBar().currentMessage()
    answer.set()
    qtbot.waitUntil(window.extra_folders.done, timeout=10_000)
    status = window.extra_folders.statuses[0]
    assert status.state == extra_folders.LOADED and status.late
    assert window.state.entry("kommunens-egna") is not None
    assert "1 scenarier inlästa" in window.statusBar().currentMessage()


def test_a_present_folder_adds_its_scenarios_but_not_a_second_copy(make_window, org_path,
                                                                     tmp_path, qtbot):
    share = tmp_path / "share"
    share.mkdir()
    (share / "samma.md").write_bytes(EXAMPLE.read_bytes())  # same id as the library's own
    text = EXAMPLE.read_text(encoding="utf-8").replace("id: exempel-samtalet",
                                                       "id: kommunens-egna", 1)
    (share / "egen.md").write_text(text, encoding="utf-8")
    write_org(org_path, f'[scenarios]\nfolders = ["{share.as_posix()}"]\n')
    window = make_window()
    qtbot.waitUntil(window.extra_folders.done, timeout=10_000)
    ids = [e.scenario.id for e in window.state.entries if e.ok]
    assert sorted(ids) == ["exempel-samtalet", "kommunens-egna"]


def test_a_malformed_file_is_reported_and_the_app_still_starts(make_window, org_path):
    org_path.write_text('format = "vagval-organisation/1"\n[settings\n', encoding="utf-8")
    window = make_window()
    assert window.state.entry("exempel-samtalet") is not None
    box = window.organisation_problem_box
    assert box.isVisible()
    assert str(org_path) in box.detailedText()
    assert "TOML" in box.detailedText()
    assert window.settings.organisation.settings == {}


def test_about_dialog_tells_version_guidance_licence_and_data_folder(make_window, org_path,
                                                                     qtbot):
    write_org(org_path, '[organisation]\nname = "Exempelby kommun"\nlogo = "saknas.png"\n'
                        '[lrs]\nendpoint = "https://lrs.exempelby.se/xapi/"\n')
    window = make_window()
    window.show_about()
    dialog = window.about_dialog
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    rows = dict(dialog.rows)
    assert rows["Version"] == VERSION
    assert re.fullmatch(r"\d{4}-\d{2}", rows["Vägledningens version"])
    assert "Proprietär" in rows["Licens"]
    assert rows["Dina data"] == str(data_dir())
    assert rows["Organisationens inställningar"] == str(org_path)
    assert rows["Organisation"] == "Exempelby kommun"
    assert rows["LRS-adress"] == "https://lrs.exempelby.se/xapi/"
    assert "saknas.png" in rows["Logotyp"] and "finns inte" in rows["Logotyp"]
    assert window.settings.organisation.lrs_endpoint == "https://lrs.exempelby.se/xapi/"
    dialog.close()


def test_about_without_an_organisation_file_says_where_it_looks(qapp, org_path):
    rows = dict(about_rows(Settings.load()))
    assert str(org_path) in rows["Organisationens inställningar"]
    assert "Ingen fil" in rows["Organisationens inställningar"]


def test_pdfs_carry_the_organisations_name_and_logo(qapp, org_path, tmp_path):
    logo = QImage(40, 20, QImage.Format.Format_ARGB32)
    logo.fill(QColor("#2d7f8c"))
    assert logo.save(str(org_path.parent / "logo.png"))
    write_org(org_path, '[organisation]\nname = "Exempelby & Co"\nlogo = "logo.png"\n')
    Settings.load()
    org = active_organisation()
    html, images = organisation_header(org)
    assert "Exempelby &amp; Co" in html and LOGO_RESOURCE in html
    assert not images[LOGO_RESOURCE].isNull()
    pdf = write_pdf(tmp_path / "intyg.pdf", "<p>Intyg</p>", "Intyg")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and b"/Subtype /Image" in data  # the logo is in it
    plain = write_pdf(tmp_path / "utan.pdf", "<p>Intyg</p>", "Intyg",
                      organisation=org_file.Organisation())
    assert b"/Subtype /Image" not in plain.read_bytes()


def test_main_py_smoke_test_from_source_with_a_missing_share(org_path, tmp_path):
    """`python main.py --smoke-test` (what the packaging check runs from the bundle) works from
    the source tree: first paint, library, Qt's Swedish texts, exit 0, even with a share gone."""
    write_org(org_path, f'[scenarios]\nfolders = ["{(tmp_path / "gone").as_posix()}"]\n')
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")  # the data folder and org file: fixtures
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--smoke-test"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-800:]
    assert "smoke-test: painted on offscreen" in done.stdout
    assert "Qt translation yes" in done.stdout
    assert f"data folder {data_dir()}" in done.stdout


def test_a_named_pipe_as_the_logo_does_not_freeze_the_pdf_export(qapp, tmp_path):
    """The logo's path comes from the organisation file; QImage(path) opened whatever it
    named, so a named pipe there froze the app at every PDF export (the room's debrief, the
    certificate). The logo is now read as a bounded regular file and decoded from memory."""
    from tests.planted import pipe_with_writer
    from ui.pdf import load_logo

    png = (ROOT / "assets" / "icons" / "vagval-32.png").read_bytes()
    pipe = tmp_path / "logo.png"
    org = org_file.Organisation(path=tmp_path / "organisation.toml", name="Kommunen", logo=pipe)
    with pipe_with_writer(pipe, png) as taken:
        html, images = organisation_header(org)
        assert not taken  # never opened
    assert images == {} and "Kommunen" in html and "<img" not in html
    (tmp_path / "zero.png").symlink_to("/dev/zero")
    assert load_logo(tmp_path / "zero.png") is None
    assert load_logo(tmp_path / "a\x00b.png") is None  # ValueError (embedded null byte) before
    real = tmp_path / "real.png"
    real.write_bytes(png)
    html, images = organisation_header(org_file.Organisation(path=org.path, logo=real))
    assert LOGO_RESOURCE in images and "<img" in html
