"""Organisation-wide settings: one machine-wide file that the IT department places.

Where the file is looked for (the first rule that applies):

* the ``VAGVAL_ORG_SETTINGS`` environment variable, a path to the file (tests and pilots);
* Windows: ``%ProgramData%\\Vagval\\organisation.toml``;
* macOS: ``/Library/Application Support/Vagval/organisation.toml``;
* elsewhere: ``/etc/vagval/organisation.toml``.

The format (TOML, read with the standard library's ``tomllib``) is described in
``docs/install.md``. A missing file is normal (no organisation settings). A file that cannot be
read or parsed is ignored as a whole; a value that is wrong is ignored on its own. Either way
the fault becomes a :class:`Problem` with a plain Swedish and English message naming the file
and the key, and never an exception.

This module imports nothing from the rest of Vägval and nothing heavy: the app reads the file
before its first paint.
"""

from __future__ import annotations

import os
import sys
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from simulator.format.reading import FileTooLarge, NotAFile, read_file

ENV_VAR = "VAGVAL_ORG_SETTINGS"
FILE_NAME = "organisation.toml"
FORMAT = "vagval-organisation/1"
MAX_FILE_BYTES = 256 * 1024
DEFAULT_FOLDER_TIMEOUT = 10.0  # seconds before a slow scenario folder is reported
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg")

# The user settings an organisation may set and lock, with the values each accepts.
SETTING_CHOICES: dict[str, tuple[str, ...]] = {
    "language": ("sv", "en"),
    "theme": ("light", "dark", "contrast"),
    "feedback_mode": ("direct", "end"),
}
TEXT_SCALE_RANGE = (100, 200)
USER_SETTINGS = ("language", "text_scale", "theme", "feedback_mode")

_TEXT: dict[str, tuple[str, str]] = {
    "unreadable": ("Filen kan inte läsas ({reason}). Organisationens inställningar används inte.",
                   "The file cannot be read ({reason}). The organisation settings are not used."),
    "too_large": ("Filen är större än {limit} byte. Organisationens inställningar används inte.",
                  "The file is larger than {limit} bytes. The organisation settings are not used."),
    "not_file": ("Sökvägen pekar inte på en vanlig fil (utan på en mapp, en enhet eller en "
                 "namngiven pipe). Organisationens inställningar används inte.",
                 "The path does not lead to a regular file (but to a folder, a device or a "
                 "named pipe). The organisation settings are not used."),
    "not_utf8": ("Filen är inte sparad som UTF-8. Organisationens inställningar används inte.",
                 "The file is not saved as UTF-8. The organisation settings are not used."),
    "syntax": ("Filen följer inte TOML-formatet: {detail}. Organisationens inställningar används "
               "inte.",
               "The file is not valid TOML: {detail}. The organisation settings are not used."),
    "format": ("Första raden ska vara format = \"{expected}\", men filen anger {found}. "
               "Organisationens inställningar används inte.",
               "The first key must be format = \"{expected}\", but the file says {found}. "
               "The organisation settings are not used."),
    "unknown": ("Okänd nyckel {key}; den hoppas över. Kontrollera stavningen.",
                "Unknown key {key}; it is skipped. Check the spelling."),
    "not_table": ("{key} ska vara en sektion [{key}]; den hoppas över.",
                  "{key} must be a section [{key}]; it is skipped."),
    "not_text": ("{key} ska vara en text inom citattecken; värdet hoppas över.",
                 "{key} must be text in quotes; the value is skipped."),
    "empty": ("{key} är tom; värdet hoppas över.", "{key} is empty; the value is skipped."),
    "logo_missing": ("Logotypen {path} ({key}) finns inte eller kan inte läsas; intyg och PDF "
                     "blir utan logotyp.",
                     "The logo {path} ({key}) does not exist or cannot be read; certificates and "
                     "PDFs have no logo."),
    "path_control": ("{key} innehåller ett styrtecken ({char}), som en sökväg inte får ha: "
                     "{value}; det hoppas över.",
                     "{key} contains a control character ({char}), which a path may not hold: "
                     "{value}; it is skipped."),
    "logo_kind": ("Logotypen {path} ({key}) ska vara en PNG-, JPEG- eller SVG-fil; den används "
                  "inte.",
                  "The logo {path} ({key}) must be a PNG, JPEG or SVG file; it is not used."),
    "url": ("{key} ska vara en webbadress som börjar med https:// eller http://, inte {value}; "
            "värdet hoppas över.",
            "{key} must be a web address starting with https:// or http://, not {value}; the "
            "value is skipped."),
    "folders": ("{key} ska vara en lista med mappar, till exempel [\"/srv/vagval\"]; den hoppas "
                "över.",
                "{key} must be a list of folders, for example [\"/srv/vagval\"]; it is skipped."),
    "timeout": ("{key} ska vara ett antal sekunder mellan 1 och 120, inte {value}; {default} s "
                "används.",
                "{key} must be a number of seconds from 1 to 120, not {value}; {default} s is "
                "used."),
    "choice": ("{key} ska vara ett av {choices}, inte {value}; värdet hoppas över.",
               "{key} must be one of {choices}, not {value}; the value is skipped."),
    "scale": ("{key} ska vara ett heltal från {low} till {high}, inte {value}; värdet hoppas över.",
              "{key} must be a whole number from {low} to {high}, not {value}; the value is "
              "skipped."),
    "locked_list": ("{key} ska vara en lista med inställningar, till exempel [\"feedback_mode\"]; "
                    "ingen inställning låses.",
                    "{key} must be a list of settings, for example [\"feedback_mode\"]; no "
                    "setting is locked."),
    "locked_unknown": ("{key} nämner {value}, som inte är en inställning som kan låsas ({choices}); "
                       "den hoppas över.",
                       "{key} names {value}, which is not a setting that can be locked "
                       "({choices}); it is skipped."),
}


@dataclass(frozen=True)
class Problem:
    """One fault in the organisation file, with the file and key it concerns."""

    path: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str = "sv") -> str:
        sv, en = _TEXT[self.code]
        text = (en if lang == "en" else sv).format(**self.params)
        where = "Organisationens inställningsfil" if lang != "en" else "Organisation settings file"
        return f"{where} {self.path}: {text}"


@dataclass(frozen=True)
class Organisation:
    """What the organisation file says; every field empty when there is no file."""

    path: Path | None = None  # the file that was read (None: there is none)
    name: str = ""
    logo: Path | None = None
    lrs_endpoint: str = ""  # where results go when a trainee opts in (simulator/lrs, docs/xapi.md)
    scenario_folders: tuple[Path, ...] = ()
    folder_timeout: float = DEFAULT_FOLDER_TIMEOUT
    settings: dict[str, Any] = field(default_factory=dict)  # values for USER_SETTINGS
    locked: frozenset[str] = frozenset()
    problems: tuple[Problem, ...] = ()

    @property
    def found(self) -> bool:
        return self.path is not None

    def locks(self, key: str) -> bool:
        return key in self.locked

    def sets(self, key: str) -> bool:
        return key in self.settings


def default_path() -> Path:
    """Where the file is looked for on this machine (see the module docstring)."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    if sys.platform.startswith("win"):
        base = os.environ.get("PROGRAMDATA") or r"C:\ProgramData"  # case-blind on Windows
        return Path(base) / "Vagval" / FILE_NAME
    if sys.platform == "darwin":
        return Path("/Library/Application Support/Vagval") / FILE_NAME
    return Path("/etc/vagval") / FILE_NAME


def load(path: str | os.PathLike[str] | None = None) -> Organisation:
    """Read the organisation file (default: :func:`default_path`). Never raises."""
    file = Path(path) if path is not None else default_path()
    shown = str(file)
    try:
        if not file.exists():
            return Organisation()
        raw = read_file(file, MAX_FILE_BYTES)  # a named pipe or /dev/zero: never waits
    except FileTooLarge:
        return Organisation(file, problems=(Problem(shown, "too_large",
                                                    {"limit": MAX_FILE_BYTES}),))
    except NotAFile:
        return Organisation(file, problems=(Problem(shown, "not_file"),))
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return Organisation(file, problems=(Problem(shown, "unreadable", {"reason": reason}),))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return Organisation(file, problems=(Problem(shown, "not_utf8"),))
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return Organisation(file, problems=(Problem(shown, "syntax", {"detail": str(exc)}),))
    except RecursionError:  # tomllib parses nested arrays and tables recursively
        return Organisation(file, problems=(Problem(shown, "syntax", {
            "detail": "nested too deeply / för djupt nästlat"}),))
    return _from_data(file, data)


def _from_data(file: Path, data: dict[str, Any]) -> Organisation:
    shown = str(file)
    problems: list[Problem] = []

    def problem(code: str, **params: Any) -> None:
        problems.append(Problem(shown, code, params))

    if data.get("format") != FORMAT:
        found = repr(data["format"]) if "format" in data else "inget format / no format"
        problem("format", expected=FORMAT, found=found)
        return Organisation(file, problems=tuple(problems))

    sections = {"organisation", "lrs", "scenarios", "settings"}
    tables: dict[str, dict[str, Any]] = {}
    for key, value in data.items():
        if key == "format":
            continue
        if key not in sections:
            problem("unknown", key=key)
        elif not isinstance(value, dict):
            problem("not_table", key=key)
        else:
            tables[key] = value

    def text(section: str, key: str) -> str:
        value = tables.get(section, {}).get(key)
        if value is None:
            return ""
        if not isinstance(value, str):
            problem("not_text", key=f"{section}.{key}")
            return ""
        if not value.strip():
            problem("empty", key=f"{section}.{key}")
        return value.strip()

    def known(section: str, keys: tuple[str, ...]) -> None:
        for key in tables.get(section, {}):
            if key not in keys:
                problem("unknown", key=f"{section}.{key}")

    known("organisation", ("name", "logo"))
    known("lrs", ("endpoint",))
    known("scenarios", ("folders", "timeout_seconds"))
    known("settings", (*USER_SETTINGS, "locked"))

    name = text("organisation", "name")
    logo = _logo(file, text("organisation", "logo"), problem)
    endpoint = text("lrs", "endpoint")
    if endpoint and not endpoint.lower().startswith(("https://", "http://")):
        problem("url", key="lrs.endpoint", value=repr(endpoint))
        endpoint = ""
    folders, timeout = _folders(file, tables.get("scenarios", {}), problem)
    settings = _settings(tables.get("settings", {}), problem)
    locked = _locked(tables.get("settings", {}).get("locked"), problem)
    return Organisation(file, name, logo, endpoint, folders, timeout, settings, locked,
                        tuple(problems))


def _resolve(file: Path, value: str) -> Path:
    """A path in the file: absolute as written, else relative to the file's own folder."""
    path = Path(os.path.expandvars(value)).expanduser()
    return path if path.is_absolute() or value.startswith("\\\\") else file.parent / path


def _control(value: str, key: str, problem: Any) -> bool:
    """Does a path from the file hold a control character? TOML can write one ("\\u0000"), and
    a NUL in a path makes every file operation raise ValueError rather than OSError, which the
    PDF export and the folder loader did not expect."""
    for char in value:
        if unicodedata.category(char) == "Cc":
            problem("path_control", key=key, char=f"U+{ord(char):04X}", value=repr(value))
            return True
    return False


def _logo(file: Path, value: str, problem: Any) -> Path | None:
    """The logo's path. Whether the file is there is not asked here: the logo may sit on a
    network share, and this runs before the first paint (see :func:`logo_problem`)."""
    if not value or _control(value, "organisation.logo", problem):
        return None
    path = _resolve(file, value)
    if path.suffix.lower() not in LOGO_SUFFIXES:
        problem("logo_kind", key="organisation.logo", path=str(path))
        return None
    return path


def logo_problem(org: Organisation) -> Problem | None:
    """A Problem when the organisation names a logo that cannot be read; may block on a slow
    share, so the app asks only when the user opens About or a PDF is written."""
    if org.logo is None or org.path is None:
        return None
    try:
        ok = org.logo.is_file() and os.access(org.logo, os.R_OK)
    except OSError:
        ok = False
    if ok:
        return None
    return Problem(str(org.path), "logo_missing", {"key": "organisation.logo", "path": str(org.logo)})


def _folders(file: Path, table: dict[str, Any], problem: Any) -> tuple[tuple[Path, ...], float]:
    """The extra scenario folders. Their existence is NOT checked here: a network share may take
    long to answer, and this runs before the first paint (the app checks them in a thread)."""
    folders: list[Path] = []
    raw = table.get("folders", [])
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or not all(isinstance(f, str) for f in raw):
        problem("folders", key="scenarios.folders")
        raw = []
    for value in raw:
        if value.strip() and not _control(value, "scenarios.folders", problem):
            folders.append(_resolve(file, value.strip()))
    timeout = DEFAULT_FOLDER_TIMEOUT
    if "timeout_seconds" in table:
        value = table["timeout_seconds"]
        if isinstance(value, int | float) and not isinstance(value, bool) and 1 <= value <= 120:
            timeout = float(value)
        else:
            problem("timeout", key="scenarios.timeout_seconds", value=repr(value),
                    default=int(DEFAULT_FOLDER_TIMEOUT))
    return tuple(folders), timeout


def _settings(table: dict[str, Any], problem: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, choices in SETTING_CHOICES.items():
        if key in table:
            value = table[key]
            if isinstance(value, str) and value in choices:
                out[key] = value
            else:
                problem("choice", key=f"settings.{key}", value=repr(value),
                        choices=", ".join(choices))
    if "text_scale" in table:
        value = table["text_scale"]
        low, high = TEXT_SCALE_RANGE
        if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
            out["text_scale"] = value
        else:
            problem("scale", key="settings.text_scale", value=repr(value), low=low, high=high)
    return out


def _locked(raw: Any, problem: Any) -> frozenset[str]:
    if raw is None:
        return frozenset()
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or not all(isinstance(k, str) for k in raw):
        problem("locked_list", key="settings.locked")
        return frozenset()
    locked = set()
    for key in raw:
        if key in USER_SETTINGS:
            locked.add(key)
        else:
            problem("locked_unknown", key="settings.locked", value=repr(key),
                    choices=", ".join(USER_SETTINGS))
    return frozenset(locked)
