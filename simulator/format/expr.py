"""The tiny expression language for conditions and effects: parsed and type-checked, never eval'd.

Grammar (lowest precedence first)::

    expr   := and ('or' and)*
    and    := not ('and' not)*
    not    := 'not' not | cmp
    cmp    := sum (('=='|'!='|'<'|'<='|'>'|'>=') sum)?
    sum    := unary (('+'|'-') unary)*
    unary  := '-' unary | atom
    atom   := INTEGER | 'true' | 'false' | NAME | '(' expr ')'

An expression compiles to a closure over a tuple of variable values (in declaration order),
so the analysis can evaluate it for every state cheaply.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from simulator.format.diagnostics import Text

Value = bool | int
Values = tuple[Value, ...]
Evaluator = Callable[[Values], Value]

_TOKEN = re.compile(r"\s*(?:([0-9]+)|([A-Za-z_åäöÅÄÖ][A-Za-z0-9_åäöÅÄÖ]*)|(==|!=|<=|>=|[<>()+\-]))")
_REST_IS_BLANK = re.compile(r"\s*\Z")
_KEYWORDS = {"and", "or", "not", "true", "false"}
_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "==": operator.eq, "!=": operator.ne, "<": operator.lt,
    "<=": operator.le, ">": operator.gt, ">=": operator.ge,
}


class ExprError(Exception):
    """A fault in an author's expression; becomes a diagnostic, never reaches the user raw."""

    def __init__(self, code: str, column: int, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.column = column  # 1-based within the expression text
        self.params = params


def _either(lf: Evaluator, rf: Evaluator) -> Evaluator:
    return lambda v: bool(lf(v) or rf(v))


def _both(lf: Evaluator, rf: Evaluator) -> Evaluator:
    return lambda v: bool(lf(v) and rf(v))


def _plus(lf: Evaluator, rf: Evaluator) -> Evaluator:
    return lambda v: int(lf(v)) + int(rf(v))


def _minus(lf: Evaluator, rf: Evaluator) -> Evaluator:
    return lambda v: int(lf(v)) - int(rf(v))


# Bounds that keep every stage linear and every recursion shallow (an expression in a real
# scenario is under 80 characters and a handful of tokens). Each is checked before the work it
# protects: the length before tokenising, the digits before int(), the nesting while parsing.
MAX_EXPR_CHARS = 500
MAX_EXPR_TOKENS = 100
MAX_EXPR_NESTING = 16
MAX_NUMBER_DIGITS = 7
MAX_NUMBER = 1_000_000


@dataclass(frozen=True, slots=True)
class Compiled:
    """A type-checked expression ready to evaluate."""

    source: str
    type: str  # "bool" or "int"
    evaluate: Evaluator
    names: frozenset[str]
    # how to compile it again: a compiled closure cannot be pickled, its source can (the
    # authoring studio checks text in a worker process and gets the scenario back pickled)
    rebuild: tuple[str, tuple[tuple[str, tuple[int, str]], ...], str | None] | None = field(
        default=None, compare=False, repr=False)

    def __reduce__(self) -> tuple[object, ...]:
        if self.rebuild is None:
            raise TypeError("this expression cannot be pickled (compiled without its source)")
        return (_recompile, self.rebuild)


def _recompile(text: str, variables: tuple[tuple[str, tuple[int, str]], ...],
               want: str | None) -> Compiled:
    return compile_expr(text, dict(variables), want)


@dataclass(frozen=True)
class _Tok:
    kind: str  # "int", "name", "op", "end"
    text: str
    column: int


def _limit(column: int, sv: str, en: str) -> ExprError:
    return ExprError("expr-limit", column, detail=Text(sv, en))


def _tokenise(text: str) -> list[_Tok]:
    """Split `text` into tokens in one pass (each character is looked at a bounded number of
    times), refusing over-long numbers and too many tokens as soon as they appear."""
    tokens: list[_Tok] = []
    pos = 0
    while pos < len(text):
        if _REST_IS_BLANK.match(text, pos):
            break
        match = _TOKEN.match(text, pos)
        if not match:
            col = pos + 1
            while text[col - 1].isspace():
                col += 1
            raise ExprError("expr-syntax", col, detail=Text(f"oväntat tecken '{text[col - 1]}'",
                                                      f"unexpected character '{text[col - 1]}'"))
        number, name, op = match.groups()
        col = match.start(match.lastindex or 0) + 1
        if number is not None:
            if len(number) > MAX_NUMBER_DIGITS:
                raise _limit(col, f"talet har fler än {MAX_NUMBER_DIGITS} siffror",
                             f"the number has more than {MAX_NUMBER_DIGITS} digits")
            tokens.append(_Tok("int", number, col))
        elif name is not None:
            tokens.append(_Tok("name", name, col))
        else:
            tokens.append(_Tok("op", op, col))
        if len(tokens) > MAX_EXPR_TOKENS:
            raise _limit(col, f"fler än {MAX_EXPR_TOKENS} delar", f"more than {MAX_EXPR_TOKENS} parts")
        pos = match.end()
    tokens.append(_Tok("end", "", len(text) + 1))
    return tokens


class _Parser:
    def __init__(self, text: str, variables: dict[str, tuple[int, str]]) -> None:
        self.text = text
        self.tokens = _tokenise(text)
        self.pos = 0
        self.variables = variables  # name -> (index, type)
        self.names: set[str] = set()
        self.nesting = 0

    # -- helpers
    def peek(self) -> _Tok:
        return self.tokens[self.pos]

    def take(self) -> _Tok:
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def is_word(self, word: str) -> bool:
        tok = self.peek()
        return tok.kind == "name" and tok.text == word

    def is_op(self, *ops: str) -> bool:
        tok = self.peek()
        return tok.kind == "op" and tok.text in ops

    def expect_type(self, node: tuple[str, Evaluator], want: str, tok: _Tok, what: str) -> None:
        if node[0] != want:
            sv = "ett heltal" if want == "int" else "en flagga (true/false)"
            en = "a whole number" if want == "int" else "a flag (true/false)"
            raise ExprError("expr-type", tok.column,
                            detail=Text(f"'{what}' kräver {sv}", f"'{what}' needs {en}"))

    # -- grammar
    def parse(self) -> tuple[str, Evaluator]:
        if self.peek().kind == "end":
            raise ExprError("expr-syntax", 1, detail=Text("uttrycket är tomt", "it is empty"))
        node = self.or_()
        tok = self.peek()
        if tok.kind != "end":
            raise ExprError("expr-syntax", tok.column,
                            detail=Text(f"oväntat '{tok.text}'", f"unexpected '{tok.text}'"))
        return node

    def or_(self) -> tuple[str, Evaluator]:
        left = self.and_()
        while self.is_word("or"):
            tok = self.take()
            right = self.and_()
            self.expect_type(left, "bool", tok, "or")
            self.expect_type(right, "bool", tok, "or")
            lf, rf = left[1], right[1]
            left = ("bool", _either(lf, rf))
        return left

    def and_(self) -> tuple[str, Evaluator]:
        left = self.not_()
        while self.is_word("and"):
            tok = self.take()
            right = self.not_()
            self.expect_type(left, "bool", tok, "and")
            self.expect_type(right, "bool", tok, "and")
            lf, rf = left[1], right[1]
            left = ("bool", _both(lf, rf))
        return left

    def not_(self) -> tuple[str, Evaluator]:
        if self.is_word("not"):
            tok = self.take()
            inner = self.not_()
            self.expect_type(inner, "bool", tok, "not")
            f = inner[1]
            return ("bool", lambda v, f=f: not f(v))
        return self.cmp()

    def cmp(self) -> tuple[str, Evaluator]:
        left = self.sum()
        if self.is_op(*_COMPARE):
            tok = self.take()
            right = self.sum()
            if tok.text in ("==", "!="):
                if left[0] != right[0]:
                    raise ExprError("expr-type", tok.column, detail=Text(
                        f"'{tok.text}' jämför en flagga med ett heltal",
                        f"'{tok.text}' compares a flag with a whole number"))
            else:
                self.expect_type(left, "int", tok, tok.text)
                self.expect_type(right, "int", tok, tok.text)
            fn, lf, rf = _COMPARE[tok.text], left[1], right[1]
            return ("bool", lambda v, fn=fn, lf=lf, rf=rf: fn(lf(v), rf(v)))
        return left

    def sum(self) -> tuple[str, Evaluator]:
        left = self.unary()
        while self.is_op("+", "-"):
            tok = self.take()
            right = self.unary()
            self.expect_type(left, "int", tok, tok.text)
            self.expect_type(right, "int", tok, tok.text)
            lf, rf = left[1], right[1]
            left = ("int", (_plus if tok.text == "+" else _minus)(lf, rf))
        return left

    def unary(self) -> tuple[str, Evaluator]:
        if self.is_op("-"):
            tok = self.take()
            inner = self.unary()
            self.expect_type(inner, "int", tok, "-")
            f = inner[1]
            return ("int", lambda v, f=f: -f(v))
        return self.atom()

    def atom(self) -> tuple[str, Evaluator]:
        tok = self.take()
        if tok.kind == "int":
            number = int(tok.text)
            if number > MAX_NUMBER:
                raise ExprError("expr-syntax", tok.column, detail=Text(
                    f"talet {tok.text} är för stort", f"the number {tok.text} is too large"))
            return ("int", lambda v, n=number: n)
        if tok.kind == "name":
            if tok.text == "true":
                return ("bool", lambda v: True)
            if tok.text == "false":
                return ("bool", lambda v: False)
            if tok.text in _KEYWORDS:
                raise ExprError("expr-syntax", tok.column, detail=Text(
                    f"'{tok.text}' saknar värde", f"'{tok.text}' has no value"))
            if tok.text not in self.variables:
                raise ExprError("expr-name", tok.column, name=tok.text)
            index, vtype = self.variables[tok.text]
            self.names.add(tok.text)
            return (vtype, lambda v, i=index: v[i])
        if tok.kind == "op" and tok.text == "(":
            self.nesting += 1
            if self.nesting > MAX_EXPR_NESTING:
                raise _limit(tok.column, f"mer än {MAX_EXPR_NESTING} parenteser i varandra",
                             f"more than {MAX_EXPR_NESTING} nested parentheses")
            inner = self.or_()
            self.nesting -= 1
            closing = self.take()
            if closing.kind != "op" or closing.text != ")":
                raise ExprError("expr-syntax", closing.column,
                                detail=Text("')' saknas", "')' is missing"))
            return inner
        if tok.kind == "end":
            raise ExprError("expr-syntax", tok.column,
                            detail=Text("uttrycket slutar för tidigt", "it ends too early"))
        raise ExprError("expr-syntax", tok.column,
                            detail=Text(f"oväntat '{tok.text}'", f"unexpected '{tok.text}'"))


def compile_expr(text: str, variables: dict[str, tuple[int, str]],
                 want: str | None = None) -> Compiled:
    """Parse and type-check `text`; `variables` maps name -> (index, "bool"|"int")."""
    if len(text) > MAX_EXPR_CHARS:
        raise _limit(1, f"det har {len(text)} tecken, högst {MAX_EXPR_CHARS} är tillåtet",
                     f"it has {len(text)} characters, at most {MAX_EXPR_CHARS} are allowed")
    parser = _Parser(text, variables)
    vtype, evaluate = parser.parse()
    if want is not None and vtype != want:
        sv = "en flagga (true/false)" if want == "bool" else "ett heltal"
        en = "a flag (true/false)" if want == "bool" else "a whole number"
        raise ExprError("expr-type", 1, detail=Text(f"uttrycket ska ge {sv}",
                                                    f"the expression must give {en}"))
    return Compiled(text, vtype, evaluate, frozenset(parser.names),
                    (text, tuple(variables.items()), want))
