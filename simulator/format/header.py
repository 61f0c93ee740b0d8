"""Reading content files: the raw-file checks and the small strict header shared by scenarios
and the guidance catalogue (a YAML subset that keeps line numbers for diagnostics)."""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from simulator.format.diagnostics import Collector

MAX_FILE_BYTES = 32 * 1024 * 1024  # a 100,000-node scenario is ~15 MB; a 50 MB file is refused


def decode_text(raw: bytes, out: Collector) -> str | None:
    if len(raw) > MAX_FILE_BYTES:
        out.error(0, "file-too-large", size=len(raw), limit=MAX_FILE_BYTES)
        return None
    if not raw.strip():
        out.error(1, "file-empty")
        return None
    if _wide_unicode(raw):
        out.error(0, "file-utf16")
        return None
    if b"\x00" in raw:
        out.error(0, "file-binary")
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        out.error(line, "file-encoding", offset=exc.start)
        return None
    return text


def _wide_unicode(raw: bytes) -> bool:
    """Text saved as UTF-16 or UTF-32 (what Windows' Notepad calls "Unicode"): a byte-order
    mark, or, without one, a start where every other byte is NUL. It was reported as a binary
    file, which sent the author looking for the wrong fault."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)):
        return True
    head = raw[:64]
    return len(head) >= 8 and (not any(head[1::2]) or not any(head[0::2]))


@dataclass
class Entry:
    """One header key: a scalar, a list or a mapping, with the line it starts on."""

    key: str
    line: int
    value: str = ""
    items: list[tuple[str, int]] = field(default_factory=list)  # list items or mapping lines
    kind: str = "scalar"  # "scalar", "list" or "map"


@dataclass
class Header:
    entries: dict[str, Entry]
    body_start: int  # index into lines of the first line after the closing '---'
    end_line: int  # 1-based line of the closing '---'


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def parse_header(lines: list[str], out: Collector) -> Header | None:
    """Parse the `---` header at the top of `lines`. Diagnostics go to `out`."""
    first = 0
    while first < len(lines) and not lines[first].strip():
        first += 1
    if first >= len(lines) or lines[first].strip() != "---":
        out.error(first + 1 if first < len(lines) else 1, "header-missing")
        return None
    entries: dict[str, Entry] = {}
    current: Entry | None = None
    index = first + 1
    while index < len(lines):
        raw = lines[index]
        number = index + 1
        stripped = raw.strip()
        if stripped == "---":
            return Header(entries, index + 1, number)
        index += 1
        if not stripped or stripped.startswith("#"):
            continue
        indented = raw[:1] in (" ", "\t")
        if indented:
            if current is None or current.value:
                out.error(number, "header-syntax", column=1)
                continue
            if stripped.startswith("- ") or stripped == "-":
                if current.kind == "map":
                    out.error(number, "header-syntax", column=1)
                    continue
                current.kind = "list"
                current.items.append((_unquote(stripped[1:]), number))
            else:
                if current.kind == "list":
                    out.error(number, "header-syntax", column=1)
                    continue
                current.kind = "map"
                current.items.append((stripped, number))
            continue
        key, sep, value = raw.partition(":")
        key = key.strip()
        if not sep or not key or " " in key:
            out.error(number, "header-syntax", column=1)
            current = None
            continue
        if key in entries:
            out.error(number, "header-duplicate", column=1, key=key)
            current = None
            continue
        value = value.strip()
        entry = Entry(key, number)
        if value.startswith("[") and value.endswith("]"):
            entry.kind = "list"
            entry.items = [(_unquote(v), number) for v in value[1:-1].split(",") if v.strip()]
        else:
            entry.value = _unquote(value)
        entries[key] = entry
        current = entry
    out.error(first + 1, "header-unclosed")
    return None
