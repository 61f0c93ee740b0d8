"""A small seeded mutation run over the engine: do the tests notice when one line is wrong?

Run:  .venv/bin/python tools/mutate.py [--count 60] [--seed 10] [--list] [--recheck LOG]

Each mutant changes one operator on one line of the engine (a comparison, `and`/`or`, `+`/`-`,
`max`/`min`, `True`/`False`, `not`), in a copy of the repository under a temporary folder, and
runs the engine's tests there (`-x`, stopping at the first failure). A mutant is *killed* when
a test fails. The sites are drawn with a fixed seed, so a run is repeatable. Mutants listed in
EQUIVALENT (file, line text, mutation) change nothing a user can observe; they are counted out
of the score and reported separately. The score is killed / (mutants − equivalent).
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = (
    "simulator/engine/analysis.py",
    "simulator/engine/result.py",
    "simulator/engine/session.py",
    "simulator/engine/guessability.py",
    "simulator/format/expr.py",
    "simulator/store/sessions.py",
)
TESTS = (
    "tests/engine/test_verdict.py",
    "tests/engine/test_guess_strategies.py",
    "tests/engine/test_session.py",
    "tests/engine/test_analysis.py",
    "tests/engine/test_loader.py",
    "tests/engine/test_properties.py",
    "tests/store/test_session_store.py",
)
SWAPS = (
    (r" >= ", " > "), (r" > ", " >= "), (r" <= ", " < "), (r" < ", " <= "),
    (r" == ", " != "), (r" != ", " == "), (r" and ", " or "), (r" or ", " and "),
    (r" \+ ", " - "), (r" - ", " + "), (r"\bmax\(", "min("), (r"\bmin\(", "max("),
    (r"\bTrue\b", "False"), (r"\bFalse\b", "True"), (r"\bnot ", ""), (r" \+= ", " -= "),
)
# (file, stripped line, pattern) of mutants that cannot change behaviour; each with a reason.
EQUIVALENT: set[tuple[str, str, str]] = {
    # dataclass field options that only change the repr
    ("simulator/engine/analysis.py",
     "_next: list[int] = field(repr=False, default_factory=list)  # edge position of best choice",
     r"\bFalse\b"),
    ("simulator/engine/analysis.py",
     "_loop_edges: frozenset[tuple[int, int]] = field(repr=False, default_factory=frozenset)",
     r"\bFalse\b"),
    # Kahn's fast path never completes, so every story takes the general path (networkx's
    # condensation), which gives the same answers without loops: only the speed changes
    ("simulator/engine/analysis.py", "indegree[target] += 1", r" \+= "),
    # the two lists are built from the same states, so they always have the same length
    ("simulator/engine/analysis.py",
     "for (node_id, _), end in zip(states, terminal, strict=True)]", r"\bTrue\b"),
    ("simulator/engine/guessability.py",
     "mine = pick(n for n, b in zip(self.lengths, best, strict=True) if b)", r"\bTrue\b"),
    ("simulator/engine/guessability.py",
     "others = pick(n for n, b in zip(self.lengths, best, strict=True) if not b)", r"\bTrue\b"),
}


def sites(seed: int, count: int) -> list[tuple[str, int, str, str]]:
    """(file, line number, pattern, replacement) for `count` mutants drawn with `seed`."""
    found: list[tuple[str, int, str, str]] = []
    for target in TARGETS:
        lines = (ROOT / target).read_text(encoding="utf-8").splitlines()
        in_doc = False
        for number, line in enumerate(lines, start=1):
            stripped = line.strip()
            if stripped.count('"""') == 1:
                in_doc = not in_doc
                continue
            if in_doc or not stripped or stripped.startswith(("#", "import ", "from ", '"""',
                                                               "def ", "class ", "@")):
                continue
            code = stripped.split("  #", 1)[0]
            if '"' in code or "'" in code:  # messages and format strings: not logic
                continue
            for pattern, replacement in SWAPS:
                if re.search(pattern, code):
                    found.append((target, number, pattern, replacement))
    rng = random.Random(seed)
    rng.shuffle(found)
    return sorted(found[:count])


def survivors(log: Path) -> set[tuple[str, int]]:
    """(file, line) of the mutants a previous run's output lists as SURVIVED."""
    found = set()
    for line in log.read_text(encoding="utf-8").splitlines():
        match = re.match(r"SURVIVED\s+(\S+?):(\d+):", line)
        if match:
            found.add((match.group(1), int(match.group(2))))
    return found


def run(seed: int, count: int, listing: bool, recheck: Path | None = None,
        timeout: float = 180) -> int:
    chosen = sites(seed, count)
    if recheck is not None:  # only the survivors of an earlier run with the same seed
        again = survivors(recheck)
        chosen = [site for site in chosen if (site[0], site[1]) in again]
    if listing:
        for target, number, pattern, replacement in chosen:
            print(f"{target}:{number}: {pattern!r} -> {replacement!r}")
        return 0
    work = Path(tempfile.mkdtemp(prefix="vagval-mutants-"))
    copy = work / "repo"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(".venv", ".git", "__pycache__",
                                                              ".hypothesis", ".mypy_cache"))
    def tests_fail() -> bool:
        try:
            proc = subprocess.run([sys.executable, "-m", "pytest", "-x", "-q", "-p",
                                   "no:cacheprovider", *TESTS], cwd=copy, capture_output=True,
                                  text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return True  # a mutant that hangs (an endless loop) is noticed too
        return proc.returncode != 0

    if tests_fail():  # the unchanged copy must pass, or every mutant would look killed
        print("the tests fail without any mutation; no score", file=sys.stderr)
        return 1
    killed = survived = equivalent = 0
    for target, number, pattern, replacement in chosen:
        path = copy / target
        original = path.read_text(encoding="utf-8")
        lines = original.splitlines(keepends=True)
        line = lines[number - 1]
        lines[number - 1] = re.sub(pattern, replacement, line, count=1)
        path.write_text("".join(lines), encoding="utf-8")
        label = f"{target}:{number}: {line.strip()}  [{pattern.strip()} -> {replacement.strip()}]"
        try:
            failed = tests_fail()
        finally:
            path.write_text(original, encoding="utf-8")
        if (target, line.strip(), pattern) in EQUIVALENT:
            equivalent += 1
            print("EQUIVALENT", label, flush=True)
        elif failed:
            killed += 1
            print("killed    ", label, flush=True)
        else:
            survived += 1
            print("SURVIVED  ", label, flush=True)
    shutil.rmtree(work, ignore_errors=True)
    scored = killed + survived
    print(f"{len(chosen)} mutants (seed {seed}): {killed} killed, {survived} survived, "
          f"{equivalent} equivalent; score {100 * killed / scored:.1f} %" if scored else
          "no mutants")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=60)
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--list", action="store_true", help="only list the mutants")
    parser.add_argument("--recheck", type=Path, help="rerun only the survivors in this log")
    parser.add_argument("--timeout", type=float, default=180,
                        help="seconds before a mutant's test run counts as hanging (killed)")
    args = parser.parse_args()
    return run(args.seed, args.count, args.list, args.recheck, args.timeout)


if __name__ == "__main__":
    raise SystemExit(main())
