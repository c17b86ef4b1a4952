"""The data behind each chart: a table a screen reader can read, built only once its expander is
opened (a closed expander costs the browser nothing on the first load), and then exactly the
numbers the chart draws."""

from __future__ import annotations

import base64
import html
import json

import numpy as np
import pytest

from tests.apptest_helpers import assert_clean, open_app
from tracker.language.i18n import t
from tracker.views.investment_figures import CHARTS


def _values(array) -> list:
    """A plotly array as the browser reads it: a list, or typed binary data."""
    if isinstance(array, dict):
        return np.frombuffer(base64.b64decode(array["bdata"]), dtype=array["dtype"]).tolist()
    return list(array)


def _segments(spec: str) -> list[tuple[str, float]]:
    """(category, value) of every bar or stack segment a chart draws."""
    segments = []
    for trace in json.loads(spec)["data"]:
        if trace["type"] != "bar":
            continue
        if trace.get("orientation") == "h":
            segments += zip([html.unescape(y) for y in _values(trace["y"])], _values(trace["x"]), strict=True)
        else:
            segments += zip(_values(trace["x"]), _values(trace["y"]), strict=True)
    return segments


def test_closed_expanders_send_no_table_and_each_opens_to_its_chart_numbers():
    at = open_app(query={"ca": "KAZ"}, page="app_pages/investments.py")
    assert_clean(at)
    chooser = at.segmented_control(key="inv_chart")
    assert chooser.options == [t(f"investments.choose_{name}", "en") for name in CHARTS]
    for name in CHARTS:
        at.segmented_control(key="inv_chart").set_value(name).run()
        assert len(at.expander) == 1 and len(at.dataframe) == 0, name
        chart = at.get("plotly_chart")[0]
        at.session_state[f"chart_{name}_data_open"] = True
        at.run()
        assert_clean(at)
        assert len(at.dataframe) == 1, name
        table = at.dataframe[0].value
        segments = _segments(chart.proto.spec)
        assert len(table) == len(segments) > 0, name  # one row per bar or stack segment
        assert sorted(map(str, table.iloc[:, 0])) == sorted(str(category) for category, _ in segments), name
        at.session_state[f"chart_{name}_data_open"] = False
        at.run()
        assert len(at.dataframe) == 0


def _page_with_table(page: str, expander_key: str, open_it: bool):
    """The page as first drawn, or after its "data behind" expander was opened."""
    at = open_app(page=page)
    if open_it:
        at.session_state[expander_key] = True
        at.run()
    assert_clean(at)
    return at


@pytest.mark.parametrize("open_it", [False, True])
def test_the_map_table_is_built_only_when_asked_for(open_it):
    at = _page_with_table("app_pages/map.py", "map_data_open", open_it)
    assert len(at.dataframe) == (1 if open_it else 0)


@pytest.mark.parametrize("open_it", [False, True])
def test_the_timeline_table_is_built_only_when_asked_for_and_lists_every_record(dataset, open_it):
    at = _page_with_table("app_pages/timeline.py", "timeline_chart_data_open", open_it)
    assert len(at.dataframe) == (1 if open_it else 0)
    if open_it:
        assert len(at.dataframe[0].value) == len(dataset.agreements)
