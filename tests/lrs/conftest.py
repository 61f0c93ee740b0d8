"""A real Learning Record Store for the LRS tests: Ralph, started on 127.0.0.1.

Ralph (``ralph-malph[cli,lrs]``) lives in a virtualenv of its own, because its exact pins clash
with ours: ``.venv-ralph`` beside the repository's ``.venv`` (``.ci/run`` and the README's
test command create it), or the folder named by ``VAGVAL_RALPH_VENV``. When it is missing the
tests fail with a message saying how to create it; they never skip.

One server runs for the whole test session with the file-system backend and basic-auth
credentials made by ``ralph auth``. Each test keeps its statements apart by their
registration (one per attempt), so tests do not see each other's statements.
"""

from __future__ import annotations

import base64
import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from simulator.store.progress import Store, open_store

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
USER, PASSWORD = "vagval-test", "ett-hemligt-testlosen"
INSTALL = ("python3 -m venv .venv-ralph && .venv-ralph/bin/pip install 'ralph-malph[cli,lrs]' "
           "requests")


def ralph_executable() -> Path:
    venv = Path(os.environ.get("VAGVAL_RALPH_VENV", ROOT / ".venv-ralph"))
    return venv / "bin" / "ralph"


class Ralph:
    """One Ralph server; :meth:`stop` and :meth:`start` take it down and bring it back."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = _free_port()
        self.env = dict(os.environ)
        self.env.update({
            "RALPH_APP_DIR": str(folder / "app"),
            "RALPH_RUNSERVER_BACKEND": "fs",
            "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(folder / "statements"),
            "RALPH_BACKENDS__DATA__FS__DEFAULT_DIRECTORY_PATH": str(folder / "data"),
        })
        (folder / "statements").mkdir(parents=True, exist_ok=True)
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = folder / "ralph.log"

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/xAPI/"

    def make_user(self) -> None:
        done = subprocess.run(
            [str(ralph_executable()), "auth", "-u", USER, "-p", PASSWORD, "-s", "all",
             "-M", "mailto:lrs-test@example.org", "-w"],
            env=self.env, capture_output=True, text=True, timeout=180,
        )
        if done.returncode != 0 or not (self.folder / "app" / "auth.json").exists():
            pytest.fail(f"`ralph auth` failed ({done.returncode}):\n{done.stderr[-2000:]}")

    def start(self) -> None:
        with self.log.open("ab") as log:
            # ralph_server.py is `ralph runserver -b fs` with appending writes (see there).
            self.proc = subprocess.Popen(
                [str(ralph_executable().parent / "python"), str(HERE / "ralph_server.py"),
                 "127.0.0.1", str(self.port)],
                env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
                cwd=self.folder,
            )
        deadline = time.monotonic() + 180  # a loaded 2-core machine needs ~15 s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                pytest.fail(f"Ralph exited at start ({self.proc.returncode}):\n{self.tail()}")
            try:
                self.get("statements", {"limit": "1"})
                return
            except urllib.error.HTTPError as exc:  # up, but refusing our own credentials
                self.stop()
                pytest.fail(f"Ralph answered HTTP {exc.code} to the test user:\n{self.tail()}")
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.3)
        self.stop()  # never leave a server behind
        pytest.fail(f"Ralph did not answer within 180 s:\n{self.tail()}")

    def stop(self) -> None:
        if self.proc is None:
            return
        # The server runs in its own session (process group) that this fixture created.
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(20)
        self.proc = None

    def tail(self) -> str:
        try:
            return self.log.read_text(errors="replace")[-3000:]
        except OSError:
            return ""

    def get(self, path: str, params: dict[str, str] | None = None) -> Any:
        url = (f"http://127.0.0.1:{self.port}{path}" if path.startswith("/")
               else self.endpoint + path)
        if params:
            url += "?" + urllib.parse.urlencode(params)
        token = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        request = urllib.request.Request(url, headers={
            "Authorization": f"Basic {token}", "X-Experience-API-Version": "1.0.3"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read())

    def statements(self, **params: str) -> list[dict[str, Any]]:
        """Every stored statement matching ``params``, following ``more`` page by page."""
        page = self.get("statements", {"limit": "25", **params})
        found = list(page["statements"])
        while page.get("more"):
            page = self.get(page["more"])
            found += page["statements"]
        return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """The progress file as the commands find it with ``--data-dir db_path.parent``."""
    return tmp_path / "lrs-data" / "vagval.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = open_store(db_path)
    assert s.mode == "file" and not s.problems
    yield s
    s.close()


@pytest.fixture(scope="session")
def ralph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ralph]:
    exe = ralph_executable()
    if not exe.exists():
        pytest.fail(
            f"Ralph (the LRS the tests send to) is not installed: {exe} is missing. Create its "
            f"own virtualenv in the repository with:\n  {INSTALL}\n(.ci/run does this; "
            "VAGVAL_RALPH_VENV may name another folder)."
        )
    server = Ralph(tmp_path_factory.mktemp("ralph"))
    server.make_user()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def running_ralph(ralph: Ralph) -> Ralph:
    """The session's Ralph, brought back up if a test before left it down."""
    if ralph.proc is None:
        ralph.start()
    return ralph
