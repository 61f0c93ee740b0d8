"""Parse a scenario file (format vagval/1) into an immutable Scenario, collecting diagnostics."""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from simulator.format.diagnostics import Collector
from simulator.format.expr import Compiled, ExprError, compile_expr
from simulator.format.header import Entry, Header, decode_text, parse_header
from simulator.format.model import (
    CATALOGUE_FORMAT_VERSION,
    CONTENT_LANGUAGES,
    DEFAULT_FAILING_OUTCOMES,
    DEFAULT_PASS_THRESHOLD,
    FORMAT_VERSION,
    LEVELS,
    OUTCOMES,
    THEMES,
    Catalogue,
    Choice,
    ChoiceId,
    Document,
    Effect,
    GuidanceId,
    Node,
    NodeId,
    Scenario,
    ScenarioId,
    VarDecl,
)
from simulator.format.render_limits import check_label, check_render_limits

REQUIRED = ("format", "id", "title", "theme", "level", "minutes", "role", "content_note",
            "goals", "authors", "guidance_version")
OPTIONAL = ("reviewer", "reviewed", "pass_threshold", "failing_outcomes", "dimensions",
            "variables", "start", "language")
MAX_INT_RANGE = 64

_NODE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_SCENARIO_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_CHOICE = re.compile(r"^\*\s*\[(.*)\]\s*->\s*(\S+)\s*$")
_SCORE = re.compile(r"^([a-z_]+)\s*([+-])\s*([0-9]{1,4})$")
_GUIDANCE = re.compile(r"^([+-])([A-Z]{1,6}-\d{2})$")
_INT_VAR = re.compile(r"^(-?[0-9]{1,6})\s*\.\.\s*(-?[0-9]{1,6})\s*=\s*(-?[0-9]{1,6})$")
_MINUTES = re.compile(r"^[0-9]{1,3}$")
_WORD = re.compile(r"[^\s,]+")
MAX_LABEL_TEXT = 300
MAX_ANNOTATION_CHARS = 2000  # a real annotation is under 100; bounds every per-item loop
_HTML = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?\s*>")
_ANNOTATIONS = ("score", "guidance", "if", "set", "critical", "critical_reason")


@dataclass(slots=True)
class _RawChoice:
    text: str
    target: str
    line: int
    annotations: dict[str, tuple[str, int, int]] = field(default_factory=dict)  # value, line, col
    feedback: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _RawNode:
    id: str
    title: str
    line: int
    text: list[str] = field(default_factory=list)
    text_lines: list[int] = field(default_factory=list)  # the file line of each text line
    documents: list[Document] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    facilitator: list[str] = field(default_factory=list)
    choices: list[_RawChoice] = field(default_factory=list)
    ending: str | None = None


def content_hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def parse_scenario(raw: bytes, path: str, catalogue: Catalogue | None,
                   out: Collector) -> Scenario | None:
    """Parse `raw` (the file's bytes). Returns None when the file cannot be used at all."""
    text = decode_text(raw, out)
    if text is None:
        return None
    lines = text.splitlines()
    del text  # the lines hold it now; a 100,000-node file is tens of megabytes
    header = parse_header(lines, out)
    if header is None:
        return None
    meta = _Meta(header, catalogue, out)
    if not meta.format_ok:
        return None
    variables = meta.variables()
    var_index = {decl.name: (i, decl.type) for i, decl in enumerate(variables.values())}
    built = _build_nodes(_parse_body(lines, header.body_start, out), meta, variables, var_index,
                         catalogue, out)
    del lines
    if not built:
        out.error(header.end_line, "no-nodes")
        return None
    start = meta.text("start") or next(iter(built))
    if start not in built:
        out.error(meta.line("start"), "start-unknown", id=start)
        start = next(iter(built))
    return Scenario(
        id=ScenarioId(meta.text("id")),
        title=meta.text("title"),
        theme=meta.text("theme"),
        level=meta.text("level"),
        minutes=meta.minutes(),
        role=meta.text("role"),
        content_note=meta.text("content_note"),
        goals=meta.list("goals"),
        authors=meta.list("authors"),
        reviewer=meta.text("reviewer"),
        reviewed=meta.text("reviewed"),
        guidance_version=meta.text("guidance_version"),
        pass_threshold=meta.threshold(),
        failing_outcomes=meta.failing_outcomes(),
        dimensions=meta.dimensions,
        variables=variables,
        start=NodeId(start),
        nodes=built,
        path=path,
        content_hash=content_hash(raw),
        catalogue=catalogue,
        language=meta.language(),
    )


class _Meta:
    """Checks and reads the scenario header."""

    def __init__(self, header: Header, catalogue: Catalogue | None, out: Collector) -> None:
        self.entries = header.entries
        self.out = out
        self.end_line = header.end_line
        self.format_ok = self._check_format()
        if not self.format_ok:
            return
        for key, entry in self.entries.items():
            if key not in REQUIRED and key not in OPTIONAL:
                close = difflib.get_close_matches(key, REQUIRED + OPTIONAL, n=1)
                hint = f" ('{close[0]}'?)" if close else ""
                out.error(entry.line, "key-unknown", column=1, key=key, hint=hint)
        for key in REQUIRED:
            if key not in self.entries:
                out.error(header.end_line, "key-missing", key=key)
        self._check_values()
        self._check_labels()
        self.known_dimensions = tuple(catalogue.dimensions) if catalogue else ()
        self.dimensions = self._dimensions()

    def _check_format(self) -> bool:
        entry = self.entries.get("format")
        if entry is None:
            self.out.error(1, "format-missing", expected=FORMAT_VERSION)
            return False
        if entry.value == CATALOGUE_FORMAT_VERSION:
            self.out.error(entry.line, "is-catalogue", found=entry.value)
            return False
        if entry.value != FORMAT_VERSION:
            self.out.error(entry.line, "format-wrong", found=entry.value or entry.kind,
                           expected=FORMAT_VERSION)
            return False
        return True

    def line(self, key: str) -> int:
        entry = self.entries.get(key)
        return entry.line if entry else self.end_line

    def text(self, key: str) -> str:
        entry = self.entries.get(key)
        return entry.value if entry and entry.kind == "scalar" else ""

    def list(self, key: str) -> tuple[str, ...]:
        entry = self.entries.get(key)
        if entry is None:
            return ()
        if entry.kind == "scalar":
            return (entry.value,) if entry.value else ()
        return tuple(item for item, _ in entry.items)

    def _type_error(self, entry: Entry, expected: str, found: str) -> None:
        self.out.error(entry.line, "value-type", column=1, key=entry.key, expected=expected,
                       found=found)

    def _check_values(self) -> None:
        for key in ("id", "title", "theme", "level", "minutes", "role", "content_note",
                    "guidance_version", "reviewer", "reviewed", "pass_threshold", "start",
                    "language"):
            entry = self.entries.get(key)
            if entry is not None and entry.kind != "scalar":
                self._type_error(entry, "en enkel text", "en lista")
            elif entry is not None and not entry.value and key in REQUIRED:
                self._type_error(entry, "en text", "")
        for key in ("goals", "authors"):
            entry = self.entries.get(key)
            if entry is not None and not self.list(key):
                self.out.error(entry.line, "list-empty", column=1, key=key)
        checks = (("theme", THEMES), ("level", LEVELS), ("language", CONTENT_LANGUAGES))
        for key, allowed in checks:
            entry = self.entries.get(key)
            if entry is not None and entry.kind == "scalar" and entry.value not in allowed:
                self.out.error(entry.line, "value-choice", column=1, key=key,
                               allowed=", ".join(allowed), found=entry.value)
        entry = self.entries.get("id")
        if entry is not None and entry.value and not _SCENARIO_ID.match(entry.value):
            self._type_error(entry, "små bokstäver, siffror och '-'", entry.value)
        entry = self.entries.get("reviewed")
        if entry is not None and entry.value and not _DATE.match(entry.value):
            self._type_error(entry, "ett datum ÅÅÅÅ-MM-DD", entry.value)
        self.minutes()
        self.threshold()
        self.failing_outcomes()

    def _check_labels(self) -> None:
        """Header text shown in the library, window titles and tooltips: bounded, and flagged
        when it holds HTML (shown as text, but never what the author meant)."""
        for key in ("title", "role", "content_note", "goals", "authors", "reviewer"):
            entry = self.entries.get(key)
            if entry is None:
                continue
            for value, line in ([(entry.value, entry.line)] if entry.kind == "scalar"
                                else entry.items):
                _check_html(value, line, out=self.out)
                if key in ("title", "role", "reviewer"):
                    check_label(value, self.out, line, key)
                elif len(value) > 4 * MAX_LABEL_TEXT:
                    check_label(value[: 4 * MAX_LABEL_TEXT + 1], self.out, line, key)

    def minutes(self) -> int:
        entry = self.entries.get("minutes")
        if entry is None or entry.kind != "scalar":
            return 0
        if _MINUTES.match(entry.value) and 1 <= int(entry.value) <= 240:
            return int(entry.value)
        if not getattr(self, "_minutes_reported", False):
            self._minutes_reported = True
            self._type_error(entry, "ett heltal 1–240", entry.value)
        return 0

    def language(self) -> str:
        """The language the case is written in; Swedish unless the header says otherwise."""
        value = self.text("language")
        return value if value in CONTENT_LANGUAGES else "sv"

    def threshold(self) -> float:
        entry = self.entries.get("pass_threshold")
        if entry is None or entry.kind != "scalar":
            return DEFAULT_PASS_THRESHOLD
        try:
            value = float(entry.value)
            if 0.0 <= value <= 1.0:
                return value
        except ValueError:
            pass
        if not getattr(self, "_threshold_reported", False):
            self._threshold_reported = True
            self._type_error(entry, "ett tal 0–1", entry.value)
        return DEFAULT_PASS_THRESHOLD

    def failing_outcomes(self) -> tuple[str, ...]:
        """The outcomes that fail the attempt: harm always, plus any the header lists."""
        entry = self.entries.get("failing_outcomes")
        if entry is None:
            return DEFAULT_FAILING_OUTCOMES
        items = entry.items if entry.kind != "scalar" else [(entry.value, entry.line)]
        found = set(DEFAULT_FAILING_OUTCOMES)
        report = not getattr(self, "_failing_reported", False)
        self._failing_reported = True
        for outcome, line in items:
            if outcome in OUTCOMES:
                found.add(outcome)
            elif outcome and report:
                self.out.error(line, "value-choice", column=1, key="failing_outcomes",
                               allowed=", ".join(OUTCOMES), found=outcome)
        return tuple(o for o in OUTCOMES if o in found)

    def _dimensions(self) -> tuple[str, ...]:
        entry = self.entries.get("dimensions")
        if entry is None:
            return self.known_dimensions
        dims: list[str] = []
        for dim, line in (entry.items if entry.kind != "scalar" else [(entry.value, entry.line)]):
            if self.known_dimensions and dim not in self.known_dimensions:
                self.out.error(line, "dimension-unknown", dim=dim,
                               known=", ".join(self.known_dimensions))
            elif dim and dim not in dims:
                dims.append(dim)
        if not dims and entry.kind != "scalar":
            self.out.error(entry.line, "list-empty", column=1, key="dimensions")
        return tuple(dims)

    def variables(self) -> dict[str, VarDecl]:
        entry = self.entries.get("variables")
        result: dict[str, VarDecl] = {}
        if entry is None:
            return result
        if entry.kind == "list" or (entry.kind == "scalar" and entry.value):
            self._type_error(entry, "indragna rader 'namn: värde'", entry.value or "en lista")
            return result
        for raw, line in entry.items:
            raw = raw.split(" #", 1)[0].strip()
            name, sep, value = raw.partition(":")
            name, value = name.strip(), value.strip()
            if not sep or not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", name) or name in (
                    "true", "false", "and", "or", "not"):
                self.out.error(line, "var-syntax", name=name or raw)
                continue
            if name in result:
                self.out.error(line, "header-duplicate", key=name)
                continue
            if value in ("true", "false"):
                result[name] = VarDecl(name, "bool", value == "true", 0, 1, line)
                continue
            match = _INT_VAR.match(value)
            if not match:
                self.out.error(line, "var-syntax", name=name)
                continue
            low, high, start = (int(g) for g in match.groups())
            if high < low or high - low + 1 > MAX_INT_RANGE or not low <= start <= high:
                self.out.error(line, "var-range", name=name, low=low, high=high, start=start,
                               limit=MAX_INT_RANGE)
                continue
            result[name] = VarDecl(name, "int", start, low, high, line)
        return result


def _parse_body(lines: list[str], first: int, out: Collector) -> Iterator[_RawNode]:
    """Split the body into nodes, blocks and raw choices (annotations still unparsed), yielding
    each node as soon as it is complete so that it can be built and its raw form dropped."""
    node: _RawNode | None = None
    stray_reported = False
    index = first
    while index < len(lines):
        raw = lines[index]
        number = index + 1
        index += 1
        if raw.startswith("## "):
            if node is not None:
                yield node
            node_id, _, title = raw[3:].partition("|")
            node = _RawNode(node_id.strip(), title.strip(), number)
            continue
        if node is None:
            if raw.strip() and not stray_reported:
                out.warning(number, "text-before-node")
                stray_reported = True
            continue
        if raw.startswith(":::"):
            index = _read_block(lines, index, raw, number, node, out)
            continue
        if raw.startswith("*") and raw[1:].lstrip().startswith("["):
            match = _CHOICE.match(raw.rstrip())
            if not match:
                out.error(number, "choice-syntax", column=1)
                node.choices.append(_RawChoice("", "", number))
                continue
            node.choices.append(_RawChoice(match.group(1).strip(), match.group(2), number))
            if not match.group(1).strip():
                out.error(number, "choice-text-empty", column=3)
            continue
        if node.choices:
            _read_annotation(raw, number, node.choices[-1], out)
            continue
        stripped = raw.strip()
        if stripped.startswith("ending:") and not any(t.strip() for t in node.text):
            node.ending = stripped[len("ending:"):].strip()
            if node.ending not in OUTCOMES:
                out.error(number, "ending-unknown", column=1, found=node.ending,
                          allowed=", ".join(OUTCOMES))
            continue
        _check_html(raw, number, out)
        node.text.append(raw)
        node.text_lines.append(number)
    if node is not None:
        yield node


def _check_html(raw: str, number: int, out: Collector) -> None:
    if "<" not in raw:  # most lines; also keeps the search off long lines of other text
        return
    match = _HTML.search(raw)
    if match:
        out.warning(number, "html-in-content", column=match.start() + 1, tag=match.group(0)[:40])


def _read_block(lines: list[str], index: int, opening: str, number: int, node: _RawNode,
                out: Collector) -> int:
    """Read a ::: block starting at line `number`; returns the index after its closing line."""
    head = opening[3:].strip()
    kind, _, rest = head.partition(" ")
    body: list[str] = []
    closed = False
    while index < len(lines):
        raw = lines[index]
        index += 1
        if raw.strip() == ":::":
            closed = True
            break
        body.append(raw)
    if not closed:
        out.error(number, "block-unclosed", kind=kind)
    for offset, raw in enumerate(body, start=1):
        _check_html(raw, number + offset, out)
    check_render_limits("\n".join(body), out, number + 1)
    if kind == "dokument":
        doc_id, sep, title = rest.partition("|")
        doc_id = doc_id.strip()
        if not sep or not _NODE_ID.match(doc_id) or not title.strip():
            out.error(number, "document-syntax", column=1)
            return index
        _check_html(title, number, out)
        check_label(title.strip(), out, number, "dokument")
        node.documents.append(Document(doc_id, title.strip(), "\n".join(body).strip(),
                                       NodeId(node.id), number))
    elif kind == "fragor":
        for raw in body:
            item = raw.strip()
            if item.startswith("- "):
                node.questions.append(item[2:].strip())
            elif item and node.questions:
                node.questions[-1] += " " + item
            elif item:
                node.questions.append(item)
    elif kind == "handledare":
        node.facilitator.extend(body)
    else:
        out.error(number, "block-unknown", column=4, kind=kind)
    return index


def _read_annotation(raw: str, number: int, choice: _RawChoice, out: Collector) -> None:
    if not raw.strip():
        return
    if raw[:2] not in ("  ", "\t ") and not raw.startswith("\t"):
        out.error(number, "annotation-syntax", column=1)
        return
    stripped = raw.strip()
    column = len(raw) - len(raw.lstrip()) + 1
    if stripped.startswith(">"):
        choice.feedback.append(stripped[1:].strip())
        return
    key, sep, value = stripped.partition(":")
    key = key.strip()
    if not sep:
        out.error(number, "annotation-syntax", column=column)
        return
    if key not in _ANNOTATIONS:
        out.error(number, "annotation-unknown", column=column, key=key)
        return
    if key in choice.annotations:
        out.error(number, "annotation-duplicate", column=column, key=key)
        return
    value_col = column + len(key) + 1 + (len(value) - len(value.lstrip()))
    if len(value) > MAX_ANNOTATION_CHARS:
        out.error(number, "annotation-too-long", column=value_col, key=key, size=len(value),
                  limit=MAX_ANNOTATION_CHARS)
        return
    choice.annotations[key] = (value.strip(), number, value_col)


def _build_nodes(raw_nodes: Iterator[_RawNode], meta: _Meta, variables: dict[str, VarDecl],
                 var_index: dict[str, tuple[int, str]], catalogue: Catalogue | None,
                 out: Collector) -> dict[NodeId, Node]:
    built: dict[NodeId, Node] = {}
    shared: dict[object, object] = {}  # equal score dicts and reference tuples, stored once
    doc_lines: dict[str, int] = {}
    for raw in raw_nodes:
        if not _NODE_ID.match(raw.id):
            out.error(raw.line, "node-id", column=4, id=raw.id)
        if raw.id in built:
            out.error(raw.line, "node-duplicate", column=4, id=raw.id,
                      first=built[NodeId(raw.id)].line)
            continue
        for doc in raw.documents:
            if doc.id in doc_lines:
                out.error(doc.line, "document-duplicate", id=doc.id, first=doc_lines[doc.id])
            else:
                doc_lines[doc.id] = doc.line
        choices = tuple(
            _build_choice(raw.id, n, rc, meta, variables, var_index, catalogue, out, shared)
            for n, rc in enumerate(raw.choices, start=1)
        )
        _check_html(raw.title, raw.line, out)
        check_label(raw.title, out, raw.line, "##")
        if raw.text:
            _check_text_limits(raw, out)
        if raw.ending is not None and choices:
            out.error(raw.line, "ending-with-choices", id=raw.id)
        if raw.ending is None and not choices:
            out.error(raw.line, "dead-end", id=raw.id)
        built[NodeId(raw.id)] = Node(
            id=NodeId(raw.id),
            title=raw.title,
            text="\n".join(raw.text).strip(),
            documents=tuple(raw.documents),
            choices=choices,
            ending=raw.ending,
            questions=tuple(raw.questions),
            facilitator="\n".join(raw.facilitator).strip(),
            line=raw.line,
        )
    _check_targets(built, out)
    return built


def _check_text_limits(raw: _RawNode, out: Collector) -> bool:
    """Check the node's narrative against the rendering limits, reporting the file line."""
    local = Collector(out.path)
    if check_render_limits("\n".join(raw.text), local, 0):
        return True
    for item in local.items:
        index = min(item.line, len(raw.text_lines) - 1)
        out.error(raw.text_lines[index], item.code, **item.params)
    return False


def _check_targets(built: dict[NodeId, Node], out: Collector) -> None:
    ids = sorted(built) if len(built) < 5000 else []  # suggestions only where cheap
    for node in built.values():
        for choice in node.choices:
            if choice.target and choice.target not in built:
                close = difflib.get_close_matches(choice.target, ids, n=1)
                hint = f" ('{close[0]}'?)" if close else ""
                out.error(choice.line, "target-unknown", column=len("* [") + len(choice.text) + 1,
                          target=choice.target, hint=hint)


def _build_choice(node_id: str, number: int, raw: _RawChoice, meta: _Meta,
                  variables: dict[str, VarDecl], var_index: dict[str, tuple[int, str]],
                  catalogue: Catalogue | None, out: Collector, shared: dict[object, object]
                  ) -> Choice:
    ann = raw.annotations
    _check_html(raw.text, raw.line, out)
    check_label(raw.text, out, raw.line, "* [ ]")
    if raw.feedback:
        check_render_limits(" ".join(raw.feedback), out, raw.line)
    score = _parse_score(ann.get("score"), meta, out)
    score = shared.setdefault(("score", *score.items()), score)  # type: ignore[assignment]
    follows, breaks = _parse_guidance(ann.get("guidance"), catalogue, out)
    follows = shared.setdefault(("refs", *follows), follows)  # type: ignore[assignment]
    breaks = shared.setdefault(("refs", *breaks), breaks)  # type: ignore[assignment]
    condition = None
    if "if" in ann:
        condition = _compile(ann["if"], var_index, "bool", out)
    effects = _parse_effects(ann.get("set"), variables, var_index, out)
    critical = False
    if "critical" in ann:
        value, line, col = ann["critical"]
        if value not in ("true", "false"):
            out.error(line, "critical-value", column=col, found=value)
        critical = value == "true"
    reason = ann["critical_reason"][0] if "critical_reason" in ann else ""
    return Choice(
        id=ChoiceId(f"{node_id}:{number}"),
        node=NodeId(node_id),
        text=raw.text,
        target=NodeId(raw.target),
        score=score,
        follows=follows,
        breaks=breaks,
        condition=condition,
        effects=effects,
        critical=critical,
        feedback=" ".join(raw.feedback).strip(),
        line=raw.line,
        critical_reason=reason,
    )


def _parse_score(ann: tuple[str, int, int] | None, meta: _Meta, out: Collector) -> dict[str, int]:
    score: dict[str, int] = {}
    if ann is None:
        return score
    value, line, col = ann
    offset = 0
    for part in value.split(","):
        item = part.strip()
        item_col = col + offset + (len(part) - len(part.lstrip()))
        offset += len(part) + 1
        match = _SCORE.match(item)
        if not match:
            out.error(line, "score-syntax", column=item_col, item=item)
            continue
        dim, sign, amount = match.groups()
        if meta.known_dimensions and dim not in meta.known_dimensions:
            out.error(line, "dimension-unknown", column=item_col, dim=dim,
                      known=", ".join(meta.known_dimensions))
            continue
        if meta.dimensions and dim not in meta.dimensions:
            out.error(line, "dimension-undeclared", column=item_col, dim=dim)
            continue
        score[dim] = score.get(dim, 0) + (int(amount) if sign == "+" else -int(amount))
    return score


def _parse_guidance(ann: tuple[str, int, int] | None, catalogue: Catalogue | None,
                    out: Collector) -> tuple[tuple[GuidanceId, ...], tuple[GuidanceId, ...]]:
    follows: list[GuidanceId] = []
    breaks: list[GuidanceId] = []
    if ann is None:
        return (), ()
    value, line, col = ann
    for found in _WORD.finditer(value):
        item = found.group(0)
        match = _GUIDANCE.match(item)
        item_col = col + found.start()
        if not match:
            out.error(line, "guidance-syntax", column=item_col, item=item)
            continue
        sign, gid = match.groups()
        if catalogue is not None and gid not in catalogue.principles:
            out.error(line, "guidance-unknown", column=item_col, id=gid)
            continue
        (follows if sign == "+" else breaks).append(GuidanceId(gid))
    return tuple(follows), tuple(breaks)


def _compile(ann: tuple[str, int, int], var_index: dict[str, tuple[int, str]], want: str,
             out: Collector) -> Compiled | None:
    value, line, col = ann
    try:
        return compile_expr(value, var_index, want)
    except ExprError as exc:
        out.error(line, exc.code, column=col + exc.column - 1, **exc.params)
        return None


def _parse_effects(ann: tuple[str, int, int] | None, variables: dict[str, VarDecl],
                   var_index: dict[str, tuple[int, str]], out: Collector) -> tuple[Effect, ...]:
    if ann is None:
        return ()
    value, line, col = ann
    effects: list[Effect] = []
    offset = 0
    for item in value.split(","):
        item_col = col + offset + (len(item) - len(item.lstrip()))
        offset += len(item) + 1
        name, sep, expr = item.partition("=")
        name = name.strip()
        if not sep or not name or expr.startswith("="):
            out.error(line, "set-syntax", column=item_col, item=item.strip())
            continue
        if name not in variables:
            out.error(line, "expr-name", column=item_col, name=name)
            continue
        expr_col = item_col + item.strip().find("=") + 1
        expr_col += len(expr) - len(expr.lstrip())
        compiled = _compile((expr.strip(), line, expr_col), var_index, variables[name].type, out)
        if compiled is not None:
            effects.append(Effect(name, var_index[name][0], compiled))
    return tuple(effects)
