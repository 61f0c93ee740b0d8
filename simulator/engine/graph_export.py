"""Write a scenario's node graph as Graphviz DOT or Mermaid, optionally with a path highlighted."""

from __future__ import annotations

from simulator.format.model import Scenario

_OUTCOME_COLOURS = {"skyddad": "#2e7d32", "delvis": "#f9a825", "skada": "#c62828"}


def _label(text: str, limit: int = 48) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text.replace("\\", "\\\\").replace('"', "'")


def to_dot(scenario: Scenario, highlight: list[str] | None = None) -> str:
    chosen = set(highlight or [])
    lines = [f'digraph "{_label(scenario.id)}" {{', "  rankdir=TB;",
             '  node [shape=box, style="rounded", fontname="sans-serif"];']
    for node in scenario.nodes.values():
        label = _label(node.title or node.id)
        if node.is_ending:
            colour = _OUTCOME_COLOURS.get(node.ending or "", "#555555")
            lines.append(f'  "{node.id}" [label="{label}\\n({node.ending})", shape=doubleoctagon, '
                         f'color="{colour}"];')
        else:
            lines.append(f'  "{node.id}" [label="{label}"];')
    for node in scenario.nodes.values():
        for choice in node.choices:
            attrs = [f'label="{_label(choice.text, 32)}"']
            if choice.critical:
                attrs.append('color="#c62828"')
                attrs.append("style=dashed")
            if choice.id in chosen:
                attrs.append("penwidth=3")
                attrs.append('color="#1565c0"')
            lines.append(f'  "{node.id}" -> "{choice.target}" [{", ".join(attrs)}];')
    lines.append("}")
    return "\n".join(lines) + "\n"


def _mermaid_id(node_id: str) -> str:
    return "n_" + node_id.replace("-", "_")


def to_mermaid(scenario: Scenario, highlight: list[str] | None = None) -> str:
    chosen = set(highlight or [])
    lines = ["flowchart TD"]
    for node in scenario.nodes.values():
        label = _label(node.title or node.id).replace('"', "'")
        if node.is_ending:
            lines.append(f'  {_mermaid_id(node.id)}(["{label} ({node.ending})"])')
        else:
            lines.append(f'  {_mermaid_id(node.id)}["{label}"]')
    edge_index = 0
    highlighted: list[int] = []
    critical: list[int] = []
    for node in scenario.nodes.values():
        for choice in node.choices:
            text = _label(choice.text, 32).replace("|", "/")
            lines.append(f'  {_mermaid_id(node.id)} -->|"{text}"| {_mermaid_id(choice.target)}')
            if choice.id in chosen:
                highlighted.append(edge_index)
            if choice.critical:
                critical.append(edge_index)
            edge_index += 1
    if critical:
        lines.append(f"  linkStyle {','.join(map(str, critical))} stroke:#c62828,"
                     "stroke-dasharray:4")
    if highlighted:
        lines.append(f"  linkStyle {','.join(map(str, highlighted))} stroke:#1565c0,"
                     "stroke-width:4px")
    return "\n".join(lines) + "\n"
