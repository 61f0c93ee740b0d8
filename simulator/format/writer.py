"""Write a Scenario back to the vagval/1 text format (used by tools and the round-trip tests)."""

from __future__ import annotations

from simulator.format.model import (
    DEFAULT_FAILING_OUTCOMES,
    FORMAT_VERSION,
    Choice,
    Node,
    Scenario,
)


def _header(scenario: Scenario) -> list[str]:
    lines = ["---", f"format: {FORMAT_VERSION}", f"id: {scenario.id}", f"title: {scenario.title}",
             f"theme: {scenario.theme}", f"level: {scenario.level}",
             f"minutes: {scenario.minutes}", f"role: {scenario.role}",
             f"content_note: {scenario.content_note}", "goals:"]
    lines += [f"  - {goal}" for goal in scenario.goals]
    lines.append("authors:")
    lines += [f"  - {author}" for author in scenario.authors]
    if scenario.reviewer:
        lines.append(f"reviewer: {scenario.reviewer}")
    if scenario.reviewed:
        lines.append(f"reviewed: {scenario.reviewed}")
    lines.append(f"guidance_version: {scenario.guidance_version}")
    if scenario.language != "sv":
        lines.append(f"language: {scenario.language}")
    lines.append(f"pass_threshold: {scenario.pass_threshold}")
    if scenario.failing_outcomes != DEFAULT_FAILING_OUTCOMES:
        lines.append("failing_outcomes: [" + ", ".join(scenario.failing_outcomes) + "]")
    lines.append("dimensions:")
    lines += [f"  - {dim}" for dim in scenario.dimensions]
    if scenario.variables:
        lines.append("variables:")
        for decl in scenario.variables.values():
            if decl.type == "bool":
                lines.append(f"  {decl.name}: {'true' if decl.start else 'false'}")
            else:
                lines.append(f"  {decl.name}: {decl.low}..{decl.high} = {decl.start}")
    lines.append(f"start: {scenario.start}")
    lines.append("---")
    return lines


def _choice(choice: Choice) -> list[str]:
    lines = [f"* [{choice.text}] -> {choice.target}"]
    if choice.score:
        lines.append("  score: " + ", ".join(f"{d} {v:+d}" for d, v in choice.score.items()))
    refs = [f"+{g}" for g in choice.follows] + [f"-{g}" for g in choice.breaks]
    if refs:
        lines.append("  guidance: " + " ".join(refs))
    if choice.condition is not None:
        lines.append(f"  if: {choice.condition.source}")
    if choice.effects:
        lines.append("  set: " + ", ".join(f"{e.variable} = {e.expr.source}"
                                           for e in choice.effects))
    if choice.critical:
        lines.append("  critical: true")
    if choice.critical_reason:
        lines.append(f"  critical_reason: {choice.critical_reason}")
    if choice.feedback:
        lines.append(f"  > {choice.feedback}")
    return lines


def _node(node: Node) -> list[str]:
    lines = [f"## {node.id}" + (f" | {node.title}" if node.title else "")]
    if node.ending is not None:
        lines.append(f"ending: {node.ending}")
    lines.append("")
    if node.text:
        lines += [node.text, ""]
    for doc in node.documents:
        lines += [f"::: dokument {doc.id} | {doc.title}", doc.text, ":::", ""]
    if node.questions:
        lines += ["::: fragor", *[f"- {q}" for q in node.questions], ":::", ""]
    if node.facilitator:
        lines += ["::: handledare", node.facilitator, ":::", ""]
    for choice in node.choices:
        lines += [*_choice(choice), ""]
    return lines


def write_scenario(scenario: Scenario) -> str:
    lines = [*_header(scenario), ""]
    for node in scenario.nodes.values():
        lines += _node(node)
    return "\n".join(lines).rstrip("\n") + "\n"
