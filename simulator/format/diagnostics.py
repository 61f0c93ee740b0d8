"""Diagnostics: every fault an author can make, with place, severity and a message in sv and en."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning", "teaching"]

SEVERITY_NAMES: dict[str, dict[str, str]] = {
    "error": {"sv": "fel", "en": "error"},
    "warning": {"sv": "varning", "en": "warning"},
    "teaching": {"sv": "pedagogik", "en": "teaching"},
}

# code -> (Swedish, English). Placeholders are filled from the diagnostic's params.
MESSAGES: dict[str, tuple[str, str]] = {
    # --- the file itself
    "file-missing": ("Filen finns inte eller kan inte läsas: {reason}.",
                     "The file does not exist or cannot be read: {reason}."),
    "file-empty": ("Filen är tom.", "The file is empty."),
    "file-utf16": ("Filen är sparad som UTF-16 eller UTF-32 (det Windows kallar ”Unicode”). "
                   "Spara den som UTF-8 i din editor.",
                   "The file is saved as UTF-16 or UTF-32 (what Windows calls \"Unicode\"). "
                   "Save it as UTF-8 in your editor."),
    "file-binary": ("Filen verkar vara binär (den innehåller nollbyte), inte text.",
                    "The file looks binary (it contains NUL bytes), not text."),
    "file-encoding": ("Filen är inte giltig UTF-8 (första felaktiga byte vid position {offset}). "
                      "Spara den som UTF-8 i din editor.",
                      "The file is not valid UTF-8 (first bad byte at offset {offset}). "
                      "Save it as UTF-8 in your editor."),
    "file-not-regular": ("Sökvägen pekar inte på en vanlig fil (utan på en mapp, en enhet "
                         "eller en namngiven pipe), så den läses inte.",
                         "The path does not lead to a regular file (but to a folder, a device "
                         "or a named pipe), so it is not read."),
    "file-too-large": ("Filen är {size} byte; största tillåtna storlek är {limit} byte.",
                       "The file is {size} bytes; the largest allowed is {limit} bytes."),
    "file-internal": ("Filen kunde inte läsas på grund av ett fel i Vägval ({kind}). Övriga "
                      "filer påverkas inte. Rapportera gärna felet.",
                      "The file could not be read because of a fault in Vägval ({kind}). Other "
                      "files are not affected. Please report it."),
    # --- header
    "header-missing": ("Filen ska börja med en rubrikdel mellan två rader med '---'.",
                       "The file must start with a header between two '---' lines."),
    "header-unclosed": ("Rubrikdelen avslutas aldrig med en rad '---'.",
                        "The header is never closed with a '---' line."),
    "header-syntax": ("Raden i rubrikdelen kan inte tolkas; skriv 'nyckel: värde'.",
                      "This header line cannot be read; write 'key: value'."),
    "header-duplicate": ("Nyckeln '{key}' förekommer mer än en gång.",
                         "The key '{key}' appears more than once."),
    "format-missing": ("Formatversion saknas. Lägg till 'format: {expected}' först i rubrikdelen.",
                       "The format version is missing. Add 'format: {expected}' at the top "
                       "of the header."),
    "format-wrong": ("Formatversionen '{found}' kan inte läsas av det här programmet; "
                     "det läser {expected}.",
                     "Format version '{found}' cannot be read by this program; "
                     "it reads {expected}."),
    "is-catalogue": ("Det här är en vägledningskatalog ({found}), inte ett scenario.",
                     "This is a guidance catalogue ({found}), not a scenario."),
    "key-missing": ("Obligatorisk uppgift '{key}' saknas i rubrikdelen.",
                    "The required key '{key}' is missing from the header."),
    "key-unknown": ("Okänd nyckel '{key}'{hint}.", "Unknown key '{key}'{hint}."),
    "value-type": ("'{key}' ska vara {expected}, men är '{found}'.",
                   "'{key}' must be {expected}, but is '{found}'."),
    "value-choice": ("'{key}' ska vara en av {allowed}, men är '{found}'.",
                     "'{key}' must be one of {allowed}, but is '{found}'."),
    "list-empty": ("'{key}' ska innehålla minst en punkt.",
                   "'{key}' must contain at least one item."),
    "var-syntax": ("Variabeln '{name}' kan inte tolkas: skriv 'namn: true', 'namn: false' eller "
                   "'namn: 0..4 = 2'.",
                   "The variable '{name}' cannot be read: write 'name: true', 'name: false' or "
                   "'name: 0..4 = 2'."),
    "var-range": ("Variabeln '{name}': intervallet {low}..{high} är tomt, för stort (högst {limit} "
                  "värden) eller startvärdet {start} ligger utanför.",
                  "Variable '{name}': the range {low}..{high} is empty, too large (at most "
                  "{limit} values) or the start value {start} is outside it."),
    "dimension-unknown": ("Okänd kompetensdimension '{dim}'. Katalogen har: {known}.",
                          "Unknown competence dimension '{dim}'. The catalogue has: {known}."),
    "dimension-undeclared": ("Dimensionen '{dim}' poängsätts men finns inte i scenariots "
                             "'dimensions'.",
                             "The dimension '{dim}' is scored but is not in the scenario's "
                             "'dimensions'."),
    "guidance-version": ("Scenariot skrevs mot vägledningsversion '{found}', men katalogen är "
                         "version '{expected}'. Kontrollera hänvisningarna.",
                         "The scenario was written against guidance version '{found}', but the "
                         "catalogue is version '{expected}'. Check the references."),
    "catalogue-missing": ("Ingen vägledningskatalog hittades; hänvisningar kan inte kontrolleras.",
                          "No guidance catalogue was found; references cannot be checked."),
    # --- nodes
    "no-nodes": ("Scenariot har inga noder. Varje nod börjar med '## nod-id'.",
                 "The scenario has no nodes. Each node starts with '## node-id'."),
    "node-id": ("Ogiltigt nod-id '{id}': använd små bokstäver a–z, siffror, '-' och '_'.",
                "Invalid node id '{id}': use lower-case letters a–z, digits, '-' and '_'."),
    "node-duplicate": ("Noden '{id}' finns redan (rad {first}).",
                       "The node '{id}' already exists (line {first})."),
    "start-unknown": ("Startnoden '{id}' finns inte.", "The start node '{id}' does not exist."),
    "text-before-node": ("Text efter rubrikdelen men före första noden ('## nod-id') ignoreras.",
                         "Text after the header but before the first node ('## node-id') "
                         "is ignored."),
    "ending-unknown": ("Okänd utfallskategori '{found}'; använd en av {allowed}.",
                       "Unknown outcome category '{found}'; use one of {allowed}."),
    "ending-with-choices": ("Noden '{id}' är ett slut men har val.",
                            "The node '{id}' is an ending but has choices."),
    "dead-end": ("Noden '{id}' har varken val eller 'ending:' — spelaren fastnar här.",
                 "The node '{id}' has neither choices nor 'ending:' — the player gets stuck here."),
    "block-unclosed": ("Blocket '::: {kind}' avslutas aldrig med ':::'.",
                       "The block '::: {kind}' is never closed with ':::'."),
    "block-unknown": ("Okänt block '::: {kind}'; använd dokument, fragor eller handledare.",
                      "Unknown block '::: {kind}'; use dokument, fragor or handledare."),
    "document-syntax": ("Skriv dokumentblocket som '::: dokument id | Titel'.",
                        "Write the document block as '::: dokument id | Title'."),
    "document-duplicate": ("Dokumentet '{id}' finns redan (rad {first}).",
                           "The document '{id}' already exists (line {first})."),
    "html-in-content": ("Rå HTML ('{tag}') visas som text i appen; skriv Markdown i stället.",
                        "Raw HTML ('{tag}') is shown as text in the app; write Markdown instead."),
    "render-block": ("Texten har {found} tecken; högst {limit} visas i en och samma ruta. "
                     "Dela upp den på flera noder eller dokument.",
                     "The text has {found} characters; at most {limit} are shown in one view. "
                     "Split it over several nodes or documents."),
    "render-lines": ("Texten har {found} rader; högst {limit} är tillåtet i en ruta.",
                     "The text has {found} lines; at most {limit} are allowed in one view."),
    "render-markup": ("Texten har {found} tecken för Markdown-formatering (* _ ` \\ [ ] ! &); "
                      "högst {limit} är tillåtet i en ruta.",
                      "The text has {found} Markdown formatting characters (* _ ` \\ [ ] ! &); "
                      "at most {limit} are allowed in one view."),
    "render-paragraph": ("Stycket är över {limit} tecken långt; dela det med tomma rader.",
                         "The paragraph is over {limit} characters long; split it with "
                         "blank lines."),
    "render-word": ("Ett ord (tecken utan mellanslag) är över {limit} tecken långt.",
                    "A word (characters without a space) is over {limit} characters long."),
    "render-nesting": ("Raden är inbäddad {found} nivåer djupt (citat och listor); högst "
                       "{limit} är tillåtet.",
                       "The line is nested {found} levels deep (quotes and lists); at most "
                       "{limit} are allowed."),
    "label-too-long": ("'{what}' har {found} tecken; högst {limit} är tillåtet.",
                       "'{what}' has {found} characters; at most {limit} are allowed."),
    # --- choices
    "choice-syntax": ("Valet kan inte tolkas: skriv '* [Text] -> mål-nod'.",
                      "The choice cannot be read: write '* [Text] -> target-node'."),
    "choice-text-empty": ("Valet har ingen text.", "The choice has no text."),
    "annotation-syntax": ("Raden under valet kan inte tolkas; skriv 'nyckel: värde' eller '> text'.",
                          "The line under the choice cannot be read; write 'key: value' "
                          "or '> text'."),
    "annotation-unknown": ("Okänd uppgift '{key}' på ett val; använd score, guidance, if, set, "
                           "critical, critical_reason eller '>'.",
                           "Unknown annotation '{key}' on a choice; use score, guidance, if, set, "
                           "critical, critical_reason or '>'."),
    "annotation-duplicate": ("Uppgiften '{key}' förekommer två gånger på samma val.",
                             "The annotation '{key}' appears twice on the same choice."),
    "annotation-too-long": ("'{key}' har {size} tecken; högst {limit} är tillåtet.",
                            "'{key}' has {size} characters; at most {limit} are allowed."),
    "score-syntax": ("Poängen '{item}' kan inte tolkas: skriv t.ex. 'sakerhet +2, barn -1'.",
                     "The score '{item}' cannot be read: write e.g. 'sakerhet +2, barn -1'."),
    "guidance-syntax": ("Hänvisningen '{item}' kan inte tolkas: skriv '+GEN-03' (följer) eller "
                        "'-HV-02' (bryter mot).",
                        "The reference '{item}' cannot be read: write '+GEN-03' (follows) or "
                        "'-HV-02' (breaks)."),
    "guidance-unknown": ("Vägledningsprincipen '{id}' finns inte i katalogen.",
                         "The guidance principle '{id}' is not in the catalogue."),
    "critical-value": ("'critical' ska vara true eller false, men är '{found}'.",
                       "'critical' must be true or false, but is '{found}'."),
    "target-unknown": ("Målnoden '{target}' finns inte{hint}.",
                       "The target node '{target}' does not exist{hint}."),
    "set-syntax": ("Effekten '{item}' kan inte tolkas: skriv 'namn = uttryck'.",
                   "The effect '{item}' cannot be read: write 'name = expression'."),
    # --- expressions
    "expr-syntax": ("Uttrycket kan inte tolkas: {detail}.", "The expression cannot be read: {detail}."),
    "expr-name": ("Variabeln '{name}' är inte deklarerad under 'variables'.",
                  "The variable '{name}' is not declared under 'variables'."),
    "expr-limit": ("Uttrycket är för stort: {detail}. Dela upp det eller förenkla.",
                   "The expression is too large: {detail}. Split or simplify it."),
    "expr-type": ("Typfel i uttrycket: {detail}.", "Type error in the expression: {detail}."),
    # --- analysis
    "unreachable": ("Noden '{id}' kan aldrig nås från starten.",
                    "The node '{id}' can never be reached from the start."),
    "ending-unreachable": ("Slutet '{id}' kan aldrig nås med variablernas värden.",
                           "The ending '{id}' can never be reached given the variables' values."),
    "node-unreachable-state": ("Noden '{id}' kan aldrig nås med variablernas värden.",
                               "The node '{id}' can never be reached given the variables' values."),
    "trap-loop": ("Noderna {ids} bildar en slinga utan väg ut till något slut.",
                  "The nodes {ids} form a loop with no way out to an ending."),
    "state-trap": ("Från noden '{id}' finns det lägen där inget val går att göra eller där inget "
                   "slut kan nås.",
                   "From the node '{id}' there are states where no choice is possible or no "
                   "ending can be reached."),
    "condition-never": ("Villkoret på detta val kan aldrig bli sant.",
                        "The condition on this choice can never be true."),
    "score-in-loop": ("Valet ger poäng men ligger i en slinga; poängen kan samlas hur många gånger "
                      "som helst.",
                      "The choice scores but lies in a loop; the points could be collected "
                      "any number of times."),
    "dimension-unused": ("Ingen väg genom scenariot påverkar dimensionen '{dim}'.",
                         "No path through the scenario affects the dimension '{dim}'."),
    "state-limit": ("Scenariot har fler än {limit} lägen (nod × variabelvärden); analysen avbröts. "
                    "Minska antalet variabler eller deras intervall.",
                    "The scenario has more than {limit} states (node × variable values); the "
                    "analysis stopped. Reduce the number of variables or their ranges."),
    "edge-limit": ("Scenariot har för många vägar att pröva: fler än {limit} val i alla lägen "
                   "(nod × variabelvärden) tillsammans; analysen avbröts. Minska antalet val som "
                   "leder tillbaka, variablerna eller deras intervall.",
                   "The scenario has too many ways to try: more than {limit} choices over all "
                   "its states (node × variable values); the analysis stopped. Reduce the "
                   "choices that lead back, the variables or their ranges."),
    # --- the verdict (see docs/scenario-format.md, "Scoring and the verdict")
    "all-critical": ("Varje väg genom scenariot innehåller minst ett kritiskt val, så ingen kan bli "
                     "godkänd. Expertvägen: {path}.",
                     "Every route through the scenario has at least one critical choice, so "
                     "nobody can pass. The expert path: {path}."),
    "no-pass": ("Ingen väg kan bli godkänd: varje väg utan kritiskt val slutar i ett utfall som "
                "underkänner ({outcome}). Expertvägen: {path}.",
                "No path can pass: every path without a critical choice ends in an outcome that "
                "fails ({outcome}). The expert path: {path}."),
    "harm-reachable": ("Slutet '{id}' har utfallet '{outcome}', som underkänner, men kan nås utan "
                       "något kritiskt val: {path}. Markera det avgörande valet som kritiskt "
                       "eller ändra slutet.",
                       "The ending '{id}' has the outcome '{outcome}', which fails, but can be "
                       "reached without any critical choice: {path}. Mark the decisive choice "
                       "critical or change the ending."),
    "critical-gains": ("Valet är kritiskt men ger poäng ({gains}); ett kritiskt val bör inte "
                       "belönas i någon dimension.",
                       "The choice is critical but gains points ({gains}); a critical choice "
                       "should not be rewarded in any dimension."),
    "severity-inconsistent": ("Principen {id} bryts här med ett {here} val, men med ett {there} val "
                              "på andra ställen: {places}. Gör bedömningen enhetlig, eller skriv "
                              "'critical_reason:' på valet och förklara skillnaden.",
                              "The principle {id} is broken here by a {here} choice, but by a "
                              "{there} choice elsewhere: {places}. Make the severity consistent, "
                              "or add 'critical_reason:' to the choice to say why it differs."),
    "guessable": ("Det bästa alternativet går att gissa utan kunskap: {detail} (i {n} beslut; "
                  "slumpen ger {chance} %). Skriv om alternativen så att längd, ordning och "
                  "formulering inte avslöjar svaret.",
                  "The best option can be guessed without knowledge: {detail} (in {n} decisions; "
                  "chance gives {chance} %). Rewrite the options so that length, order and "
                  "wording do not give the answer away."),
    "no-feedback": ("Valet saknar återkoppling ('> varför').",
                    "The choice has no feedback ('> why')."),
    "no-guidance": ("Valet saknar hänvisning till vägledningen ('guidance:').",
                    "The choice has no guidance reference ('guidance:')."),
    # --- catalogue
    "principle-syntax": ("Principrubriken ska vara '## ID | Titel', t.ex. '## GEN-03 | Riskbedömning'.",
                         "The principle heading must be '## ID | Title', e.g. "
                         "'## GEN-03 | Risk assessment'."),
    "principle-duplicate": ("Principen '{id}' finns redan (rad {first}).",
                            "The principle '{id}' already exists (line {first})."),
    "principle-text": ("Principen '{id}' saknar text.", "The principle '{id}' has no text."),
    "dimension-syntax": ("Dimensionen ska skrivas 'id: Svenskt namn | English name'.",
                         "The dimension must be written 'id: Swedish name | English name'."),
    "no-dimensions": ("Katalogen definierar inga kompetensdimensioner.",
                      "The catalogue defines no competence dimensions."),
    "scenario-duplicate": ("Scenario-id '{id}' används redan av {other}.",
                           "The scenario id '{id}' is already used by {other}."),
}


@dataclass(frozen=True)
class Text:
    """A parameter that itself needs translating (e.g. the detail of an expression error)."""

    sv: str
    en: str

    def __str__(self) -> str:
        return self.sv


@dataclass(frozen=True)
class Diagnostic:
    """One finding about a content file. Never raised: collected and reported."""

    path: str
    line: int
    column: int
    severity: Severity
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str = "sv") -> str:
        sv, en = MESSAGES[self.code]
        template = en if lang == "en" else sv
        params = {
            key: (value.en if lang == "en" else value.sv) if isinstance(value, Text) else value
            for key, value in self.params.items()
        }
        try:
            return template.format(**params)
        except (KeyError, IndexError):  # a missing param must not hide the finding
            return template

    def location(self) -> str:
        if self.line <= 0:
            return self.path
        if self.column > 0:
            return f"{self.path}:{self.line}:{self.column}"
        return f"{self.path}:{self.line}"

    def format(self, lang: str = "sv") -> str:
        severity = SEVERITY_NAMES[self.severity]["en" if lang == "en" else "sv"]
        return f"{self.location()}: {severity}: {self.message(lang)}"

    def to_dict(self, lang: str = "sv") -> dict[str, Any]:
        return {
            "file": self.path,
            "line": self.line,
            "column": self.column,
            "severity": self.severity,
            "code": self.code,
            "message": self.message(lang),
        }

    def sort_key(self) -> tuple[str, int, int]:
        return (self.path, self.line, self.column)


class Collector:
    """Collects diagnostics for one file."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.items: list[Diagnostic] = []

    def add(self, line: int, severity: Severity, code: str, column: int = 0,
            **params: Any) -> None:
        if code not in MESSAGES:  # programming error, not a content fault
            raise KeyError(f"unknown diagnostic code {code!r}")
        self.items.append(Diagnostic(self.path, line, column, severity, code, params))

    def error(self, line: int, code: str, column: int = 0, **params: Any) -> None:
        self.add(line, "error", code, column, **params)

    def warning(self, line: int, code: str, column: int = 0, **params: Any) -> None:
        self.add(line, "warning", code, column, **params)

    def teaching(self, line: int, code: str, column: int = 0, **params: Any) -> None:
        self.add(line, "teaching", code, column, **params)

    @property
    def has_errors(self) -> bool:
        return any(d.severity == "error" for d in self.items)


def has_errors(diagnostics: list[Diagnostic]) -> bool:
    return any(d.severity == "error" for d in diagnostics)
