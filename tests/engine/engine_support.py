"""Shared helpers for engine tests: a tiny catalogue and inline scenario text."""

from __future__ import annotations

import textwrap

from simulator.engine.library import Loaded

CATALOGUE = """\
---
format: vagval-guidance/1
version: test-1
dimensions:
  sakerhet: Säkerhet | Safety
  barn: Barnets perspektiv | The child's perspective
  bemotande: Bemötande | Approach
---

## GEN-01 | Fråga om våld
dimension: bemotande
source: HSLF-FS 2022:39
valid_from: 2022-11-01

Fråga om våld när personen är ensam.

## GEN-03 | Riskbedömning
dimension: sakerhet
source: HSLF-FS 2022:39
valid_from: 2022-11-01
critical: true

Gör en strukturerad riskbedömning.

## HV-02 | Tala med barnet ensam
dimension: barn
source: hedersfortryck.se
valid_from: 2020-01-01

Tala med barnet utan föräldrar.
"""

HEADER = """\
---
format: vagval/1
id: test
title: Test
theme: heder
level: grund
minutes: 10
role: Socialsekreterare
content_note: Testinnehåll.
goals:
  - Ett mål
authors:
  - Testare
guidance_version: test-1
{extra}---
"""


def scenario_text(body: str, extra: str = "") -> str:
    """A valid header (plus `extra` header lines) followed by the dedented `body`.

    Unless `extra` declares its own, the scenario scores only `sakerhet`.
    """
    extra = textwrap.dedent(extra)
    if "dimensions:" not in extra:
        extra += "dimensions: [sakerhet]\n"
    return HEADER.format(extra=extra) + "\n" + textwrap.dedent(body)


def codes(loaded: Loaded, severity: str | None = None) -> list[str]:
    return [d.code for d in loaded.diagnostics if severity is None or d.severity == severity]
