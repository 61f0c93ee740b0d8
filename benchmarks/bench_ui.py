"""UI benchmarks: a choice to the next node on screen (p95 < 16 ms), and start to first paint
against a bare PySide6 window measured in the same run (within 1.5x).

    .venv/bin/python benchmarks/bench_ui.py            # headless by default (offscreen)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BARE = """
import time, sys
from PySide6.QtWidgets import QApplication, QWidget
class W(QWidget):
    done = False
    def paintEvent(self, e):
        super().paintEvent(e)
        if not W.done:
            W.done = True
            print(repr(time.time()), flush=True)
            QApplication.instance().quit()
app = QApplication(sys.argv)
w = W(); w.resize(1100, 760); w.setWindowTitle("bare"); w.show()
app.exec()
"""

APP = """
import time, sys
sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QApplication
from ui.app import run
def painted():
    print(repr(time.time()), flush=True)
    QApplication.instance().quit()
run(on_first_paint=painted)
"""


def first_paint(code: str, env: dict[str, str]) -> float:
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, timeout=60, check=True).stdout
    return float(out.strip().splitlines()[-1]) - start


def bench_start(rounds: int = 9) -> tuple[float, float]:
    env = dict(os.environ)
    with tempfile.TemporaryDirectory() as data:
        env["VAGVAL_DATA_DIR"] = data
        bare, app = [], []
        for _ in range(rounds):  # interleaved, so both see the same machine state
            bare.append(first_paint(BARE, env))
            app.append(first_paint(APP.format(root=str(ROOT)), env))
    return statistics.median(bare), statistics.median(app)


STORE_MS: list[float] = []


def timed_store(store):
    """Wrap the store's record_step to measure the durable commit on its own."""
    inner = store.record_step

    def record_step(*args, **kwargs):
        t = time.perf_counter()
        inner(*args, **kwargs)
        STORE_MS.append((time.perf_counter() - t) * 1000)

    store.record_step = record_step
    return store


def bench_choices(mode: str, attempts: int = 30) -> list[float]:
    from PySide6.QtWidgets import QApplication

    from ui.app import create_window

    app = QApplication.instance() or QApplication(sys.argv)
    w = create_window([ROOT / "scenarios", ROOT / "docs" / "example-scenario.md"])
    w.resize(1100, 760)
    w.show()
    w.load_content()
    timed_store(w.state.store)
    w.current_screen().new_name.setText("Bänk")
    w.current_screen().create_trainee()
    timings: list[float] = []
    entries = [e for e in w.state.entries if e.ok]
    for i in range(attempts):
        w.start_play(entries[i % len(entries)], mode)
        player = w.current_screen()
        app.processEvents()
        k = 0
        while not player.controller.finished:
            choices = player.controller.ordered_choices()
            choice = choices[k % len(choices)]
            k += 1
            t = time.perf_counter()
            player.choose(choice)  # stored, then the new node set up
            app.processEvents()  # layout and paint, as the event loop does after a click
            timings.append((time.perf_counter() - t) * 1000)
    w.close()
    return timings


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main() -> int:
    with tempfile.TemporaryDirectory() as data:
        os.environ["VAGVAL_DATA_DIR"] = data
        for mode in ("end", "direct"):
            STORE_MS.clear()
            t = bench_choices(mode)
            print(f"choice -> next node ({mode} feedback): n={len(t)} "
                  f"median={statistics.median(t):.2f} ms p95={p95(t):.2f} ms "
                  f"max={max(t):.2f} ms  (goal p95 < 16 ms)")
            ui = [a - b for a, b in zip(t, STORE_MS, strict=True)]
            print(f"  of which the store's durable commit: median "
                  f"{statistics.median(STORE_MS):.2f} ms p95 {p95(STORE_MS):.2f} ms; "
                  f"the screen update alone: median {statistics.median(ui):.2f} ms "
                  f"p95 {p95(ui):.2f} ms")
    bare, app = bench_start()
    print(f"start -> first paint: bare PySide6 {bare * 1000:.0f} ms, Vägval {app * 1000:.0f} ms, "
          f"ratio {app / bare:.2f} (goal <= 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
