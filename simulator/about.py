"""What the About dialog and `main.py --version` tell: the program's version, the version of
the guidance catalogue the shipped scenarios follow, and the licence."""

from __future__ import annotations

from pathlib import Path

from simulator import __version__

VERSION = __version__
SHIPPED_CATALOGUE = Path(__file__).resolve().parent.parent / "scenarios" / "guidance.md"
LICENCE = {
    "sv": "Proprietär programvara: får användas enligt avtalet med den som gav er programmet. "
          "Delar från andra projekt (Qt för Python under LGPL v3 med flera) står i "
          "THIRD-PARTY.md i programmets mapp.",
    "en": "Proprietary software: use is governed by the agreement with whoever supplied it. "
          "Parts from other projects (Qt for Python under the LGPL v3 and others) are listed in "
          "THIRD-PARTY.md in the program's folder.",
}


def guidance_version(path: Path | None = None) -> str:
    """The `version:` of the guidance catalogue (default: the shipped one); "" if unreadable."""
    from simulator.format.catalogue import parse_catalogue
    from simulator.format.diagnostics import Collector

    file = path or SHIPPED_CATALOGUE
    try:
        raw = file.read_bytes()
    except OSError:
        return ""
    catalogue = parse_catalogue(raw, str(file), Collector(str(file)))
    return catalogue.version if catalogue is not None else ""


def version_text() -> str:
    """Two lines for `main.py --version`."""
    guidance = guidance_version() or "okänd / unknown"
    return f"Vägval {VERSION}\nvägledning / guidance {guidance}"
