"""Helpers for driving the app with streamlit.testing.v1.AppTest."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from tests.conftest import REPO

APP = str(REPO / "app.py")
PAGES = ("app_pages/overview.py", "app_pages/map.py", "app_pages/timeline.py", "app_pages/investments.py",
         "app_pages/data.py", "app_pages/about.py")
TIMEOUT = 60


def open_app(query: dict[str, str | list[str]] | None = None, page: str | None = None) -> AppTest:
    """Run the app as a browser opening a link would: query string first, then the page."""
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    if page and page != PAGES[0]:
        at.switch_page(page)
        at.run()
    return at


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
