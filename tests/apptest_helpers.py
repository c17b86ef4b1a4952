"""Helpers for driving the app with streamlit.testing.v1.AppTest."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from tests.conftest import REPO
from tracker.selection.filters import Selection

APP = str(REPO / "app.py")
PAGES = ("app_pages/overview.py", "app_pages/map.py", "app_pages/timeline.py", "app_pages/investments.py",
         "app_pages/data.py", "app_pages/about.py")
TIMEOUT = 60


def open_app(query: dict[str, str | list[str]] | None = None, page: str | None = None) -> AppTest:
    """Run the app as a browser opening a link would: the page's address with its query string, in one
    run. Before the first run AppTest finds a page by its file name, which is each page's URL path
    (tests/app/test_app.py::test_every_page_renders checks that the page asked for is the one shown)."""
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    if page and page != PAGES[0]:
        at.switch_page(page)
    return at.run()


def change_filter(at: AppTest, key: str, value) -> AppTest:
    """Change a sidebar filter as a user does. Streamlit then reruns only the page's fragment
    (components.page_frame) and the browser keeps the sidebar it shows; AppTest's tree holds only what
    that run drew, so the app is run once more, with the same state, to read the whole page."""
    at.multiselect(key=key).set_value(value).run()
    return at.run()


def assert_clean(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


def dataframe_by_key(at: AppTest, key: str):
    """A dataframe that has an element id (one users can select rows in), by its key."""
    matches = [d for d in at.dataframe if d.proto.id and d.proto.id.endswith(f"-{key}")]
    assert matches, f"no dataframe with key {key}"
    return matches[0].value


def dataframe_with(at: AppTest, *columns: str):
    """The first dataframe that has all these columns (display-only tables carry no id)."""
    for element in at.dataframe:
        if set(columns) <= set(element.value.columns):
            return element.value
    raise AssertionError(f"no dataframe with columns {columns}")


def url(at: AppTest) -> dict[str, list[str]]:
    return {k: list(v) if isinstance(v, list) else [v] for k, v in at.query_params.items()}


# A link with a narrow selection, the partners as repeated keys (the app itself writes "EU,DEU").
NARROW = {"ca": "KAZ", "partner": ["EU", "DEU"], "from": "2023", "to": "2025"}


def narrow_selection() -> Selection:
    return Selection(year_from=2023, year_to=2025, ca=("KAZ",), partner=("EU", "DEU"))
