"""Parse the guidance catalogue (format vagval-guidance/1): dimensions and principles."""

from __future__ import annotations

import re

from simulator.format.diagnostics import Collector
from simulator.format.header import decode_text, parse_header
from simulator.format.model import CATALOGUE_FORMAT_VERSION, Catalogue, Dimension, GuidanceId, Principle

_ID = re.compile(r"^[A-Z]{1,6}-\d{2}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FIELDS = ("dimension", "source", "valid_from", "measure", "critical")
_REQUIRED_FIELDS = ("dimension", "source", "valid_from")


def parse_catalogue(raw: bytes, path: str, out: Collector) -> Catalogue | None:
    text = decode_text(raw, out)
    if text is None:
        return None
    lines = text.splitlines()
    header = parse_header(lines, out)
    if header is None:
        return None
    entries = header.entries
    fmt = entries.get("format")
    if fmt is None:
        out.error(1, "format-missing", expected=CATALOGUE_FORMAT_VERSION)
        return None
    if fmt.value != CATALOGUE_FORMAT_VERSION:
        out.error(fmt.line, "format-wrong", found=fmt.value, expected=CATALOGUE_FORMAT_VERSION)
        return None
    for key, entry in entries.items():
        if key not in ("format", "version", "dimensions"):
            out.error(entry.line, "key-unknown", column=1, key=key, hint="")
    version = entries["version"].value if "version" in entries else ""
    if not version:
        out.error(header.end_line, "key-missing", key="version")
    dimensions: dict[str, Dimension] = {}
    dim_entry = entries.get("dimensions")
    for raw_dim, line in dim_entry.items if dim_entry else []:
        dim_id, sep, names = raw_dim.partition(":")
        sv, bar, en = names.partition("|")
        if not sep or not bar or not re.match(r"^[a-z_]+$", dim_id.strip()):
            out.error(line, "dimension-syntax")
            continue
        dimensions[dim_id.strip()] = Dimension(dim_id.strip(), sv.strip(), en.strip())
    if not dimensions:
        out.error(dim_entry.line if dim_entry else header.end_line, "no-dimensions")
    principles = _parse_principles(lines, header.body_start, dimensions, out)
    return Catalogue(version, dimensions, principles, path)


def _parse_principles(lines: list[str], first: int, dimensions: dict[str, Dimension],
                      out: Collector) -> dict[GuidanceId, Principle]:
    sections: list[tuple[int, str, list[tuple[int, str]]]] = []
    for index in range(first, len(lines)):
        raw = lines[index]
        if raw.startswith("## "):
            sections.append((index + 1, raw[3:], []))
        elif sections:
            sections[-1][2].append((index + 1, raw))
    principles: dict[GuidanceId, Principle] = {}
    for line, heading, body in sections:
        gid, sep, title = heading.partition("|")
        gid = gid.strip()
        if not sep or not _ID.match(gid) or not title.strip():
            out.error(line, "principle-syntax")
            continue
        if gid in principles:
            out.error(line, "principle-duplicate", id=gid, first=principles[GuidanceId(gid)].line)
            continue
        fields: dict[str, str] = {}
        text: list[str] = []
        in_fields = True
        for number, raw in body:
            key, colon, value = raw.partition(":")
            if in_fields and colon and key.strip() in _FIELDS and not raw.startswith(" "):
                fields[key.strip()] = value.strip()
                continue
            if in_fields and raw.strip() and colon and re.match(r"^[a-z_]+$", key.strip()):
                out.error(number, "key-unknown", column=1, key=key.strip(), hint="")
                continue
            if raw.strip():
                in_fields = False
            if not in_fields:
                text.append(raw)
        for key in _REQUIRED_FIELDS:
            if not fields.get(key):
                out.error(line, "key-missing", key=f"{gid}: {key}")
        dim = fields.get("dimension", "")
        if dim and dimensions and dim not in dimensions:
            out.error(line, "dimension-unknown", dim=dim, known=", ".join(dimensions))
        valid_from = fields.get("valid_from", "")
        if valid_from and not _DATE.match(valid_from):
            out.error(line, "value-type", key=f"{gid}: valid_from", expected="ett datum ÅÅÅÅ-MM-DD",
                      found=valid_from)
        critical = fields.get("critical", "false")
        if critical not in ("true", "false"):
            out.error(line, "critical-value", found=critical)
        body_text = "\n".join(text).strip()
        if not body_text:
            out.error(line, "principle-text", id=gid)
        principles[GuidanceId(gid)] = Principle(
            id=GuidanceId(gid), title=title.strip(), text=body_text,
            source=fields.get("source", ""), dimension=dim, valid_from=valid_from,
            measure=fields.get("measure", ""), critical=critical == "true", line=line)
    return principles
