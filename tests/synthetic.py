"""Generated scenarios for benchmarks and tests: large graphs, lattices and variable-heavy stories.

They use only the guidance ids GEN-01 and GEN-03 and the dimensions given, so they validate
against any catalogue that has those.
"""

from __future__ import annotations

import random

_HEADER = """\
---
format: vagval/1
id: {id}
title: Genererat scenario
theme: lamna
level: grund
minutes: 20
role: Testare
content_note: Genererat innehåll för prestandamätning.
goals:
  - Mäta analysens hastighet
authors:
  - Vägvals utvecklingsteam
guidance_version: {version}
dimensions: [{dims}]
{variables}---

"""


def _header(scenario_id: str, dims: tuple[str, ...], version: str, variables: str = "") -> str:
    return _HEADER.format(id=scenario_id, dims=", ".join(dims), version=version,
                          variables=variables)


def _choice(text: str, target: str, score: str, ref: str = "+GEN-03", extra: str = "") -> str:
    score_line = f"  score: {score}\n" if score else ""
    return f"* [{text}] -> {target}\n{score_line}{extra}  guidance: {ref}\n  > Återkoppling.\n"


def lattice_text(layers: int, dims: tuple[str, ...] = ("sakerhet",),
                 version: str = "test-1") -> str:
    """A diamond lattice: every layer splits in two and joins again, 2**layers paths."""
    dim = dims[0]
    parts = [_header("lattice", dims, version)]
    for i in range(layers):
        nxt = f"l{i + 1}" if i + 1 < layers else "slut"
        parts.append(f"## l{i}\nLager {i}.\n\n"
                     + _choice("Vänster", f"a{i}", f"{dim} +2") + "\n"
                     + _choice("Höger", f"b{i}", f"{dim} +1", "-GEN-03") + "\n")
        parts.append(f"## a{i}\nVänster.\n\n" + _choice("Vidare", nxt, "", "+GEN-01") + "\n")
        parts.append(f"## b{i}\nHöger.\n\n" + _choice("Vidare", nxt, "", "+GEN-01") + "\n")
    parts.append("## slut\nending: skyddad\n\nSlut.\n")
    return "".join(parts)


def large_text(nodes: int, dims: tuple[str, ...] = ("sakerhet", "barn", "bemotande"),
               version: str = "test-1", seed: int = 1) -> str:
    """A layered random DAG of `nodes` nodes, 2–3 choices each, random per-dimension scores."""
    rng = random.Random(seed)
    endings = 3
    decisions = nodes - endings
    outcomes = ("skyddad", "delvis", "skada")
    parts = [_header("large", dims, version)]
    for i in range(decisions):
        parts.append(f"## n{i}\nNod {i}.\n\n")
        for k in range(rng.choice((2, 3))):
            j = i + 1 if k == 0 else i + 1 + rng.randrange(20)
            target = f"n{j}" if j < decisions else f"e{rng.randrange(endings)}"
            dim = dims[rng.randrange(len(dims))]
            sign, points = rng.choice(("+", "-")), rng.randrange(1, 4)
            extra = ""
            if target == f"e{endings - 1}":  # the harm ending: only through a critical choice
                sign, extra = "-", "  critical: true\n"
            score = f"{dim} {sign}{points}"
            parts.append(_choice(f"Val {k + 1}", target, score, extra=extra) + "\n")
    for e in range(endings):
        parts.append(f"## e{e}\nending: {outcomes[e % 3]}\n\nSlut {e}.\n\n")
    return "".join(parts)


def booleans_text(flags: int = 10, dims: tuple[str, ...] = ("sakerhet",),
                  version: str = "test-1") -> str:
    """A story where each of `flags` decisions sets a flag, and later choices depend on them:
    up to 2**flags reachable states per node in the second half."""
    dim = dims[0]
    variables = "variables:\n" + "".join(f"  f{i}: false\n" for i in range(flags))
    parts = [_header("booleans", dims, version, variables)]
    for i in range(flags):
        nxt = f"s{i + 1}" if i + 1 < flags else "t0"
        parts.append(f"## s{i}\nSteg {i}.\n\n"
                     + _choice("Sätt flaggan", nxt, f"{dim} +1", extra=f"  set: f{i} = true\n")
                     + "\n" + _choice("Låt bli", nxt, f"{dim} -1", "-GEN-03") + "\n")
    for i in range(flags):
        nxt = f"t{i + 1}" if i + 1 < flags else "slut"
        parts.append(f"## t{i}\nUppföljning {i}.\n\n"
                     + _choice("Använd det du vet", nxt, f"{dim} +2", extra=f"  if: f{i}\n")
                     + "\n" + _choice("Gå vidare", nxt, "", "+GEN-01") + "\n")
    parts.append("## slut\nending: skyddad\n\nSlut.\n")
    return "".join(parts)
