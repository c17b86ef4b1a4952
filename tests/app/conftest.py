"""AppTest runs shared by the tests that only read them."""

from __future__ import annotations

import json
import os

import pytest

from tests.apptest_helpers import PAGES, open_app
from tracker.dataset.loader import DATA_DIR_ENV


@pytest.fixture(scope="session")
def opened():
    """opened(query, page): the app opened on the real data at this page with this link, run once per
    session and shared. Only for tests that read what is shown; a test that clicks, sets a widget or
    reruns opens its own with open_app."""
    runs = {}

    def get(query: dict | None = None, page: str = PAGES[0]):
        assert DATA_DIR_ENV not in os.environ, "shared runs are of the real data only"
        key = (json.dumps(query or {}, sort_keys=True), page)
        if key not in runs:
            runs[key] = open_app(query, page)
        return runs[key]

    return get
