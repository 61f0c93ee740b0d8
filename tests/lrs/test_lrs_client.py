"""The LRS link under attack: an address that is not an LRS, a redirect or a next-page link
that would carry the key and secret to another server, and an answer too large to read."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from lrstools import opted_in, play

from simulator.lrs.client import MAX_ANSWER_BYTES, LrsClient, LrsUnavailable
from simulator.lrs.config import LrsSettings, endpoint_problem
from simulator.lrs.recording import Recorder
from simulator.lrs.sender import drain
from simulator.store import outbox
from simulator.store.progress import Store

Handler = Callable[[BaseHTTPRequestHandler], None]


class Fake:
    """A local HTTP server answering every request with ``respond``; it keeps what came."""

    def __init__(self, respond: Handler) -> None:
        self.seen: list[tuple[str, str, str | None]] = []  # method, path, Authorization
        fake = self

        class _H(BaseHTTPRequestHandler):
            def _any(self) -> None:
                fake.seen.append((self.command, self.path, self.headers.get("Authorization")))
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                respond(self)

            do_GET = do_POST = do_PUT = _any

            def log_message(self, *_args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _H)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/xAPI/"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def fakes() -> Iterator[Callable[[Handler], Fake]]:
    made: list[Fake] = []

    def make(respond: Handler) -> Fake:
        made.append(Fake(respond))
        return made[-1]

    yield make
    for f in made:
        f.close()


def _answer(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> Handler:
    def respond(h: BaseHTTPRequestHandler) -> None:
        h.send_response(status)
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)
    return respond


def _client(endpoint: str) -> LrsClient:
    return LrsClient(LrsSettings(endpoint=endpoint, key="nyckel", secret="hemligt"), timeout=10)


@pytest.mark.parametrize("endpoint", [
    "file:///etc/passwd", "ftp://lrs.kommun.example/xAPI/", "data:text/plain,ok",
    "lrs.kommun.example/xAPI/", "https://", "http://lrs.kommun.example/xAPI/",
    "https://anna:hemligt@lrs.kommun.example/xAPI/", "https://lrs.kommun.example:port/xAPI/",
    "https://lrs.kommun.example/xAPI/?token=1",
])
def test_an_address_that_is_not_a_safe_lrs_is_explained(endpoint: str) -> None:
    sv, en = endpoint_problem(endpoint, "sv"), endpoint_problem(endpoint, "en")
    assert sv and en and sv != en
    answer = _client(endpoint).test_connection()
    assert answer.outcome == "unavailable" and answer.reason == en


@pytest.mark.parametrize("endpoint", ["https://lrs.kommun.example/xAPI/",
                                      "http://127.0.0.1:8100/xAPI/", "http://localhost/xAPI"])
def test_an_https_or_local_address_is_accepted(endpoint: str) -> None:
    assert endpoint_problem(endpoint) is None


def test_statements_to_a_file_address_stay_waiting(store: Store, tmp_path: Path) -> None:
    # Before: urllib's file handler "answered" a POST to file:///…/statements with the file's
    # contents, so every statement was marked as sent and went nowhere.
    folder = tmp_path / "xAPI"
    folder.mkdir()
    (folder / "statements").write_text("[]", encoding="utf-8")
    who = opted_in(store)
    play(store, Recorder("https://lms.kommun.example"), who, steps=3)
    waiting = outbox.counts(store).waiting
    assert waiting >= 4
    report = drain(store, _client(folder.as_uri() + "/"))
    assert report.sent == 0
    counts = outbox.counts(store)
    assert counts.waiting == waiting and counts.sent == 0
    assert "https://" in (counts.last_reason or "")


def test_a_redirect_is_not_followed_and_the_secret_stays_home(fakes) -> None:
    elsewhere = fakes(_answer(200, b'{"statements": [], "more": ""}'))
    lrs = fakes(_answer(307, headers={"Location": elsewhere.url + "statements?limit=1"}))
    answer = _client(lrs.url).test_connection()
    assert answer.outcome == "unavailable" and answer.status == 307
    assert "redirect" in answer.reason and elsewhere.url in answer.reason
    assert elsewhere.seen == []  # nothing, and no Authorization header, went to the other server
    assert lrs.seen and lrs.seen[0][2] is not None


def test_a_next_page_link_to_another_server_is_refused(fakes) -> None:
    elsewhere = fakes(_answer(200, b'{"statements": [], "more": ""}'))
    page = ('{"statements": [{"id": "a"}], "more": "' + elsewhere.url + 'statements?page=2"}')
    lrs = fakes(_answer(200, page.encode()))
    got = []
    with pytest.raises(LrsUnavailable) as caught:
        for statement in _client(lrs.url).all_statements({"since": "2026-01-01"}):
            got.append(statement)
    assert got == [{"id": "a"}] and "another server" in str(caught.value)
    assert elsewhere.seen == []


def test_an_answer_too_large_is_not_read(fakes) -> None:
    lrs = fakes(_answer(200, b"[" + b" " * MAX_ANSWER_BYTES + b"]"))
    answer = _client(lrs.url).test_connection()
    assert answer.outcome == "unavailable" and "larger than" in answer.reason


def test_lrs_status_names_the_problem_with_the_address(monkeypatch, capsys) -> None:
    from simulator.cli.commands import main

    monkeypatch.setenv("VAGVAL_LRS_ENDPOINT", "http://lrs.kommun.example/xAPI/")
    assert main(["lrs-status", "--lang", "en"]) == 0
    assert "must begin with https://" in capsys.readouterr().out
    assert main(["lrs-status", "--lang", "sv"]) == 0
    assert "måste börja med https://" in capsys.readouterr().out
