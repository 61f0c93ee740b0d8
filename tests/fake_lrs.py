"""A stand-in Learning Record Store for tests that need one answer on demand: an HTTP server on
127.0.0.1 in a thread of its own, answering every request with one status and body, and able
to hold its answers back (an LRS that is slow to reply) until the test lets them go.

The real LRS (Ralph) is in tests/lrs; this one is for what Ralph cannot be made to do: keep a
request waiting, or refuse every statement with a 400.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

HOLD_AT_MOST = 120.0  # a test that never lets go must not hang the run


class FakeLrs:
    def __init__(self) -> None:
        self.status = 200
        self.detail = ""  # the reason given with an error status
        self.released = threading.Event()
        self.released.set()  # answer at once until :meth:`hold` is called
        self.arrived = threading.Event()  # set when a request has come in
        self.requests: list[tuple[str, str, bytes]] = []  # (method, path, body)
        self.listing: dict[str, Any] = {"statements": [], "more": ""}  # what a GET answers
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                fake._answer(self, b"")

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                fake._answer(self, self.rfile.read(length))

            def log_message(self, format: str, *args: Any) -> None:
                pass  # keep the test output quiet

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True,
                                        name="fake-lrs")
        self._thread.start()

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/xAPI/"

    def hold(self) -> None:
        """From now on, requests wait for :meth:`release` before they are answered."""
        self.released.clear()
        self.arrived.clear()

    def release(self) -> None:
        self.released.set()

    def refuse(self, status: int, detail: str) -> None:
        """Answer every request with ``status`` and ``detail`` as the LRS's reason."""
        self.status, self.detail = status, detail

    def posted(self) -> list[dict[str, Any]]:
        """Every statement POSTed so far, in order."""
        with self._lock:
            bodies = [body for method, _, body in self.requests if method == "POST"]
        return [s for body in bodies for s in json.loads(body)]

    def close(self) -> None:
        self.release()
        self.server.shutdown()
        self.server.server_close()

    def _answer(self, handler: BaseHTTPRequestHandler, body: bytes) -> None:
        with self._lock:
            self.requests.append((handler.command, handler.path, body))
        self.arrived.set()
        self.released.wait(HOLD_AT_MOST)
        if self.status >= 300:
            payload: Any = {"detail": self.detail}
        elif handler.command == "POST":
            payload = [s.get("id") for s in json.loads(body)]
        else:
            payload = self.listing
        data = json.dumps(payload).encode()
        handler.send_response(self.status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)


@contextmanager
def serving() -> Iterator[FakeLrs]:
    server = FakeLrs()
    try:
        yield server
    finally:
        server.close()
