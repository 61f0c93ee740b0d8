"""LRS addresses with a space or a control character, from the environment, lrs.json, the
organisation file or a next-page link the LRS itself sends: urllib refused them with
InvalidURL (a ValueError) that nobody caught, so `lrs-send` ended in "internal error" (and a
CR LF in the address was an attempt to add a header to the request)."""

from __future__ import annotations

import pytest

from simulator.lrs.client import LrsClient, LrsUnavailable
from simulator.lrs.config import LrsSettings, endpoint_problem
from tests.fake_lrs import serving

ODD = ["https://a\x01b.example/xAPI/", "https://lrs example/xAPI/",
       "https://lrs.example/xAPI/\r\nX-Extra: 1", "https://lrs.example/x\tAPI/"]


@pytest.mark.parametrize("address", ODD)
def test_an_address_with_a_space_or_control_character_is_refused_plainly(address: str) -> None:
    assert "mellanslag eller styrtecken" in (endpoint_problem(address, "sv") or "")
    assert "spaces or control characters" in (endpoint_problem(address, "en") or "")
    answer = LrsClient(LrsSettings(endpoint=address, key="k", secret="s")).get_statements({})
    assert answer.outcome == "unavailable" and "control characters" in answer.reason


def test_the_command_line_keeps_the_statements_waiting(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from simulator.cli.commands import main

    monkeypatch.setenv("VAGVAL_LRS_ENDPOINT", "https://a\x01b.example/xAPI/")
    assert main(["lrs-send", "--data-dir", str(tmp_path), "--lang", "en"]) in (0, 1)
    out = capsys.readouterr()
    assert "internal error" not in out.out + out.err


def test_a_next_page_link_the_lrs_cannot_mean_stops_the_listing_plainly() -> None:
    with serving() as lrs:
        lrs.listing = {"statements": [{"id": "a"}], "more": "/xAPI/statements?page=2\r\nX: 1"}
        client = LrsClient(LrsSettings(endpoint=lrs.endpoint, key="k", secret="s"))
        pages = client.all_statements({})
        assert next(pages) == {"id": "a"}
        with pytest.raises(LrsUnavailable) as stopped:  # what callers handle; was InvalidURL
            next(pages)
        assert "InvalidURL" in stopped.value.answer.reason


@pytest.mark.parametrize("junk", [b"NOT HTTP AT ALL\r\n\r\n",
                                  b"HTTP/1.1 200 OK\r\n" + b"X: y\r\n" * 200 + b"\r\n"])
def test_an_answer_that_is_not_http_keeps_the_statements_waiting(junk: bytes) -> None:
    """A broken or hostile server at the LRS address answering something that is not HTTP
    made http.client raise BadStatusLine or HTTPException (got more than 100 headers), which
    the client did not catch."""
    import socket
    import threading

    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def answer() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.recv(65536)
            conn.sendall(junk)
    thread = threading.Thread(target=answer, daemon=True)
    thread.start()
    try:
        client = LrsClient(LrsSettings(endpoint=f"http://127.0.0.1:{port}/xAPI/", key="k",
                                       secret="s"), timeout=30)
        answer_ = client.post_statements(['{"id": "x"}'])
        assert answer_.outcome == "unavailable" and answer_.reason
    finally:
        thread.join(30)
        listener.close()


def _answer_once(body: bytes) -> tuple[int, object]:
    import socket
    import threading

    listener = socket.create_server(("127.0.0.1", 0))

    def answer() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                         b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(body) + body)
        listener.close()
    threading.Thread(target=answer, daemon=True).start()
    return listener.getsockname()[1], listener


@pytest.mark.parametrize("body", [b"[]", b'{"statements": 5}', b'{"statements": [], "more": 7}',
                                  b"[" * 100_000 + b"]" * 100_000])
def test_an_answer_that_is_not_a_statement_list_stops_the_listing_plainly(body: bytes) -> None:
    """A server at the LRS address answering JSON of another shape made `all_statements` (the
    LRS report) raise AttributeError or TypeError, and JSON nested 100,000 deep raised
    RecursionError out of the client; all are now an LRS that cannot be read."""
    port, _listener = _answer_once(body)
    client = LrsClient(LrsSettings(endpoint=f"http://127.0.0.1:{port}/xAPI/", key="k",
                                   secret="s"), timeout=30)
    with pytest.raises(LrsUnavailable) as stopped:
        list(client.all_statements({}))
    assert stopped.value.answer.reason
