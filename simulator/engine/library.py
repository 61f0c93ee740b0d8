"""Loading content: the guidance catalogue, one scenario, or a whole library of scenario files.

Nothing here raises on bad content: every fault becomes a Diagnostic on the returned value.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from simulator.engine.analysis import Analysis, analyse, gc_paused
from simulator.engine.guessability import measure, report
from simulator.format.catalogue import parse_catalogue
from simulator.format.diagnostics import Collector, Diagnostic, Text, has_errors
from simulator.format.header import MAX_FILE_BYTES
from simulator.format.model import Catalogue, Choice, Scenario
from simulator.format.parser import parse_scenario
from simulator.format.reading import FileTooLarge, NotAFile, read_file

CATALOGUE_NAME = "guidance.md"
PLACES_LISTED = 5  # places named in a severity-consistency warning; the rest are counted
SEVERITY_WORDS = {True: ("kritiskt", "critical"), False: ("icke-kritiskt", "non-critical")}
PROJECT_ROOT = Path(__file__).resolve().parents[2]
SCENARIO_DIR = PROJECT_ROOT / "scenarios"


@dataclass
class CatalogueLoad:
    catalogue: Catalogue | None
    diagnostics: list[Diagnostic]


@dataclass
class Loaded:
    """One scenario file after loading and analysis."""

    path: str
    scenario: Scenario | None
    analysis: Analysis | None
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.scenario is not None and self.analysis is not None and not has_errors(
            self.diagnostics)


def default_catalogue_path() -> Path:
    return SCENARIO_DIR / CATALOGUE_NAME


def _read_bytes(path: str, out: Collector) -> bytes | None:
    try:
        return read_file(path, MAX_FILE_BYTES)
    except NotAFile:
        out.error(0, "file-not-regular")
        return None
    except FileTooLarge as exc:
        out.error(0, "file-too-large", size=exc.size, limit=MAX_FILE_BYTES)
        return None
    except OSError as exc:
        out.error(0, "file-missing", reason=exc.strerror or type(exc).__name__)
        return None


def _internal(path: str, exc: BaseException) -> Diagnostic:
    """A fault in Vägval itself met while reading one file: that file is unusable, the rest
    of the library is not touched."""
    return Diagnostic(path, 0, 0, "error", "file-internal", {"kind": type(exc).__name__})


def load_catalogue(path: str | os.PathLike[str]) -> CatalogueLoad:
    out = Collector(str(path))
    try:
        raw = _read_bytes(str(path), out)
        catalogue = parse_catalogue(raw, str(path), out) if raw is not None else None
    except Exception as exc:
        return CatalogueLoad(None, [*out.items, _internal(str(path), exc)])
    return CatalogueLoad(catalogue, sorted(out.items, key=Diagnostic.sort_key))


def find_catalogue(scenario_path: str | os.PathLike[str]) -> Path | None:
    """The nearest guidance.md in the scenario's folder or above, else the shipped one."""
    folder = Path(scenario_path).resolve().parent
    for candidate in (folder, *folder.parents):
        path = candidate / CATALOGUE_NAME
        if path.is_file():
            return path
    shipped = default_catalogue_path()
    return shipped if shipped.is_file() else None


def load_scenario(path: str | os.PathLike[str], catalogue: Catalogue | None = None,
                  raw: bytes | None = None) -> Loaded:
    """Load, check and analyse one scenario file (or the given bytes, reported as `path`).

    Never raises for a file's content: even a fault in Vägval itself becomes a diagnostic on
    this one file (the loader's bounds should make that impossible; this is the last guard)."""
    try:
        return _load_scenario(path, catalogue, raw)
    except Exception as exc:
        return Loaded(str(path), None, None, [_internal(str(path), exc)])


def _load_scenario(path: str | os.PathLike[str], catalogue: Catalogue | None,
                   raw: bytes | None) -> Loaded:
    out = Collector(str(path))
    if raw is None:
        raw = _read_bytes(str(path), out)
    scenario = None
    analysis = None
    if raw is not None:
        if catalogue is None:
            out.warning(0, "catalogue-missing")
        with gc_paused():
            scenario = parse_scenario(raw, str(path), catalogue, out)
    if scenario is not None:
        if catalogue is not None and scenario.guidance_version != catalogue.version:
            out.warning(0, "guidance-version", found=scenario.guidance_version,
                        expected=catalogue.version)
        # Analysed even with errors, so that one run lists every fault the graph shows.
        analysis = analyse(scenario, out)
        if analysis is not None:
            analysis.guessability = measure(analysis.decision_points())
            report(analysis.guessability, scenario.nodes[scenario.start].line, out)
    return Loaded(str(path), scenario, analysis, sorted(out.items, key=Diagnostic.sort_key))


def scenario_files(paths: list[str | os.PathLike[str]]) -> list[Path]:
    """Expand folders into their scenario files (every *.md except the catalogue), sorted."""
    files: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            files.extend(sorted(p for p in _markdown_under(path)
                                if p.name != CATALOGUE_NAME and p.is_file()))
        else:
            files.append(path)
    return files


def _markdown_under(folder: Path) -> Iterator[Path]:
    """Every *.md below ``folder``, folders walked with a stack of their own: Path.rglob
    recursed once per level, so a folder nested 1,500 deep raised RecursionError (an internal
    error in `validate`, the library stopped). Linked folders are not entered (as rglob did
    not), so a link loop cannot make the walk endless; a folder that cannot be read is
    skipped."""
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as entries:
                for entry in entries:
                    try:
                        if entry.is_dir(follow_symlinks=False):
                            stack.append(Path(entry.path))
                        elif fnmatch.fnmatch(entry.name, "*.md"):
                            yield Path(entry.path)
                    except OSError:
                        continue
        except OSError:
            continue


def load_library(paths: list[str | os.PathLike[str]] | None = None,
                 catalogue_path: str | os.PathLike[str] | None = None) -> list[Loaded]:
    """Load every scenario under `paths` (default: the shipped scenarios folder).

    Each file uses `catalogue_path` if given, else the nearest guidance.md. Catalogue faults are
    reported on every scenario that depends on it, and duplicate scenario ids across files are
    errors.
    """
    files = scenario_files(list(paths) if paths else [SCENARIO_DIR])
    catalogues: dict[Path, CatalogueLoad] = {}
    results: list[Loaded] = []
    seen: dict[str, str] = {}
    for file in files:
        cat_path = Path(catalogue_path) if catalogue_path else find_catalogue(file)
        cat_load = None
        if cat_path is not None:
            key = cat_path.resolve()
            if key not in catalogues:
                catalogues[key] = load_catalogue(cat_path)
            cat_load = catalogues[key]
        loaded = load_scenario(file, cat_load.catalogue if cat_load else None)
        if cat_load is not None and cat_load.diagnostics:
            loaded.diagnostics = [*cat_load.diagnostics, *loaded.diagnostics]
        scenario = loaded.scenario
        if scenario is not None:
            sid = scenario.id
            if sid in seen:
                loaded.diagnostics.append(Diagnostic(str(file), 1, 0, "error",
                                                     "scenario-duplicate",
                                                     {"id": sid, "other": seen[sid]}))
            else:
                seen[sid] = str(file)
        results.append(loaded)
    _severity_consistency(results)
    return results


def _severity_consistency(items: list[Loaded]) -> None:
    """Warn where a principle is broken by a critical choice in one place and by a non-critical
    choice in another, anywhere in the library (a choice with `critical_reason:` says why it
    differs and is left out). One warning per principle and file, at the first such choice in
    the file, listing the places with the other severity."""
    places: dict[str, dict[bool, list[tuple[int, Choice]]]] = {}
    for position, item in enumerate(items):
        if item.scenario is None:
            continue
        for node in item.scenario.nodes.values():
            for choice in node.choices:
                if choice.critical_reason:
                    continue
                for broken in choice.breaks:
                    places.setdefault(broken, {True: [], False: []})[choice.critical].append(
                        (position, choice))
    for pid, found in sorted(places.items()):
        if not found[True] or not found[False]:
            continue
        warned: set[int] = set()
        for position, choice in sorted(found[True] + found[False],
                                       key=lambda pc: (pc[0], pc[1].line)):
            if position in warned:
                continue
            warned.add(position)
            others = found[not choice.critical]
            listed = [f"{items[p].path}:{c.line}" for p, c in others[:PLACES_LISTED]]
            more = len(others) - len(listed)
            text = ", ".join(listed)
            here = SEVERITY_WORDS[choice.critical]
            there = SEVERITY_WORDS[not choice.critical]
            items[position].diagnostics.append(Diagnostic(
                items[position].path, choice.line, 0, "warning", "severity-inconsistent",
                {"id": pid, "here": Text(*here), "there": Text(*there),
                 "places": Text(text + (f" (+{more} till)" if more else ""),
                                text + (f" (+{more} more)" if more else ""))}))
            items[position].diagnostics.sort(key=Diagnostic.sort_key)
