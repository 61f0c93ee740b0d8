"""Phone votes without a browser: the ballot's rules and the web server's surface."""

from __future__ import annotations

import http.cookiejar
import logging
import urllib.error
import urllib.parse
import urllib.request

import pytest

from simulator.workshop.phones import MAX_CHANGES, Ballot, Option
from simulator.workshop.vote_server import CODE_TRIES_PER_MINUTE, VoteServer

OPTIONS = [Option(1, "n:1", "Fråga henne ensam"), Option(2, "n:2", "Vänta till måndag")]


def test_one_phone_counts_once_and_may_change_until_closed():
    b = Ballot()
    b.open("d1", "Mötet", OPTIONS)
    assert b.vote("phone-a", "d1", "n:1") == "counted"
    assert b.vote("phone-a", "d1", "n:2") == "changed"
    assert b.vote("phone-b", "d1", "n:2") == "counted"
    assert b.counts() == {"n:1": 0, "n:2": 2}
    b.close()
    assert b.vote("phone-c", "d1", "n:1") == "closed"
    assert b.counts() == {"n:1": 0, "n:2": 2}


def test_a_vote_for_an_old_question_or_an_unknown_option_is_refused():
    b = Ballot()
    b.open("d1", "Mötet", OPTIONS)
    assert b.vote("phone-a", "d0", "n:1") == "stale"
    assert b.vote("phone-a", "d1", "x:9") == "unknown-option"
    assert b.total == 0


def test_deciding_forgets_every_phone_token():
    b = Ballot()
    b.open("d1", "Mötet", OPTIONS)
    b.vote("phone-a", "d1", "n:1")
    b.finish()
    assert b.choice_of("phone-a") is None and b.total == 0 and b._votes == {}
    b.open("d2", "Nästa", OPTIONS)
    assert b.choice_of("phone-a") is None  # a new decision starts with nobody counted


def test_a_phone_cannot_flip_its_vote_without_end():
    b = Ballot()
    b.open("d1", "Mötet", OPTIONS)
    b.vote("phone-a", "d1", "n:1")
    results = [b.vote("phone-a", "d1", "n:2" if i % 2 == 0 else "n:1")
               for i in range(MAX_CHANGES + 3)]
    assert results.count("limit") == 3


@pytest.fixture
def server():
    ballot = Ballot()
    s = VoteServer(ballot, "127.0.0.1")
    s.start()
    yield s
    s.stop()
    assert not s.running


def opener():
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(
        http.cookiejar.CookieJar()))


def fetch(op, url, data=None):
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    try:
        with op.open(url, body, timeout=10) as r:
            return r.status, dict(r.headers), r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read().decode("utf-8")


def test_only_the_page_and_the_vote_exist_and_every_answer_is_locked_down(server):
    server.vote_app.ballot.open("d1", "Mötet", OPTIONS)
    op = opener()
    for path in ("r/wrong-token", "static/x.js", "r/" + server.vote_app.token + "/x", "favicon.ico"):
        status, headers, body = fetch(op, server.url + path)
        assert status == 404, path
        assert "Fråga henne" not in body
        assert "default-src 'none'" in headers["Content-Security-Policy"]
    status, headers, body = fetch(op, server.ballot_url)
    assert status == 200 and "Fråga henne ensam" in body
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert headers["Referrer-Policy"] == "no-referrer" and headers["Cache-Control"] == "no-store"
    assert "<script" not in body and "http" not in body.split("<main>")[1]  # nothing from outside
    assert "HttpOnly" in headers["Set-Cookie"] and "SameSite=Strict" in headers["Set-Cookie"]


def test_a_wrong_room_token_gets_nothing_and_a_vote_there_counts_nothing(server):
    ballot = server.vote_app.ballot
    ballot.open("d1", "Mötet", OPTIONS)
    op = opener()
    status, _h, _body = fetch(op, server.url + "r/" + "A" * 24, {"key": "d1", "choice": "n:1"})
    assert status == 404 and ballot.total == 0


def test_the_room_code_leads_to_the_ballot_and_guessing_is_slowed(server):
    op = opener()
    status, _h, body = fetch(op, server.url)
    assert status == 200 and "/r/" not in body  # the code page never shows the token itself
    wrong = "000000" if server.code != "000000" else "111111"
    for _ in range(CODE_TRIES_PER_MINUTE):
        fetch(op, server.url, {"code": wrong})
    status, _h, body = fetch(op, server.url, {"code": server.code})
    assert "Vänta en minut" in body or "Wait a minute" in body  # even the right code waits


def test_the_room_code_redirects_to_the_ballot(server):
    server.vote_app.ballot.open("d1", "Mötet", OPTIONS)
    status, _h, body = fetch(opener(), server.url, {"code": server.code})
    assert status == 200 and "Fråga henne ensam" in body


def test_the_language_follows_the_phone(server):
    server.vote_app.ballot.open("d1", "Mötet", OPTIONS)
    req = urllib.request.Request(server.ballot_url, headers={"Accept-Language": "en-GB,en;q=0.9"})
    with urllib.request.urlopen(req, timeout=10) as r:
        assert "Your vote is anonymous" in r.read().decode("utf-8")
    req = urllib.request.Request(server.ballot_url, headers={"Accept-Language": "sv-SE"})
    with urllib.request.urlopen(req, timeout=10) as r:
        assert "Rösten är anonym" in r.read().decode("utf-8")


def test_no_address_is_logged(server, caplog):
    server.vote_app.ballot.open("d1", "Mötet", OPTIONS)
    with caplog.at_level(logging.DEBUG):
        fetch(opener(), server.ballot_url)
    assert "127.0.0.1" not in caplog.text


def test_an_address_that_cannot_be_used_is_a_plain_error():
    with pytest.raises(OSError):
        VoteServer(Ballot(), "203.0.113.9").start()  # not an address of this computer


def _raw(server, request: bytes) -> bytes:
    """Send bytes as they are (no client library tidying them up) and read the whole answer."""
    import socket

    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as c:
        c.sendall(request)
        out = b""
        while chunk := c.recv(65536):
            out += chunk
    return out


def _post(path: str, body: bytes, content_type: str = "application/x-www-form-urlencoded",
          extra: str = "") -> bytes:
    return (f"POST {path} HTTP/1.0\r\nContent-Type: {content_type}\r\n{extra}"
            f"Content-Length: {len(body)}\r\n\r\n").encode("latin-1") + body


def test_odd_requests_get_a_plain_answer_never_an_error_or_a_log_line(server, caplog):
    """Each of these was a 500 with a traceback (and the phone's address) in the log: a token
    or room code in another script (compare_digest refuses non-ASCII text), bytes that are not
    UTF-8, an unknown charset, a broken multipart body; malformed HTTP was logged with the
    address too."""
    server.vote_app.ballot.open("d1", "Mötet", OPTIONS)
    ballot_path = "/r/" + server.vote_app.token
    odd = [
        b"GET /r/%C3%A5%C3%A4%C3%B6 HTTP/1.0\r\n\r\n",
        _post("/", "code=åäö".encode()),
        _post("/", b"code=\xff\xfe"),
        _post("/", b"code=123456", "application/x-www-form-urlencoded; charset=x-nothing"),
        _post("/", b"--x\r\nContent-Disposition: form-data; name=code\r\n\r\n1",
              "multipart/form-data; boundary=x"),
        _post("/", b"abc", "multipart/form-data"),
        _post("/", b"&".join(b"f%d=1" % i for i in range(300))),
        _post(ballot_path, "key=d1&choice=ö".encode(), extra="Cookie: vv_phone=abc\r\n"),
        _post(ballot_path, b"key=\xff&choice=\xfe", extra="Cookie: vv_phone=abc\r\n"),
        b"GET / HTTP/1.0\r\n" + b"".join(b"X-%d: a\r\n" % i for i in range(500)) + b"\r\n",
        b"GET /" + b"a" * 20000 + b" HTTP/1.0\r\n\r\n",
        b"NONSENSE\r\n\r\n",
    ]
    with caplog.at_level(logging.DEBUG):
        for request in odd:
            answer = _raw(server, request)
            status = int(answer.split(b" ", 2)[1])
            assert status < 500, (request[:60], answer[:200])
    assert "127.0.0.1" not in caplog.text and "Traceback" not in caplog.text
    assert server.vote_app.ballot.total == 0  # nothing odd was counted


def test_a_phone_cannot_take_every_file_descriptor(tmp_path):
    """Each connection costs the app a file descriptor; a phone that opened a thousand idle
    ones used them all up (Linux gives 1,024 by default), so the app could open neither its
    database nor a file, and the server logged 'out of system resource' without end. Now a
    connection over the limit is closed at once."""
    import select
    import socket

    ballot = Ballot()
    ballot.open("d1", "Mötet", OPTIONS)
    s = VoteServer(ballot, "127.0.0.1", max_connections=16)
    s.start()
    idle: list[socket.socket] = []
    try:
        for _ in range(60):
            c = socket.create_connection(("127.0.0.1", s.port), timeout=10)
            c.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")  # never finished
            idle.append(c)
        closed: set[socket.socket] = set()
        for _ in range(100):  # the refused ones are closed as they are accepted
            ready, _w, _x = select.select([c for c in idle if c not in closed], [], [], 0.1)
            for c in ready:
                try:
                    if c.recv(10) == b"":
                        closed.add(c)
                except ConnectionResetError:
                    closed.add(c)
            if len(closed) >= 44:
                break
        assert len(closed) == 44
        assert s.gate is not None and s.gate.open == 16
    finally:
        for c in idle:
            c.close()
        s.stop()


def test_a_request_sent_a_byte_at_a_time_does_not_hold_its_connection():
    """aiohttp keeps a connection for an hour by default and never times out a request's
    headers, so a phone trickling a header line now and then held its connection (and a file
    descriptor) for ever; now each connection has a lifetime."""
    import socket

    s = VoteServer(Ballot(), "127.0.0.1", connection_seconds=0.5)
    s.start()
    try:
        with socket.create_connection(("127.0.0.1", s.port), timeout=30) as c:
            c.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")
            assert c.recv(10) == b""  # closed by the server, long before the 30 s bound
    finally:
        s.stop()


def test_the_connection_limit_fits_the_process_file_limit():
    import resource

    from simulator.workshop.vote_server import MAX_CONNECTIONS, connection_limit

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    try:
        resource.setrlimit(resource.RLIMIT_NOFILE, (1024, hard))
        assert connection_limit() == (1024 - 256) // 2  # the app keeps its share
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
    assert connection_limit() <= MAX_CONNECTIONS
