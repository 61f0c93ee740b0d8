"""The small web server phones vote through: aiohttp on the facilitator's laptop, in a thread.

Only these exist: `GET /` and `POST /` (type the room code, for phones that cannot scan the QR
code), `GET /r/<token>` (the ballot page) and `POST /r/<token>` (a vote). The page is plain
HTML forms in Swedish or English by the phone's language, with no script and nothing loaded
from anywhere; strict security headers go with every answer. Nothing about a phone is kept
beyond a random cookie token that counts its vote for the open decision (see `phones.Ballot`).
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import secrets
import socket
import threading
import time
import urllib.parse
from collections.abc import Callable
from typing import Any, cast

from aiohttp import web

from simulator.workshop.phones import Ballot, new_token, room_code

COOKIE = "vv_phone"
NONCE = web.RequestKey("nonce", str)  # the style sheet's nonce for this answer
MAX_BODY = 2048  # a vote is a few dozen bytes
CODE_TRIES_PER_MINUTE = 30  # wrong room codes from all phones together, then a minute's pause
MAX_FIELDS = 8  # a form has two; more is not a phone's form
# Connections: each holds one of the app's file descriptors (often 1,024 in all on Linux), so
# a phone opening connections without end could leave the app unable to open its database.
MAX_CONNECTIONS = 512  # at once, from all phones together (lowered to fit the process's limit)
CONNECTION_SECONDS = 30.0  # then a connection is closed (after its request, if one is running)
KEEPALIVE_SECONDS = 10.0  # an idle connection between a phone's page loads
# aiohttp logs a malformed request with the phone's address; nothing about a phone is logged.
# A logger of its own, outside the logging tree (no parent to pass records to), that drops all.
_QUIET = logging.Logger("vagval.vote_server", logging.CRITICAL + 1)
_QUIET.addHandler(logging.NullHandler())
TEXT = {
    "sv": {"title": "Vägval – röst", "code": "Rumskod", "join": "Gå med",
           "code_help": "Skriv koden som visas på projektorn.",
           "bad_code": "Koden stämmer inte. Försök igen.",
           "slow": "För många försök. Vänta en minut.",
           "wait": "Väntar på nästa fråga …", "vote": "Rösta", "yours": "Din röst: {text}",
           "change": "Du kan ändra din röst tills handledaren stänger röstningen.",
           "thanks": "Tack! Din röst är räknad.", "closed": "Röstningen är stängd.",
           "stale": "Frågan har bytts. Här är den nya.", "split": "Så röstade rummet",
           "votes": "{n} röster", "anon": "Rösten är anonym: inget namn sparas.",
           "limit": "Rösten kunde inte tas emot."},
    "en": {"title": "Vägval – vote", "code": "Room code", "join": "Join",
           "code_help": "Type the code shown on the projector.",
           "bad_code": "That code is not right. Try again.",
           "slow": "Too many tries. Wait a minute.",
           "wait": "Waiting for the next question …", "vote": "Vote", "yours": "Your vote: {text}",
           "change": "You can change your vote until the facilitator closes the vote.",
           "thanks": "Thank you! Your vote is counted.", "closed": "The vote is closed.",
           "stale": "The question has changed. Here is the new one.", "split": "How the room voted",
           "votes": "{n} votes", "anon": "Your vote is anonymous: no name is kept.",
           "limit": "The vote could not be taken."},
}


def language(request: web.Request) -> str:
    """sv when the phone prefers Swedish (or Norwegian/Danish read it well enough), else en."""
    header = request.headers.get("Accept-Language", "")
    for part in header.split(","):
        tag = part.split(";")[0].strip().lower()
        if tag:
            return "sv" if tag.split("-")[0] in ("sv", "nb", "no", "nn", "da") else "en"
    return "sv"


def _page(lang: str, body: str, nonce: str, refresh: int | None) -> str:
    t = TEXT[lang]
    meta = f'<meta http-equiv="refresh" content="{refresh}">' if refresh else ""
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">{meta}
<title>{html.escape(t["title"])}</title>
<style nonce="{nonce}">
body{{font-family:system-ui,sans-serif;font-size:1.2rem;margin:1rem;max-width:40rem;
line-height:1.4;color:#111;background:#fff}}
button,input{{font-size:1.2rem}}
.opt{{display:block;width:100%;min-height:3.2rem;margin:.6rem 0;padding:.8rem;text-align:left;
border:2px solid #1f5aa6;border-radius:.5rem;background:#fff;color:#111}}
.opt[aria-pressed=true]{{background:#1f5aa6;color:#fff}}
.note{{color:#444;font-size:1rem}}
li{{margin:.3rem 0}}
</style></head><body><main>{body}</main></body></html>"""


def _lock_down(response: web.StreamResponse, nonce: str) -> None:
    """Security headers on every answer: nothing but this page's own inline style may load."""
    response.headers["Content-Security-Policy"] = (
        f"default-src 'none'; style-src 'nonce-{nonce}'; form-action 'self'; "
        "base-uri 'none'; frame-ancestors 'none'")
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Frame-Options"] = "DENY"


def _same(given: str, secret: str) -> bool:
    """Constant-time comparison that also takes what a phone typed or sent in any script
    (``secrets.compare_digest`` raises TypeError for non-ASCII text)."""
    return secrets.compare_digest(given.encode("utf-8", "replace"), secret.encode("utf-8"))


async def _form(request: web.Request) -> dict[str, str]:
    """The posted form's fields (the first value of each). Read here rather than by aiohttp's
    ``post()``, which raised on a malformed multipart body, an unknown charset or bytes that are
    not UTF-8: the body (at most MAX_BODY) is read as URL-encoded UTF-8 whatever its declared
    type, bad bytes replaced, so a broken form is just a form without the expected fields."""
    body = await request.read()  # over MAX_BODY: aiohttp answers 413 itself
    try:
        fields = urllib.parse.parse_qs(body.decode("utf-8", "replace"), max_num_fields=MAX_FIELDS)
    except ValueError:  # too many fields
        return {}
    return {key: values[0] for key, values in fields.items() if values}


class VoteApp:
    """The aiohttp application around one ballot."""

    def __init__(self, ballot: Ballot, token: str | None = None, code: str | None = None) -> None:
        self.ballot = ballot
        self.token = token or new_token()
        self.code = code or room_code()
        self._wrong: list[float] = []
        self.app = web.Application(client_max_size=MAX_BODY,
                                   middlewares=[self._headers])
        self.app.add_routes([web.get("/", self.code_page), web.post("/", self.code_post),
                             web.get("/r/{token}", self.ballot_page),
                             web.post("/r/{token}", self.vote)])

    @web.middleware
    async def _headers(self, request: web.Request,
                       handler: Callable[[web.Request], object]) -> web.StreamResponse:
        nonce = secrets.token_urlsafe(12)
        request[NONCE] = nonce
        try:
            response = await handler(request)  # type: ignore[misc]
        except web.HTTPException as exc:  # 404, the redirect after the room code: same headers
            _lock_down(exc, nonce)
            raise
        except (asyncio.CancelledError, ConnectionError):
            raise  # the phone went away
        except Exception:  # a request nobody foresaw: a plain answer, never a traceback
            t = TEXT[language(request)]
            response = self._html(request, f'<p role="alert">{html.escape(t["limit"])}</p>',
                                  status=400)
        assert isinstance(response, web.StreamResponse)
        _lock_down(response, nonce)
        return response

    def _html(self, request: web.Request, body: str, refresh: int | None = None,
              status: int = 200) -> web.Response:
        return web.Response(text=_page(language(request), body, request[NONCE], refresh),
                            content_type="text/html", status=status)

    # -- the room code -------------------------------------------------------------------------
    async def code_page(self, request: web.Request, message: str = "") -> web.Response:
        t = TEXT[language(request)]
        note = f'<p role="alert">{html.escape(message)}</p>' if message else ""
        body = (f'<h1>{html.escape(t["title"])}</h1>{note}<form method="post" action="/">'
                f'<label for="code">{html.escape(t["code"])}</label><br>'
                f'<input id="code" name="code" inputmode="numeric" autocomplete="off" '
                f'maxlength="6" required><p class="note">{html.escape(t["code_help"])}</p>'
                f'<button class="opt" type="submit">{html.escape(t["join"])}</button></form>')
        return self._html(request, body)

    async def code_post(self, request: web.Request) -> web.Response:
        t = TEXT[language(request)]
        now = time.monotonic()
        self._wrong = [w for w in self._wrong if now - w < 60]
        if len(self._wrong) >= CODE_TRIES_PER_MINUTE:
            return await self.code_page(request, t["slow"])
        form = await _form(request)
        if _same(form.get("code", "").strip(), self.code):
            raise web.HTTPSeeOther(f"/r/{self.token}")
        self._wrong.append(now)
        return await self.code_page(request, t["bad_code"])

    # -- the ballot ----------------------------------------------------------------------------
    def _check(self, request: web.Request) -> None:
        if not _same(request.match_info["token"], self.token):
            raise web.HTTPNotFound()

    async def ballot_page(self, request: web.Request, message: str = "") -> web.Response:
        self._check(request)
        phone = request.cookies.get(COOKIE)
        fresh = phone is None or len(phone) > 64
        if fresh:
            phone = new_token()
        response = self._render(request, phone or "", message)
        if fresh:
            response.set_cookie(COOKIE, phone or "", httponly=True, samesite="Strict",
                                path=f"/r/{self.token}")
        return response

    def _render(self, request: web.Request, phone: str, message: str) -> web.Response:
        lang = language(request)
        t = TEXT[lang]
        b = self.ballot
        note = f'<p role="status">{html.escape(message)}</p>' if message else ""
        if not b.key:
            return self._html(request, f'{note}<h1>{html.escape(t["wait"])}</h1>', refresh=3)
        mine = b.choice_of(phone)
        head = f'<h1>{html.escape(b.title)}</h1>{note}'
        if b.split is not None:
            total = sum(b.split.values())
            items = "".join(
                f'<li>{o.number}. {html.escape(o.text)} – '
                f'{html.escape(t["votes"].format(n=b.split.get(o.choice_id, 0)))}</li>'
                for o in b.options)
            return self._html(request, head + f'<h2>{html.escape(t["split"])} '
                              f'({html.escape(t["votes"].format(n=total))})</h2><ul>{items}</ul>',
                              refresh=4)
        if not b.is_open:
            return self._html(request, head + f'<p>{html.escape(t["closed"])}</p>', refresh=3)
        buttons = "".join(
            f'<button class="opt" type="submit" name="choice" value="{html.escape(o.choice_id)}" '
            f'aria-pressed="{"true" if o.choice_id == mine else "false"}">'
            f'{o.number}. {html.escape(o.text)}</button>' for o in b.options)
        yours = ""
        if mine is not None:
            text = next((o.text for o in b.options if o.choice_id == mine), "")
            yours = (f'<p role="status">{html.escape(t["thanks"])} '
                     f'{html.escape(t["yours"].format(text=text))}</p>'
                     f'<p class="note">{html.escape(t["change"])}</p>')
        body = (head + yours + f'<form method="post"><input type="hidden" name="key" '
                f'value="{html.escape(b.key)}"><fieldset><legend>{html.escape(t["vote"])}'
                f'</legend>{buttons}</fieldset></form><p class="note">{html.escape(t["anon"])}</p>')
        return self._html(request, body, refresh=8 if mine is not None else None)

    async def vote(self, request: web.Request) -> web.Response:
        self._check(request)
        t = TEXT[language(request)]
        phone = request.cookies.get(COOKIE)
        if phone is None or len(phone) > 64:
            return await self.ballot_page(request)  # no cookie yet: show the page, set one
        form = await _form(request)
        result = self.ballot.vote(phone, form.get("key", ""), form.get("choice", ""))
        message = {"counted": "", "changed": "", "closed": t["closed"], "stale": t["stale"],
                   "unknown-option": t["limit"], "limit": t["limit"]}[result]
        status = 200 if result in ("counted", "changed") else 409
        response = self._render(request, phone, message)
        response.set_status(status)
        return response


def connection_limit(wanted: int = MAX_CONNECTIONS) -> int:
    """At most ``wanted`` connections, and never more than half of the file descriptors the
    process may still open beyond a reserve for the app itself (its database, settings, Qt)."""
    try:
        import resource
    except ImportError:  # Windows: no such limit on sockets
        return wanted
    soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return wanted
    return max(16, min(wanted, (int(soft) - 256) // 2))


class _Gate:
    """A protocol factory around aiohttp's: refuses a connection beyond ``limit`` at once (it
    is closed as soon as it is accepted), and gives each one ``lifetime`` seconds — then it is
    closed after the request it may be serving, and cut five seconds later if that does not
    happen (a phone sending its request a byte at a time holds nothing for long)."""

    def __init__(self, factory: Callable[[], Any], loop: asyncio.AbstractEventLoop,
                 limit: int, lifetime: float) -> None:
        self.factory, self.loop, self.limit, self.lifetime = factory, loop, limit, lifetime
        self.open = 0  # connections being served now

    def __call__(self) -> asyncio.Protocol:
        return _Guarded(self)


class _Guarded(asyncio.Protocol):
    """One connection: aiohttp's own handler inside, admitted or refused by the gate."""

    def __init__(self, gate: _Gate) -> None:
        self.gate = gate
        self.inner: Any = None
        self.transport: asyncio.BaseTransport | None = None
        self.timers: list[asyncio.TimerHandle] = []

    def connection_made(self, base: asyncio.BaseTransport) -> None:
        transport = cast(asyncio.Transport, base)
        if self.gate.open >= self.gate.limit:
            transport.abort()  # refused: its file descriptor is given back at once
            return
        self.gate.open += 1
        self.transport = transport
        self.inner = self.gate.factory()
        self.timers = [self.gate.loop.call_later(self.gate.lifetime, self._wind_down),
                       self.gate.loop.call_later(self.gate.lifetime + 5, transport.abort)]
        self.inner.connection_made(transport)

    def _wind_down(self) -> None:
        if self.inner is not None:
            self.inner.close()  # aiohttp's: no more requests; close once the current is done
        if self.transport is not None and not getattr(self.inner, "_request_in_progress", False):
            self.transport.close()

    def data_received(self, data: bytes) -> None:
        if self.inner is not None:
            self.inner.data_received(data)

    def eof_received(self) -> bool | None:
        return self.inner.eof_received() if self.inner is not None else None

    def pause_writing(self) -> None:
        if self.inner is not None:
            self.inner.pause_writing()

    def resume_writing(self) -> None:
        if self.inner is not None:
            self.inner.resume_writing()

    def connection_lost(self, exc: Exception | None) -> None:
        for timer in self.timers:
            timer.cancel()
        if self.inner is not None:
            self.gate.open -= 1
            self.inner.connection_lost(exc)
            self.inner = None


class VoteServer:
    """Runs a `VoteApp` on `host:port` in a background thread; `stop()` shuts it down cleanly."""

    def __init__(self, ballot: Ballot, host: str, port: int = 0, *,
                 max_connections: int | None = None,
                 connection_seconds: float = CONNECTION_SECONDS) -> None:
        self.vote_app = VoteApp(ballot)
        self.host, self.port = host, port
        self.max_connections = connection_limit(max_connections or MAX_CONNECTIONS)
        self.connection_seconds = connection_seconds
        self.gate: _Gate | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The short address to type (then the room code)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"

    @property
    def ballot_url(self) -> str:
        """The address with the unguessable token (for the QR code)."""
        return f"{self.url}r/{self.vote_app.token}"

    @property
    def code(self) -> str:
        return self.vote_app.code

    def start(self, timeout: float = 10) -> None:
        """Start serving; raises OSError if the address cannot be used (taken, not ours)."""
        started = threading.Event()
        failure: list[BaseException] = []

        def serve() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            try:
                # No access log and a silent error log: no phone's address is written anywhere.
                runner = web.AppRunner(self.vote_app.app, access_log=None, logger=_QUIET,
                                       keepalive_timeout=KEEPALIVE_SECONDS)
                loop.run_until_complete(runner.setup())
                family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
                sock = socket.socket(family, socket.SOCK_STREAM)
                try:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                    sock.bind((self.host, self.port))
                except OSError:
                    sock.close()
                    raise
                self.port = int(sock.getsockname()[1])  # the port chosen when 0 was asked for
                assert runner.server is not None
                self.gate = _Gate(runner.server, loop, self.max_connections,
                                  self.connection_seconds)
                server = loop.run_until_complete(loop.create_server(self.gate, sock=sock,
                                                                    backlog=256))
                self._runner = runner
            except BaseException as exc:  # reported to start(), which raises it
                failure.append(exc)
                with contextlib.suppress(Exception):
                    loop.run_until_complete(runner.cleanup())
                loop.close()
                started.set()
                return
            started.set()
            loop.run_forever()
            server.close()
            loop.run_until_complete(runner.cleanup())
            loop.close()

        self._thread = threading.Thread(target=serve, name="vote-server", daemon=True)
        self._thread.start()
        if not started.wait(timeout):
            raise OSError("the vote server did not start in time")
        if failure:
            self._thread.join(timeout)
            raise OSError(str(failure[0])) from failure[0]

    def stop(self, timeout: float = 10) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        if loop.is_running():
            loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout)
        self._loop = self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()
