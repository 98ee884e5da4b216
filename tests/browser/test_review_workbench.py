"""The review workbench in a real browser: a reviewer logs in, filters the facts to "killed",
approves the killed fact with the bulk action, and sees it approved.

Runs Chromium from /usr/bin/chromium through Playwright; skipped when either is missing.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(
        f"{CHROMIUM} is missing: install it with `apt-get install -y chromium chromium-driver`",
        allow_module_level=True,
    )
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed (pip install -r requirements.txt)"
)

from django.contrib.auth.models import Group, User  # noqa: E402

from statsapp import services  # noqa: E402
from statsapp.models import Fact, FactStatus, ReviewEvent  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_cfdcb9525a724c7d.txt"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
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
QUOTE = "killed six adults and two children"
PASSWORD = "correct horse battery staple"
TIMEOUT_MS = 15_000


@pytest.fixture(scope="module")
def browser():
    # While Playwright's sync API is open, an asyncio loop runs in this thread and Django refuses
    # ORM calls from it ("SynchronousOnlyOperation"); the calls are in fact synchronous and safe.
    # Allowed only while the browser is open, so the rest of the suite keeps Django's check.
    with pytest.MonkeyPatch.context() as patch, sync_api.sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def reviewer(transactional_db) -> User:
    user = User.objects.create_user("rita", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name="reviewer"))
    return user


def test_reviewer_approves_the_killed_fact_with_the_bulk_action(live_server, reviewer, page):
    services.document_ingest(text=SEED.read_text(encoding="utf-8"), title="Seed article")
    killed = Fact.objects.get(category="killed")
    assert killed.quote == QUOTE
    assert killed.status == FactStatus.PENDING

    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill("rita")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{live_server.url}/admin/")

    page.get_by_role("link", name="Facts", exact=True).click()
    page.wait_for_url(f"{live_server.url}/admin/statsapp/fact/")
    sidebar = page.locator("#changelist-filter")
    sync_api.expect(sidebar.locator("#changelist-filter-header")).to_have_text("Filter")
    by_category = sidebar.locator("details", has=page.get_by_text("By category"))
    if by_category.get_attribute("open") is None:  # a folded filter: unfold it as a user would
        by_category.locator("summary").click()
    by_category.get_by_role("link", name="Killed", exact=True).click()
    page.wait_for_url(re.compile(r"[?&]category__exact=killed"))

    rows = page.locator("#result_list tbody tr")
    sync_api.expect(rows).to_have_count(1)
    row = rows.filter(has=page.locator(f'input[name=_selected_action][value="{killed.pk}"]'))
    sync_api.expect(row.locator("mark.fact-quote")).to_have_text(QUOTE)
    sync_api.expect(row.locator("td.field-status")).to_have_text("Pending")

    row.locator("input[name=_selected_action]").check()
    page.locator("select[name=action]").select_option(label="Approve selected facts")
    page.locator("button[name=index]").click()

    sync_api.expect(page.locator("ul.messagelist li.success")).to_have_text(
        "1 fact(s) set to approved."
    )
    # Back on the filtered list, the row now shows its new status.
    sync_api.expect(page).to_have_url(re.compile(r"[?&]category__exact=killed"))
    row = page.locator("#result_list tbody tr").filter(
        has=page.locator(f'input[name=_selected_action][value="{killed.pk}"]')
    )
    sync_api.expect(row.locator("td.field-status")).to_have_text("Approved")
    sync_api.expect(row.locator("mark.fact-quote")).to_have_text(QUOTE)

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "review_workbench.png"), full_page=True)

    killed.refresh_from_db()
    assert killed.status == FactStatus.APPROVED
    assert killed.reviewed_by == reviewer
    assert killed.reviewed_at is not None
    event = ReviewEvent.objects.get(fact=killed)
    assert (event.via, event.user, event.status) == ("admin bulk", reviewer, FactStatus.APPROVED)
    assert event.changes == {"status": [FactStatus.PENDING, FactStatus.APPROVED]}
    # Nothing else was touched.
    assert not Fact.objects.exclude(pk=killed.pk).exclude(status=FactStatus.PENDING).exists()
