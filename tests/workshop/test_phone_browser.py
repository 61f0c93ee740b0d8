"""Phones in a real browser: Debian's Chromium driven by Playwright votes in a running workshop.

Three phones (three separate browser contexts, each with its own cookie) vote; the
facilitator's counts follow; a changed vote replaces the old one; after the facilitator
reveals the split a vote is refused; a wrong room token shows nothing.
"""

from __future__ import annotations

import shutil

import pytest
from playwright.sync_api import sync_playwright

from ui.workshop.controller import WorkshopController
from ui.workshop.phones import PhoneVoting

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture
def browser():
    assert shutil.which("chromium"), "Chromium is missing: .ci/run installs Debian's chromium"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def voting(qtbot, example, tmp_path):
    from simulator.workshop.store import open_workshop_store

    store = open_workshop_store(tmp_path / "w.sqlite")
    controller = WorkshopController.start(example.scenario, example.analysis, store)
    phones = PhoneVoting(controller)
    phones.start("127.0.0.1")
    yield phones
    phones.stop()
    store.close()


def phone(browser, lang: str = "sv-SE"):
    return browser.new_context(locale=lang).new_page()


def counts(phones: PhoneVoting) -> list[int]:
    c = phones.controller
    return [c.workshop.votes[ch.id] for ch in c.options]


def test_three_phones_vote_change_and_are_refused_after_closing(browser, voting, qtbot):
    url = voting.server.ballot_url
    phones = [phone(browser), phone(browser), phone(browser, "en-GB")]
    for p in phones:
        p.goto(url)
    options = voting.controller.options
    assert phones[0].get_by_role("button", name=f"1. {options[0].text}").is_visible()
    assert "Your vote is anonymous" in phones[2].content()
    phones[0].get_by_role("button", name=f"1. {options[0].text}").click()
    phones[1].get_by_role("button", name=f"2. {options[1].text}").click()
    phones[2].get_by_role("button", name=f"2. {options[1].text}").click()
    assert "Tack! Din röst är räknad." in phones[0].content()
    qtbot.waitUntil(lambda: (voting.sync(), counts(voting))[1] == [1, 2], timeout=5000)
    phones[1].get_by_role("button", name=f"1. {options[0].text}").click()  # changes her mind
    qtbot.waitUntil(lambda: (voting.sync(), counts(voting))[1] == [2, 1], timeout=5000)
    assert voting.controller.workshop.total_votes == 3  # replaced, not added
    voting.controller.reveal()  # the facilitator closes the vote and shows the split
    voting.sync()
    phones[2].reload()
    assert "How the room voted" in phones[2].content()
    # a phone that still has the ballot open votes after the close: refused, nothing counted
    late = phone(browser)
    late.goto(url)
    voting.controller.hide_split()
    voting.sync()
    late.goto(url)
    voting.controller.reveal()
    voting.sync()
    response = late.request.post(url, form={"key": voting.ballot.key,
                                            "choice": options[0].id})
    assert response.status == 409 and "Röstningen är stängd" in response.text()
    assert counts(voting) == [2, 1]


def test_a_wrong_room_token_shows_nothing(browser, voting):
    p = phone(browser)
    response = p.goto(voting.server.url + "r/not-the-token")
    assert response is not None and response.status == 404
    assert voting.controller.options[0].text not in p.content()


def test_the_room_code_works_from_a_phone(browser, voting):
    p = phone(browser)
    p.goto(voting.server.url)
    p.get_by_label("Rumskod").fill(voting.server.code)
    p.get_by_role("button", name="Gå med").click()
    assert voting.controller.options[0].text in p.content()


def test_after_the_decision_the_phones_tokens_are_gone(browser, voting, qtbot):
    p = phone(browser)
    p.goto(voting.server.ballot_url)
    p.get_by_role("button", name=f"1. {voting.controller.options[0].text}").click()
    voting.sync()
    assert voting.ballot.total == 1
    voting.controller.follow_majority()
    voting.sync()
    assert voting.ballot.total == 0 and voting.ballot._votes == {}
    p.reload()
    assert "Väntar på nästa fråga" in p.content()
