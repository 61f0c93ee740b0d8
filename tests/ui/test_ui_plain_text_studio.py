"""Hostile content through the workshop screens, the phone pages and the authoring studio
(issue 13, attack 1, continued): the same probe as test_ui_plain_text.py, applied to the
facilitator view, the projector, the workshop debrief and its PDF, the phones' HTML, the
studio's editor, diagnostics list, story map, figures, guidance browser and play pane."""

from __future__ import annotations

import urllib.request

import pytest

from simulator.authoring import workspace
from tests.ui.conftest import EXAMPLE
from tests.ui.test_ui_plain_text import HOSTILE, SEEN_AS_TEXT, Probe, assert_pdf_plain

# A hostile string in every kind of content field a scenario author controls.
REPLACEMENTS = {
    "title: Exempel – samtalet i receptionen": f"title: Exempel {HOSTILE}",
    "## besok | Ett besök om pengar": f"## besok | Ett besök {HOSTILE}",
    "| Anteckning från receptionen": f"| Anteckning {HOSTILE}",
    "* [Fråga rutinmässigt om våld, eftersom hon är ensam i dag]": f"* [Fråga om våld {HOSTILE}]",
    "- Vilka signaler ser ni i beskrivningen?": f"- Vilka signaler {HOSTILE}?",
    "Låt gruppen lägga märke till": f"Låt gruppen {HOSTILE} lägga märke till",
    "## slut-skada | Hotet ökar": f"## slut-skada | Hotet ökar {HOSTILE}",
}


def hostile_text() -> str:
    """The worked example with hostile text in every field; `validate` warns about each raw
    HTML fragment, so the studio's diagnostics quote hostile text as well."""
    text = EXAMPLE.read_text(encoding="utf-8")
    for old, new in REPLACEMENTS.items():
        assert old in text, old
        text = text.replace(old, new)
    return text


@pytest.fixture
def hostile_dir(scenario_dir):
    (scenario_dir / "exempel.md").write_text(hostile_text(), encoding="utf-8")
    return scenario_dir


def test_hostile_content_is_plain_text_in_every_workshop_screen(make_window, hostile_dir,
                                                                tmp_path, monkeypatch):
    import ui.workshop as ws

    probe = Probe()
    window = make_window([hostile_dir])
    entry = window.state.entry("exempel-samtalet")
    assert entry.ok, entry.loaded.diagnostics
    c = ws.start_workshop(window, entry, group=f"Gruppen {HOSTILE}", separate_projector=False)
    view = window.current_screen()
    view.show_marks.setChecked(True)
    probe.window()  # the facilitator view: title, node, document, questions, notes, options
    at_facilitator = len(probe.checked)
    view.toggle_projector()
    probe.window()  # the projector
    view.toggle_projector()

    # the phones' page for this decision, from the running server
    view.phones.start("127.0.0.1")
    try:
        with urllib.request.urlopen(view.phones.server.ballot_url, timeout=10) as answer:
            page = answer.read().decode("utf-8")
    finally:
        view.phones.stop()
    assert "Ett besök &lt;img" in page and "<img" not in page and "<b>fet" not in page
    while not c.workshop.finished:
        c.set_count(1, 2)
        c.follow_majority()
        c.next()
    view.open_debrief()
    debrief = window.current_screen()
    probe.window()  # the room's debrief
    assert_pdf_plain(debrief, tmp_path / "rum.pdf", monkeypatch)
    assert probe.faults == []
    assert at_facilitator >= 3, probe.checked  # node title, option, notes at least
    assert len(probe.checked) > at_facilitator, "projector and debrief not reached"


def test_hostile_content_is_plain_text_in_the_authoring_studio(make_window, qtbot):
    from tests.ui.test_authoring import studio, wait_checked

    probe = Probe()
    window = make_window()
    own = workspace.own_scenarios_dir()
    own.mkdir(parents=True, exist_ok=True)
    path = own / "fientlig.md"
    path.write_text(hostile_text().replace("id: exempel-samtalet", "id: fientlig"),
                    encoding="utf-8")
    view = studio(window, qtbot, path)
    wait_checked(view, qtbot, lambda c: bool(c.loaded.diagnostics))
    assert sum(SEEN_AS_TEXT in d.format() for d in view.last.loaded.diagnostics) >= 5
    probe.window()  # editor margin, diagnostics list, story map, figures
    reached = " ".join(probe.checked)
    assert "item.toolTip" in reached, "the story map's node tooltips not reached"
    assert view.last.loaded.ok
    pane = view.play
    pane.node_box.setCurrentIndex(pane.node_box.findData("besok"))
    pane.play_selected()
    probe.window()  # the play pane: node box entries, node title, choices
    pane.choose("besok:1")  # the feedback text, quoting hostile text, and the next node
    probe.window()
    assert probe.faults == []
    assert len(probe.checked) >= 6, probe.checked
