"""Om Vägval: the version, the guidance version, the licence, where the data is kept, and what
the organisation's settings file says (Shift+F1)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QFormLayout, QVBoxLayout, QWidget

from simulator.about import LICENCE, VERSION, guidance_version
from ui.i18n import current_language, tr
from ui.paths import data_dir, error_log_path, settings_path
from ui.settings import Settings
from ui.widgets import FitScrollArea, close_buttons, label


def about_rows(settings: Settings, folders: Any = None) -> list[tuple[str, str]]:
    """(heading, text) pairs the dialog shows; plain data so tests can read them."""
    org = settings.organisation
    rows = [
        (tr("Version"), VERSION),
        (tr("Vägledningens version"), guidance_version() or tr("okänd")),
        (tr("Licens"), LICENCE["en" if current_language() == "en" else "sv"]),
        (tr("Dina data"), str(data_dir())),
        (tr("Dina inställningar"), str(settings_path())),
        (tr("Fellogg"), str(error_log_path())),
    ]
    from simulator.organisation import default_path

    if org.found:
        rows.append((tr("Organisationens inställningar"), str(org.path)))
        if org.name:
            rows.append((tr("Organisation"), org.name))
        if org.logo is not None:
            from simulator.organisation import logo_problem

            missing = logo_problem(org)  # asked here, not at start-up: it may be on a share
            rows.append((tr("Logotyp"), missing.message(current_language()) if missing
                         else str(org.logo)))
        if org.lrs_endpoint:
            rows.append((tr("LRS-adress"), org.lrs_endpoint))
        statuses = getattr(folders, "statuses", None) or []
        for status in statuses:
            rows.append((tr("Scenariomapp"), f"{status.path} – {status.describe()}"))
        if not statuses:
            for path in org.scenario_folders:
                rows.append((tr("Scenariomapp"), str(path)))
        if org.problems:
            rows.append((tr("Fel i filen"), "\n".join(
                p.message(current_language()) for p in org.problems)))
    else:
        rows.append((tr("Organisationens inställningar"),
                     tr("Ingen fil (letar efter {path}).").format(path=default_path())))
    return rows


class AboutDialog(QDialog):
    def __init__(self, settings: Settings, folders: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Om Vägval"))
        self.setAccessibleName(tr("Om Vägval"))
        layout = QVBoxLayout(self)
        layout.addWidget(label(tr("Om Vägval"), "heading"))
        layout.addWidget(label(tr("Vägval – övningar i att möta våldsutsatta")))
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        # the rows wrap (a path may break after any separator) and scroll when they are taller
        # than the dialog: at 200 % text they were squeezed to one line each
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.rows = about_rows(settings, folders)
        for heading, text in self.rows:
            value = label(breakable(text))
            value.setAccessibleName(f"{heading}: {text}")
            form.addRow(heading, value)
        self.rows_area = FitScrollArea()
        self.rows_area.setWidget(page)
        layout.addWidget(self.rows_area, 1)
        layout.addWidget(close_buttons(self))
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(900, int(screen.width() * 0.9)), min(700, int(screen.height() * 0.85)))


def breakable(text: str) -> str:
    """Text whose paths can wrap after each folder separator (a zero-width space there)."""
    return text.replace("/", "/\u200b").replace("\\", "\\\u200b")
