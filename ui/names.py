"""Display names for engine ids (dimensions, outcomes), in the current language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.i18n import current_language, tr

if TYPE_CHECKING:
    from simulator.format.model import Scenario


def dimension_name(scenario: Scenario | None, dim: str) -> str:
    cat = scenario.catalogue if scenario is not None else None
    if cat is not None and dim in cat.dimensions:
        d = cat.dimensions[dim]
        return d.name_en if current_language() == "en" else d.name_sv
    return dim


def outcome_name(category: str | None) -> str:
    names = {"skyddad": tr("Skyddad och stöttad"),
             "delvis": tr("Delvis skyddad – en lucka finns kvar"),
             "skada": tr("Våldet trappades upp eller någon kom till skada")}
    return names.get(category or "", category or "")


def signed(n: int) -> str:
    return f"+{n}" if n > 0 else ("±0" if n == 0 else f"−{-n}")


def deltas_text(scenario: Scenario | None, deltas: dict[str, int]) -> str:
    parts = [f"{dimension_name(scenario, d)} {signed(v)}" for d, v in deltas.items() if v]
    return ", ".join(parts) if parts else tr("ingen poängförändring")
