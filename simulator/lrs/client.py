"""A minimal xAPI 1.0.3 client over the standard library: post statements, page through them.

Every answer is sorted into one of three outcomes, which is all the sender needs to know:
``ok`` (2xx), ``refused`` (a 4xx about the statements themselves: 400, 409, 413, 422 — the
LRS's reason is kept) and ``unavailable`` (nothing wrong with the statements: offline, a
timeout, a 5xx, a 429, or a 401/403/404 that means the settings are wrong; try again later).
"""

from __future__ import annotations

import base64
import http.client
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from simulator.lrs.config import LrsSettings, endpoint_problem

XAPI_HEADER = {"X-Experience-API-Version": "1.0.3"}
# The most an answer may hold: a page of statements is far smaller. A larger answer (a
# misconfigured or hostile server) is not read into memory.
MAX_ANSWER_BYTES = 32 * 1024 * 1024
REFUSED = frozenset({400, 409, 413, 422})
Outcome = Literal["ok", "refused", "unavailable"]


@dataclass(frozen=True)
class Answer:
    outcome: Outcome
    status: int | None  # the HTTP status; None when no answer came (offline, timeout)
    reason: str  # the LRS's own words (or the network error), for the user and the log
    body: Any = None  # the decoded JSON body of a 2xx answer


class LrsClient:
    def __init__(self, settings: LrsSettings, *, timeout: float = 10.0) -> None:
        self.settings = settings
        self.timeout = timeout
        base = settings.endpoint.strip()
        self.base = base if base.endswith("/") else base + "/"

    def post_statements(self, bodies: Sequence[str]) -> Answer:
        """POST a batch of statements (each already JSON text, sent byte for byte)."""
        data = ("[" + ",".join(bodies) + "]").encode("utf-8")
        return self._call("POST", "statements", data=data)

    def get_statements(self, params: Mapping[str, str] | None = None) -> Answer:
        query = "?" + urllib.parse.urlencode(params) if params else ""
        return self._call("GET", "statements" + query)

    def about(self) -> Answer:
        return self._call("GET", "about")

    def test_connection(self) -> Answer:
        """Check the endpoint and the credentials: a one-statement GET needs both."""
        return self.get_statements({"limit": "1"})

    def all_statements(self, params: Mapping[str, str]) -> Iterator[dict[str, Any]]:
        """Every statement matching ``params``, following the LRS's ``more`` links page by page.
        Raises :class:`LrsUnavailable` when a page cannot be read."""
        answer = self.get_statements(params)
        while True:
            if answer.outcome != "ok":
                raise LrsUnavailable(answer)
            body = answer.body
            statements = body.get("statements") if isinstance(body, dict) else None
            more = (body.get("more") or "") if isinstance(body, dict) else None
            if not isinstance(statements, list) or not isinstance(more, str):
                # not an xAPI StatementResult (a list, a number, "more" that is no link):
                # said like an LRS that cannot be reached, never an AttributeError
                raise LrsUnavailable(Answer("unavailable", answer.status,
                                            "the LRS's answer is not a list of statements"))
            yield from (s for s in statements if isinstance(s, dict))
            if not more:
                return
            answer = self._call("GET", more, absolute=True)

    def _call(self, method: str, path: str, *, data: bytes | None = None, absolute: bool = False) -> Answer:
        problem = endpoint_problem(self.settings.endpoint, "en")
        if problem is not None:  # the statements wait until the address is put right
            return Answer("unavailable", None, problem)
        parts = urllib.parse.urlsplit(self.base)
        if absolute:
            url = urllib.parse.urljoin(f"{parts.scheme}://{parts.netloc}", path)
            target = urllib.parse.urlsplit(url)
            if (target.scheme, target.netloc) != (parts.scheme, parts.netloc):
                # the key and secret go only to the configured server
                return Answer("unavailable", None,
                              f"the LRS's next-page link leads to another server: {url[:200]}")
        else:
            url = self.base + path
        headers = dict(XAPI_HEADER)
        if data is not None:
            headers["Content-Type"] = "application/json"
        if self.settings.key or self.settings.secret:
            token = base64.b64encode(f"{self.settings.key}:{self.settings.secret}".encode()).decode()
            headers["Authorization"] = f"Basic {token}"
        request = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with _OPENER.open(request, timeout=self.timeout) as response:
                raw = response.read(MAX_ANSWER_BYTES + 1)
                status = response.status
        except urllib.error.HTTPError as exc:
            reason = _reason(exc.read(64 * 1024), exc.code, exc.reason)
            if 300 <= exc.code < 400:
                reason += (f" (a redirect to {str(exc.headers.get('Location', ''))[:200]}; "
                           "redirects are not followed: set the LRS address to the final one)")
            outcome: Outcome = "refused" if exc.code in REFUSED else "unavailable"
            return Answer(outcome, exc.code, reason)
        except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as exc:
            cause = getattr(exc, "reason", exc)
            return Answer("unavailable", None, f"no answer from {url}: {cause}")
        except (http.client.HTTPException, ValueError) as exc:
            # InvalidURL (a control character in a next-page link the LRS sent), an answer that
            # is not HTTP (BadStatusLine, LineTooLong, too many headers, IncompleteRead): the
            # statements wait, and nothing is raised to the caller
            return Answer("unavailable", None, f"no usable answer from {url!r}: "
                          f"{type(exc).__name__}: {str(exc)[:200]}")
        if len(raw) > MAX_ANSWER_BYTES:
            return Answer("unavailable", status, f"the answer from {url} is larger than "
                          f"{MAX_ANSWER_BYTES // (1024 * 1024)} MB; it was not read")
        try:
            body = json.loads(raw) if raw else None
        except (ValueError, RecursionError):  # RecursionError: JSON nested thousands deep
            body = None
        return Answer("ok", status, "", body)


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect is an error, not followed: urllib would carry the Authorization header (the
    key and secret) to wherever the redirect points, another server included."""

    def redirect_request(self, req: urllib.request.Request, fp: Any, code: int, msg: str,
                         headers: Any, newurl: str) -> None:
        return None


_OPENER = urllib.request.build_opener(_NoRedirects())


class LrsUnavailable(Exception):
    def __init__(self, answer: Answer) -> None:
        super().__init__(answer.reason)
        self.answer = answer


def _reason(raw: bytes, status: int, fallback: object) -> str:
    text = raw.decode("utf-8", "replace").strip()
    try:
        parsed = json.loads(text)
    except (ValueError, RecursionError):
        parsed = None
    if isinstance(parsed, dict) and "detail" in parsed:
        detail = parsed["detail"]
        text = detail if isinstance(detail, str) else json.dumps(detail, ensure_ascii=False)
    return f"HTTP {status}: {(text or str(fallback))[:800]}"
