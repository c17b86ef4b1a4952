"""The three views in AppTest for the full data, a narrow and an empty selection; chart specs
read through the elements' protos."""

from __future__ import annotations

import base64
import json

import numpy as np
import plotly.graph_objects as go
import pytest

from tests.apptest_helpers import NARROW, assert_clean, narrow_selection, open_app
from tests.fixtures import timeline_marks
from tracker.dataset.schema import AMOUNT_KINDS, CA_CODES, DEFAULT_AMOUNT_KINDS
from tracker.language.i18n import labels_for
from tracker.selection.filters import CODE_FILTERS, Selection, apply_filters
from tracker.selection.totals import counted_mask, value_by
from tracker.views.investment_figures import CHARTS
from tracker.views.map_numbers import map_data

VIEWS = ("app_pages/map.py", "app_pages/timeline.py", "app_pages/investments.py")


def decode_typed_arrays(node):
    """Plotly sends numeric arrays as {"dtype", "bdata"} (base64); turn them back into lists."""
    if isinstance(node, dict):
        if set(node) >= {"dtype", "bdata"}:
            array = np.frombuffer(base64.b64decode(node["bdata"]), dtype=node["dtype"])
            return array.reshape(node["shape"]).tolist() if "shape" in node else array.tolist()
        return {key: decode_typed_arrays(value) for key, value in node.items()}
    if isinstance(node, list):
        return [decode_typed_arrays(value) for value in node]
    return node


def figures(at) -> list:
    return [go.Figure(decode_typed_arrays(json.loads(element.proto.spec))) for element in at.get("plotly_chart")]


def deck(at) -> dict:
    charts = at.get("deck_gl_json_chart")
    assert len(charts) == 1
    return json.loads(charts[0].proto.json)


@pytest.mark.parametrize("page", VIEWS)
@pytest.mark.parametrize("query", [{}, NARROW], ids=["full", "narrow"])
def test_views_draw_a_chart(opened, page, query):
    at = opened(query, page)
    assert_clean(at)
    assert not at.error
    assert at.get("plotly_chart") or at.get("deck_gl_json_chart")


def empty_pair(dataset) -> dict[str, str]:
    """A Central Asian country and a partner with no record together."""
    agreements = dataset.agreements
    together = {(p, c) for p, cs in zip(agreements["partner"], agreements["ca_countries"], strict=True) for c in cs}
    ca_codes = sorted({c for cs in dataset.agreements["ca_countries"] for c in cs})
    return next({"ca": c, "partner": p} for p in sorted(set(dataset.agreements["partner"])) for c in ca_codes
                if (p, c) not in together)


@pytest.mark.parametrize("page", VIEWS)
def test_empty_selection_says_so_instead_of_an_empty_chart(dataset, page):
    query = empty_pair(dataset)
    assert apply_filters(dataset, Selection(year_from=2022, year_to=2030, ca=(query["ca"],),
                                            partner=(query["partner"],))).empty
    at = open_app(query, page=page)
    assert_clean(at)
    assert any("No agreements match" in i.value for i in at.info)
    assert not at.get("plotly_chart") and not at.get("deck_gl_json_chart")
    # the page stopped early; the sidebar, drawn after it, is still there to widen the selection
    assert len(at.sidebar.multiselect) == len(CODE_FILTERS) and at.sidebar.button(key="filter_reset")
    assert at.sidebar.multiselect(key="filter_ca").value == [query["ca"]]


def test_map_spec_has_one_arc_per_pair_of_the_selection(opened, dataset):
    at = opened(NARROW, "app_pages/map.py")
    spec = deck(at)
    arcs = next(layer for layer in spec["layers"] if layer["id"] == "arcs")["data"]
    records = apply_filters(dataset, narrow_selection())
    pairs = {(p, c) for p, cs in zip(records["partner"], records["ca_countries"], strict=True) for c in cs}
    assert {(a["partner"], a["ca"]) for a in arcs} == pairs
    assert spec["mapStyle"] == "__MAP_STYLE__"  # Streamlit draws no basemap for this sentinel
    assert "cartocdn" not in json.dumps(spec)


def test_map_metric_switch(dataset):
    at = open_app(page="app_pages/map.py")
    at.segmented_control(key="map_metric").set_value("value").run()
    arcs = next(layer for layer in deck(at)["layers"] if layer["id"] == "arcs")["data"]
    widest = max(arcs, key=lambda a: a["width"])
    pairs = map_data(dataset.agreements, "EUR", "en").pairs
    largest = pairs.loc[pairs["value"].idxmax()]
    assert (widest["partner"], widest["ca"]) == (largest["partner"], largest["ca"])


def investment_charts(at) -> list:
    """Each chart of the investments page chosen in turn: the one chart each run sends."""
    charts = []
    for name in CHARTS:
        at.segmented_control(key="inv_chart").set_value(name).run()
        assert_clean(at)
        assert len(figures(at)) == 1, name  # only the chosen chart is built and sent
        charts += figures(at)
    return charts


def test_investment_charts_hold_the_selection_values(dataset):
    at = open_app(NARROW, "app_pages/investments.py")
    assert_clean(at)
    assert len(figures(at)) == 1 and at.segmented_control(key="inv_chart").value == CHARTS[0]
    charts = investment_charts(at)
    labels = labels_for(dataset.countries, "en")
    names = ", ".join(labels.country(code) for code in ("KAZ", "EU", "DEU"))
    assert [f.layout.title.text.replace("<br>", " ") for f in charts] == [  # wrapped to the chart's width
        f"Stated value by partner, {names}, 2023–2025, EUR m",
        f"Stated value by Central Asian country, {names}, 2023–2025, EUR m",
        f"Stated value by commodity, {names}, 2023–2025, EUR m",
        f"Stated value by year and partner, {names}, 2023–2025, EUR m",
    ]
    records = apply_filters(dataset, narrow_selection())
    expected = value_by(records, "partner", "EUR")
    shown = dict(zip(charts[0].data[0].y, charts[0].data[0].x, strict=True))
    assert shown == pytest.approx(dict(zip(expected["partner"].map(labels.country), expected["value"], strict=True)))
    assert sum(shown.values()) == pytest.approx(expected["value"].sum())
    stated = int(records["value_m"].notna().sum())
    counted = int(counted_mask(records).sum())
    caveat = f"{stated} of {len(records)} selected records state an amount; {counted} count toward these totals"
    assert any(caveat in i.value for i in at.info), [i.value for i in at.info]


def test_currency_switch_kinds_and_scope(dataset):
    records = dataset.agreements

    def by_partner(include=False, kinds=DEFAULT_AMOUNT_KINDS):
        return value_by(records, "partner", "USD", include, kinds).set_index("partner")["value"]

    # the partner whose total grows most when every kind of amount, and what is left out, is counted
    partner = (by_partner(True, AMOUNT_KINDS) - by_partner()).fillna(by_partner(True, AMOUNT_KINDS)).idxmax()
    def expected(include=False, kinds=DEFAULT_AMOUNT_KINDS):
        return by_partner(include, kinds).get(partner, 0.0)

    name = labels_for(dataset.countries, "en").country(partner)

    at = open_app(page="app_pages/investments.py")
    at.segmented_control(key="inv_currency").set_value("USD").run()
    partner_chart = figures(at)[0]
    assert partner_chart.layout.title.text.endswith("USD m")
    def shown():
        bars = figures(at)[0].data[0]
        return dict(zip(bars.y, bars.x, strict=True)).get(name, 0.0)

    assert shown() == pytest.approx(expected())
    at.toggle(key="inv_include").set_value(True).run()
    assert shown() == pytest.approx(expected(include=True))
    assert any("are included" in i.value for i in at.info)
    at.pills(key="inv_kinds").set_value(list(AMOUNT_KINDS)).run()
    assert shown() == pytest.approx(expected(include=True, kinds=AMOUNT_KINDS))
    assert shown() > expected()
    assert any("mix intentions with committed money" in i.value for i in at.info)
    at.pills(key="inv_kinds").set_value([]).run()
    assert_clean(at)
    assert any("at least one kind" in w.value for w in at.warning)


def test_timeline_spec_marks_each_selected_record(dataset):
    at = open_app(NARROW, page="app_pages/timeline.py")  # switches lanes below: its own run
    timeline = figures(at)[0]
    records = apply_filters(dataset, narrow_selection())
    ids = [row[1] for trace in timeline_marks(timeline) for row in trace.customdata]
    assert sorted(ids) == sorted(records["id"])
    names = ", ".join(labels_for(dataset.countries, "en").country(code) for code in ("KAZ", "EU", "DEU"))
    assert timeline.layout.title.text.replace("<br>", " ") == f"Agreements over time by partner, {names}, 2023–2025"
    at.segmented_control(key="timeline_lanes").set_value("ca").run()
    lanes = figures(at)[0].layout.yaxis.ticktext
    labels = labels_for(dataset.countries, "en")
    assert set(lanes) == {labels.country(code) for code in CA_CODES}


@pytest.mark.parametrize("page", ["app_pages/timeline.py", "app_pages/investments.py"])
def test_chart_settings_do_not_change_with_the_filters(opened, page):
    """A chart whose settings change is drawn from scratch by the browser on every filter change;
    the image download keeps the chart's kind as its name, whatever the selection."""
    full, narrow = (opened(query, page).get("plotly_chart") for query in ({}, NARROW))
    assert [json.loads(chart.proto.config) for chart in full] == [json.loads(chart.proto.config) for chart in narrow]
    names = [json.loads(chart.proto.config)["toImageButtonOptions"]["filename"] for chart in full]
    assert names and all(name and "2022" not in name for name in names)
