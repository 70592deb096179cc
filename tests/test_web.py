"""The analysts' page in headless Debian chromium, against a live server on loopback.

The server runs in a thread over a temporary DuckDB file filled with hand-built analyses; the
browser is the system's /usr/bin/chromium (installed by scripts/system-deps.sh), driven by
playwright. A screenshot of each main view is kept in test-artifacts/.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from allegiance.api import create_app
from allegiance.api._sample import EMOJI_ARTICLE, KADYROV, PUTIN, SCRIPT_ARTICLE, sample_analyses
from allegiance.store import Store

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="/usr/bin/chromium is absent; install it with `bash scripts/system-deps.sh` (root)",
    ),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app on a free loopback port, in a thread; yields its base URL."""
    import uvicorn

    db = tmp_path_factory.mktemp("web") / "page.duckdb"
    with Store(db) as store:
        store.ingest_analyses(sample_analyses())
    port = free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    uvicorn_server = uvicorn.Server(config)
    thread = threading.Thread(target=uvicorn_server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not uvicorn_server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    uvicorn_server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    opened.set_default_timeout(15_000)
    problems: list[str] = []
    opened.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    opened.on(
        "console",
        lambda msg: (
            problems.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None
        ),
    )
    opened.problems = problems
    yield opened
    context.close()


def screenshot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path), full_page=True)
    assert path.exists() and path.stat().st_size > 0
    return path


def test_search_kadyrov_open_the_putin_relation_and_follow_the_evidence(
    server: str, page: Any
) -> None:
    page.goto(server + "/")
    page.fill("#actor-search", "Kadyrov")
    page.press("#actor-search", "Enter")
    page.click("#search-results a:has-text('Ramzan Kadyrov')")

    page.wait_for_selector("#actor-name:has-text('Ramzan Kadyrov')")
    page.wait_for_selector("svg.graph .node")
    assert "5 articles" in (page.text_content("#actor-name + p") or "")
    # the network: Putin is an ally (cooperation), Ukraine an adversary (conflict)
    putin_edge = page.locator(f"svg.graph g.link[data-a='{KADYROV}'][data-b='{PUTIN}'] line.edge")
    assert "coop" in (putin_edge.get_attribute("class") or "")
    ukraine_edge = page.locator(f"svg.graph g.link[data-a='Q212'][data-b='{KADYROV}'] line.edge")
    assert "conflict" in (ukraine_edge.get_attribute("class") or "")
    # sized by volume: six events with Putin against one with Ukraine
    assert float(putin_edge.get_attribute("stroke-width") or 0) > float(
        ukraine_edge.get_attribute("stroke-width") or 0
    )
    screenshot(page, "web-actor-network.png")

    page.click("#relations a.relation-link:has-text('Vladimir Putin')")
    page.wait_for_selector("#relation-summary")
    assert "cooperative" in page.text_content("#relation-summary")
    assert page.locator("svg.timeline rect.bar").count() == 3
    evidence = page.locator("#evidence li")
    assert evidence.count() >= 3
    texts = " ".join(evidence.all_text_contents())
    assert "Vladimir Putin approved new military aid for the forces" in texts
    assert "Vladimir Putin rebuked Kadyrov for the outburst" in texts
    screenshot(page, "web-relation.png")

    # a bar of the timeline narrows the evidence to its month
    page.click("svg.timeline rect.bar[data-start='2023-03-01']")
    page.wait_for_selector("#evidence-title:has-text('2023-03')")
    assert page.locator("#evidence li").count() == 1
    assert "rebuked" in (page.text_content("#evidence li") or "")
    page.click("#evidence-title a")
    page.wait_for_selector("#evidence-title:text-is('Evidence')")

    link = page.locator("#evidence a.evidence-link", has_text="Kremlin approves military aid")
    link.first.click()
    page.wait_for_selector("#article-title:has-text('Kremlin approves military aid')")
    focus = page.locator("#article-text .focus")
    assert " ".join(focus.all_text_contents()).replace("  ", " ").startswith("Vladimir Putin")
    assert "".join(focus.all_text_contents()) == (
        "Vladimir Putin approved new military aid for the forces"
    )
    assert page.problems == []


def test_relation_view_shows_the_allegiance_panel_with_the_turn_and_its_evidence(
    server: str, page: Any
) -> None:
    page.goto(f"{server}/#/relation/{PUTIN}/{KADYROV}")
    page.wait_for_selector("#allegiance .bond")
    bonds = page.locator("#allegiance-bonds li.bond")
    assert bonds.count() == 2
    forward = page.locator(f"#allegiance-bonds li[data-source='{PUTIN}']")
    backward = page.locator(f"#allegiance-bonds li[data-source='{KADYROV}']")
    assert "Vladimir Putin → Ramzan Kadyrov" in (forward.text_content() or "")
    assert "loyal" in (forward.locator(".stance").text_content() or "")
    assert "since 2024-06-10" in (forward.text_content() or "")
    assert "Vladimir Putin is the patron" in (backward.text_content() or "")
    assert (page.text_content("#allegiance-patron") or "").startswith("Patron: Vladimir Putin")
    # the turning point, with the evidence on each side
    turn = page.locator("#allegiance-turns li.turn[data-kind='loyalty']")
    assert turn.count() == 1
    assert "on 2024-06-10" in (turn.locator(".turn-head").text_content() or "")
    before, after = turn.locator(".side").nth(0), turn.locator(".side").nth(1)
    assert "rebuked Kadyrov" in (before.text_content() or "")
    assert "Kadyrov was wrong to attack the ministry" in (before.text_content() or "")
    assert "approved new military aid" in (after.text_content() or "")
    # the panel sits above the timeline; the relation view is otherwise unchanged
    assert page.locator("#relation-summary").count() == 1
    assert page.locator("svg.timeline rect.bar").count() == 3
    screenshot(page, "web-relation-allegiance.png")
    # evidence links open the article at the sentence
    before.locator("a.evidence-link", has_text="Kadyrov attacks the defence ministry").first.click()
    page.wait_for_selector("#article-title:has-text('Kadyrov attacks the defence ministry')")
    focus = "".join(page.locator("#article-text .focus").all_text_contents())
    assert focus in {
        "Vladimir Putin rebuked Kadyrov for the outburst",
        "Kadyrov was wrong to attack the ministry",
    }
    assert page.problems == []


def test_article_view_marks_actors_quotes_and_events_after_an_astral_character(
    server: str, page: Any
) -> None:
    page.goto(f"{server}/#/article/{EMOJI_ARTICLE}")
    page.wait_for_selector("#article-text .actor")
    body = page.text_content("#article-text") or ""
    assert "🇷🇺" in body
    # code-point offsets were converted to UTF-16: each mark covers exactly its words
    marked = page.eval_on_selector_all(
        "#article-text span.actor", "els => els.map(e => e.textContent)"
    )
    assert marked[:3] == ["Putin", "Chechnya", "Kadyrov"]
    # every piece is a whole mention, or the part of one that a quote or event mark splits off
    assert set(marked) <= {
        "Putin",
        "Kadyrov",
        "Chechnya",
        "Vladimir Putin",
        "Ramzan Kadyrov",
        "the president",
    }
    quote = "".join(
        page.eval_on_selector_all("#article-text span.quote", "els => els.map(e => e.textContent)")
    )
    assert quote == "Kadyrov is a loyal foot soldier of Russia"
    speaker = page.text_content("#article-text .speaker") or ""
    assert speaker.startswith("Vladimir Putin")
    events = page.eval_on_selector_all(
        "#article-text span.event", "els => els.map(e => e.textContent)"
    )
    assert "met Ramzan Kadyrov in Grozny" in "".join(events)
    screenshot(page, "web-article.png")
    assert page.problems == []


def test_article_containing_script_and_markup_renders_inert(server: str, page: Any) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{server}/#/article/{SCRIPT_ARTICLE}")
    page.wait_for_selector("#article-text .quote")
    text = page.text_content("#article-text") or ""
    assert "<script>alert(1)</script>" in text
    assert '<img src=x onerror="alert(2)">' in text
    assert "<b>Putin</b>" in text
    assert page.text_content("#article-title") == "Kadyrov posts <script>alert(1)</script> again"
    # nothing from the text became an element
    assert page.locator("#view script, #view img, #view b, #view i").count() == 0
    page.wait_for_timeout(300)
    assert dialogs == []
    assert page.title() != "pwned"
    quote = "".join(
        page.eval_on_selector_all("#article-text span.quote", "els => els.map(e => e.textContent)")
    )
    assert quote == "<b>Putin</b> <script>document.title='pwned'</script> is our leader"
    screenshot(page, "web-article-markup.png")
    assert page.problems == []


def test_home_lists_the_busiest_actors(server: str, page: Any) -> None:
    page.goto(server + "/")
    page.wait_for_selector("#busiest a")
    names = page.locator("#busiest a").all_text_contents()
    assert names[0] == "Ramzan Kadyrov"
    assert "Vladimir Putin" in names
    screenshot(page, "web-home.png")
    assert page.problems == []


def test_unknown_actor_shows_the_error_message(server: str, page: Any) -> None:
    page.goto(f"{server}/#/actor/Nobody%20Atall")
    page.wait_for_selector("body[data-ready='true']")
    assert "Nobody Atall" in (page.text_content("#status") or "")
    page.goto(f"{server}/")
    page.fill("#actor-search", "zzzz")
    page.press("#actor-search", "Enter")
    page.wait_for_selector("#results p")
    assert "No actor matches" in (page.text_content("#results") or "")


def test_network_for_a_date_range_and_actor_links_in_the_article(server: str, page: Any) -> None:
    from playwright.sync_api import expect

    page.goto(f"{server}/#/actor/{KADYROV}")
    page.wait_for_selector("#relations a.relation-link")
    assert page.locator("#relations a.relation-link").count() == 4
    page.fill("#until", "2023-12-31")
    page.click("#range-form button")
    # (wait_for_function would eval a string, which the page's CSP rightly forbids)
    expect(page.locator("#relations a.relation-link")).to_have_count(2)
    names = page.locator("#relations a.relation-link").all_text_contents()
    assert sorted(names) == ["Ministry of Defence of Russia", "Vladimir Putin"]
    putin_edge = page.locator(f"svg.graph g.link[data-a='{KADYROV}'][data-b='{PUTIN}'] line.edge")
    assert "conflict" in (putin_edge.get_attribute("class") or ""), "in 2023 the pair clashed"

    page.goto(f"{server}/#/article/{EMOJI_ARTICLE}")
    page.click(f"#article-text [data-actor='{PUTIN}'] >> nth=0")
    page.wait_for_selector("#actor-name:has-text('Vladimir Putin')")
    assert page.problems == []
