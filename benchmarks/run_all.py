"""Run every benchmark and rebuild docs/performance.md.

    .venv/bin/python benchmarks/run_all.py [--quick]

The engine benchmark writes docs/performance-engine.md itself. The store, app, authoring and
rendering benchmarks print their figures; this script keeps their latest output in
docs/performance-*-latest.txt. docs/performance.md is then the summary
(docs/performance-summary.md) followed by the sections. Not part of the test run; it takes a
few minutes.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def run(script: str, quick: bool) -> str:
    args = [sys.executable, str(ROOT / "benchmarks" / script), *(["--quick"] if quick else [])]
    proc = subprocess.run(args, capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise SystemExit(f"{script} failed:\n{proc.stdout}\n{proc.stderr}")
    return proc.stdout


def main() -> int:
    quick = "--quick" in sys.argv
    run("bench_engine.py", quick)
    for name, script in (("store", "bench_store.py"), ("ui", "bench_ui.py"),
                         ("authoring", "bench_authoring.py"), ("lrs", "bench_lrs.py"),
                         ("render", "bench_render.py")):
        output = run(script, quick and name == "store")
        (DOCS / f"performance-{name}-latest.txt").write_text(output, encoding="utf-8")
    parts = [(DOCS / name).read_text(encoding="utf-8").rstrip() for name in (
        "performance-summary.md", "performance-engine.md", "performance-store.md",
        "performance-ui.md", "performance-authoring.md", "performance-lrs.md",
        "performance-render.md")]
    (DOCS / "performance.md").write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / 'performance.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
