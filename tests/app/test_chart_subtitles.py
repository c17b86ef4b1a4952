"""Charts as the app shows them carry the selection in words under their title; with hostile
country names and a hostile search that line is escaped like the title (plotly reads HTML there)."""

from __future__ import annotations

import json
import re

from tests.apptest_helpers import assert_clean, open_app
from tests.hostile import SCRIPT, write_hostile_dataset
from tracker.dataset.loader import DATA_DIR_ENV

RAW_MARKUP = re.compile(r"<\s*/?\s*(script|img)\b", re.IGNORECASE)


def test_chart_titles_and_subtitles_show_hostile_selection_text_escaped(tmp_path, monkeypatch):
    monkeypatch.setenv(DATA_DIR_ENV, str(write_hostile_dataset(tmp_path / "data")))
    at = open_app({"lang": "en", "ca": "KAZ,UZB", "q": SCRIPT}, page="app_pages/investments.py")
    assert_clean(at)
    charts = [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]
    assert charts
    for spec in charts:
        title = spec["layout"]["title"]
        assert "&lt;img" in title["subtitle"]["text"] and "&lt;script&gt;" in title["subtitle"]["text"]
        assert not RAW_MARKUP.search(title["text"]) and not RAW_MARKUP.search(title["subtitle"]["text"])
