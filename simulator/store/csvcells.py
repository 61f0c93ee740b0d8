"""CSV cells that a spreadsheet cannot run: a text cell starting with =, +, -, @, a tab or a
carriage return would be read as a formula (=HYPERLINK(...) sends data away when clicked), so
such a cell gets a leading apostrophe, which spreadsheets show as plain text. Numbers are left
as numbers. Used by every CSV the program writes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def safe_rows(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    return [{key: safe_cell(value) for key, value in row.items()} for row in rows]
