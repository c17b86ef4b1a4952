"""The figure builders on small fixtures and on the real data: aggregation, totals, colours,
escaping, precision and spans."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import pytest

from tests.fixtures import arcs_of, deck_layer, make_records, timeline_marks, view_context
from tracker.dataset.schema import AMOUNT_KINDS, CA_CODES, DEFAULT_AMOUNT_KINDS
from tracker.language.i18n import labels_for, t
from tracker.selection.totals import counted_mask, counted_records, headline, value_by
from tracker.views.chart_style import plotly_config, slug, with_layout
from tracker.views.colours import INSTITUTIONS, OTHER_COUNTRIES, PARTNER_COLOURS, hex_to_rgb, partner_colours
from tracker.views.investment_figures import bar_rows, build_bar_figure, build_year_figure
from tracker.views.map_deck import build_partner_map
from tracker.views.timeline_figure import build_timeline_figure, timeline_rows

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture(scope="module")
def labels(dataset):
    return labels_for(dataset.countries, "en")


@pytest.fixture(scope="module")
def colours(dataset):
    return partner_colours(dataset.countries)


@pytest.fixture(scope="module")
def context(dataset):
    return view_context(dataset.countries, "en", selection_short="s", year_from=2022, year_to=2026)


def test_hostile_text_never_reaches_tooltip_or_hover_html(dataset, context):
    records = make_records([{"id": "x", "partner": "EU", "title": HOSTILE, "value": 5},
                            {"id": "y", "partner": "EU", "ca": ("UZB",), "title": HOSTILE}])
    deck = build_partner_map(records, dataset.countries, context)
    # map tooltips are plain text shown with innerText: no HTML template at all
    assert set(deck._tooltip) == {"text", "style"} and deck._tooltip["text"] == "{tooltip}"
    tooltips = list(arcs_of(deck)["tooltip"]) + [f["properties"]["tooltip"]
                                                 for f in deck_layer(deck, "central_asia").data["features"]]
    assert any(HOSTILE in tip for tip in tooltips)
    timeline = build_timeline_figure(records, context)
    hovers = [h for trace in timeline.data if trace.customdata is not None for h, _ in trace.customdata]
    assert hovers and all("<script" not in h and "&lt;script&gt;" in h for h in hovers)
    bars = build_bar_figure(counted_records(records, "EUR"), "partner", "EUR", context, "t")
    assert "&lt;script&gt;" in bars.data[0].customdata[0][0] and "<script" not in bars.data[0].customdata[0][0]


def test_partner_colour_is_the_same_in_map_timeline_and_charts(dataset, context, labels, colours):
    records = dataset.agreements
    arcs = arcs_of(build_partner_map(records, dataset.countries, context))
    timeline = build_timeline_figure(records, context)
    mark_colours = {row[1]: colour for tr in timeline_marks(timeline)
                    for row, colour in zip(tr.customdata, tr.marker.color, strict=True)}
    years = build_year_figure(counted_records(records, "EUR"), "EUR", context, "t")
    groups = dict(zip(records["partner"], records["partner_group"], strict=True))
    for partner, group in groups.items():
        colour = colours[partner]
        assert colour == colours[group]  # a partner is drawn in its group's colour
        map_rgb = {tuple(c[:3]) for c in arcs.loc[arcs["partner"] == partner, "colour"]}
        assert map_rgb == {tuple(hex_to_rgb(colour)[:3])}
        name = labels.country(group)
        assert {tr.marker.color for tr in timeline.data if tr.name == name and tr.legend == "legend"} == {colour}
        assert {mark_colours[i] for i in records.loc[records["partner"] == partner, "id"]} == {colour}
        assert {tr.marker.color for tr in years.data if tr.name == name} <= {colour}
    assert groups["DEU"] == "DEU" and colours["DEU"] == "#D55E00"  # main partners keep their own colour
    assert groups["USEXIM"] == groups["DFC"] == "USA"  # national agencies take their country's
    assert groups["EBRD"] == INSTITUTIONS and groups["AFG"] == OTHER_COUNTRIES
    bars = build_bar_figure(counted_records(records, "EUR"), "partner", "EUR", context, "t")
    by_label = dict(zip(bars.data[0].y, bars.data[0].marker.color, strict=True))
    assert by_label["Germany"] == colours["DEU"]


def test_timeline_lanes_stay_few_however_many_partners(dataset, context, labels):
    records = dataset.agreements
    assert records["partner"].nunique() >= 15
    figure = build_timeline_figure(records, context)
    lanes = figure.layout.yaxis.ticktext
    assert len(lanes) == records["partner_group"].nunique() <= len(PARTNER_COLOURS) + 2
    assert labels.country(INSTITUTIONS) in lanes and labels.country(OTHER_COUNTRIES) in lanes
    legend = [tr.name for tr in figure.data if tr.legend in (None, "legend") and tr.showlegend]
    assert len(legend) == len(lanes)


@pytest.mark.parametrize("dimension, key",
                         [("partner", "partner"), ("ca", "ca_key"), ("commodity", "commodity_key")])
@pytest.mark.parametrize("currency", ["EUR", "USD"])
def test_bar_values_equal_the_pandas_aggregation_and_add_up_to_the_total(dataset, context, labels, dimension, key,
                                                                         currency):
    records = dataset.agreements
    figure = build_bar_figure(counted_records(records, currency), dimension, currency, context, "t")
    shown = dict(zip(figure.data[0].y, figure.data[0].x, strict=True))
    expected = value_by(records, key, currency)
    kind = "ca" if dimension == "ca" else dimension
    sums = zip(expected[key], expected["value"], strict=True)
    assert shown == pytest.approx({labels.code(kind, k): v for k, v in sums})
    total = headline(records)
    assert sum(shown.values()) == pytest.approx(total.value_eur_m if currency == "EUR" else total.value_usd_m)


def test_out_of_scope_pledges_only_when_included(dataset, labels):
    records = dataset.agreements

    def bars(include, kinds):
        rows = bar_rows(counted_records(records, "USD", include_out_of_scope=include, kinds=kinds), "partner", labels)
        return rows.set_index("key")["value"]

    def pandas_sums(include, kinds):
        return records[counted_mask(records, include, kinds)].groupby("partner")["value_usd_m"].sum()

    every_kind = tuple(AMOUNT_KINDS)
    without, with_pledges = bars(False, every_kind), bars(True, every_kind)
    assert without.to_dict() == pytest.approx(pandas_sums(False, every_kind).to_dict())
    assert with_pledges.to_dict() == pytest.approx(pandas_sums(True, every_kind).to_dict())
    assert (with_pledges.sub(without, fill_value=0) > 0).any()  # an out-of-scope amount shows once included
    assert not records.loc[counted_mask(records, False, every_kind), "in_totals"].eq(False).any()
    scope_only = bars(True, DEFAULT_AMOUNT_KINDS)  # wider scope, default kinds: nothing non-binding comes in
    assert scope_only.to_dict() == pytest.approx(pandas_sums(True, DEFAULT_AMOUNT_KINDS).to_dict())
    assert not records.loc[counted_mask(records, True), "amount_kind"].eq("non_binding").any()


def test_hover_lists_original_amounts(dataset, context):
    figure = build_bar_figure(counted_records(dataset.agreements, "EUR"), "partner", "EUR", context, "t")
    hover = dict(zip(figure.data[0].y, figure.data[0].customdata[:, 0], strict=True))
    assert "Cove Capital tungsten project in Kazakhstan: $1,100 m" in hover["United States"]


def test_year_chart_stacks_partners_per_year(dataset, context, labels):
    records = dataset.agreements
    figure = build_year_figure(counted_records(records, "EUR"), "EUR", context, "t")
    bars = [tr for tr in figure.data if tr.type == "bar"]
    shown = {(tr.name, int(x)): y for tr in bars for x, y in zip(tr.x, tr.y, strict=True)}
    counted = records[counted_mask(records)]
    expected = counted.groupby(["partner_group", "year"])["value_eur_m"].sum()
    assert shown == pytest.approx({(labels.country(p), y): v for (p, y), v in expected.items()})
    assert list(figure.layout.xaxis.categoryarray) == ["2022", "2023", "2024", "2025", "2026"]


def test_timeline_marks_every_record_and_flags_imprecise_dates(dataset, context, labels):
    records = dataset.agreements
    figure = build_timeline_figure(records, context)
    marks = timeline_marks(figure)
    assert sum(len(tr.x) for tr in marks) == len(records)
    ids = {row[1] for tr in marks for row in tr.customdata}
    assert ids == set(records["id"])
    rows = timeline_rows(records, labels).set_index("id")
    by_precision = records.groupby("date_precision")["id"].first()
    month, year, day = (by_precision[p] for p in ("month", "year", "day"))
    assert "month only" in rows.loc[month, "hover"]
    assert "year only" in rows.loc[year, "hover"]
    assert "month only" not in rows.loc[day, "hover"] and "year only" not in rows.loc[day, "hover"]
    # month-precise: the mark sits mid-month and its window covers the month
    start = records.set_index("id").at[month, "date"]
    assert rows.at[month, "window_start"] == start
    assert rows.at[month, "window_end"] == start + pd.offsets.MonthEnd(0)
    assert start < rows.at[month, "x"] < rows.at[month, "window_end"]
    # roadmap periods are bars from their start (base) for their length (ms); one reaches to the end of 2026
    spans = next(tr for tr in figure.data if tr.name == "spans")
    ends = [pd.Timestamp(base) + pd.Timedelta(milliseconds=length) for base, length in zip(spans.base, spans.x,
                                                                                            strict=True)]
    assert pd.Timestamp("2026-12-31") in ends
    # a month-precise date's bar covers its month, in its partner's colour
    windows = next(tr for tr in figure.data if tr.name == "windows")
    month_row = rows.loc[month]
    assert any(pd.Timestamp(base) == month_row["window_start"] and
               pd.Timestamp(base) + pd.Timedelta(milliseconds=length) == month_row["window_end"] and
               y == month_row["y"] and colour == context.colours[month_row["partner_group"]]
               for base, length, y, colour in zip(windows.base, windows.x, windows.y, windows.marker.color,
                                                  strict=True))


def test_timeline_lanes_per_country(dataset, labels, colours):
    records = dataset.agreements
    rows = timeline_rows(records, labels, "ca")
    assert set(rows["lane_code"]) == set(CA_CODES)
    assert len(rows) == sum(len(c) for c in records["ca_countries"])


@pytest.mark.parametrize("lang", ["en", "de"])
def test_timeline_shapes_say_the_stage_with_a_legend_entry_for_each(dataset, lang):
    """At most five shapes, one per stage; open for what binds nothing yet (talks, announcements), filled
    from a signed document on; each shape named in the stage legend; the hover keeps the instrument."""
    labels = labels_for(dataset.countries, lang)
    figure = build_timeline_figure(dataset.agreements, view_context(dataset.countries, lang))
    marks = timeline_marks(figure)
    symbols = {row[1]: symbol for tr in marks for row, symbol in zip(tr.customdata, tr.marker.symbol, strict=True)}
    a = dataset.agreements.set_index("id")
    assert set(symbols) == set(a.index)
    assert len(set(symbols.values())) <= 5
    for record_id, symbol in symbols.items():
        assert symbol.endswith("-open") == (a.loc[record_id, "stage"] in ("talks", "announced")), (record_id, symbol)
    legend = {tr.name: tr.marker.symbol for tr in figure.data if tr.legend == "legend2"}
    drawn = {a.loc[i, "stage"]: s for i, s in symbols.items()}
    assert legend == {labels.code("stage", stage): symbol for stage, symbol in drawn.items()}
    assert figure.layout.legend2.title.text.strip() == t("timeline.legend_stage", lang)
    hovers = {row[1]: row[0] for tr in marks for row in tr.customdata}
    record = a.iloc[0]
    assert f"{t('hover.instrument', lang)}: {labels.code('instrument', record['instrument'])}" in hovers[a.index[0]]
    assert f"{t('hover.stage', lang)}: {labels.code('stage', record['stage'])}" in hovers[a.index[0]]


def test_image_download_is_high_resolution_and_named_after_the_chart():
    config = plotly_config("Stated value by partner, Kazakhstan, 2023–2025, EUR m")
    assert config["toImageButtonOptions"] == {
        "format": "png", "scale": 3, "filename": "stated-value-by-partner_kazakhstan_2023-2025_eur-m"}
    assert slug("Abkommen nach Partner, Kasachstan, 2023–2025") == "abkommen-nach-partner_kasachstan_2023-2025"


def test_every_figure_is_a_valid_plotly_spec(dataset, context):
    """The builders skip plotly's validation for speed; here every figure they make is validated."""
    import plotly.graph_objects as go

    from tracker.views.investment_figures import build_investment_figures
    from tracker.views.timeline_figure import MAX_MARKS

    big = make_records([{"id": f"r{i}", "partner": ["EU", "DEU", "USA"][i % 3], "ca": (CA_CODES[i % 5],),
                         "date": f"{2022 + i % 4}-{1 + i % 12:02d}-01", "value": (i % 9) or None,
                         "instrument": ["memorandum", "summit", "roadmap"][i % 3]} for i in range(MAX_MARKS + 200)])
    figures = [build_timeline_figure(dataset.agreements, context, lanes) for lanes in ("partner", "ca")]
    figures.append(build_timeline_figure(big, context))
    for currency in ("EUR", "USD"):
        figures += build_investment_figures(dataset.agreements, context, currency).values()
        figures += build_investment_figures(big, context, currency, True).values()
    for figure in figures:
        go.Figure(figure.to_plotly_json())  # raises on any property plotly does not know


def test_large_selections_draw_grouped_marks(labels, colours):
    from tracker.views.timeline_figure import MAX_MARKS

    big = make_records([{"id": f"r{i}", "partner": "EU", "date": f"2024-{1 + i % 12:02d}-01"}
                        for i in range(MAX_MARKS + 1)])
    rows = timeline_rows(big, labels)
    assert len(rows) == 12 and rows["count"].sum() == MAX_MARKS + 1
    assert "records" in rows["hover"].iloc[0]


def test_selections_too_large_even_for_months_are_grouped_by_year(labels):
    from tracker.views.timeline_figure import MAX_MARKS

    days = pd.date_range("2000-01-01", periods=MAX_MARKS + 500, freq="MS")  # more months than MAX_MARKS
    big = make_records([{"id": f"r{i}", "partner": "EU", "date": day.strftime("%Y-%m-%d")}
                        for i, day in enumerate(days)])
    rows = timeline_rows(big, labels)
    assert len(rows) == days.year.nunique() <= MAX_MARKS
    assert rows["count"].sum() == len(big)  # every record is in one mark
    assert set(rows["date_precision"]) == {"year"}
    assert rows.set_index(rows["date"].dt.year)["count"].to_dict() == days.year.value_counts().to_dict()


def test_a_layout_change_keeps_the_rest_of_the_figure_and_the_original(dataset, labels, colours):
    """What the chart frame adds (a wrapped title, the source line, more room) is merged into the
    figure's layout without losing what the builder set, and the builder's figure stays as it was."""
    counted = counted_records(dataset.agreements, "EUR")
    fig = build_bar_figure(counted, "partner", "EUR", view_context(dataset.countries, "en"), "Value by partner")
    changed = with_layout(fig, {"title": {"text": "Value<br>by partner", "subtitle": {"text": "Source"}},
                                "margin": {"t": 140}, "height": fig.layout.height + 40})
    assert changed.layout.title.text == "Value<br>by partner" and changed.layout.title.subtitle.text == "Source"
    assert changed.layout.title.font.size == fig.layout.title.font.size  # kept from the builder
    assert (changed.layout.margin.t, changed.layout.margin.l) == (140, fig.layout.margin.l)
    assert changed.layout.height == fig.layout.height + 40
    assert list(changed.data[0].x) == list(fig.data[0].x)
    assert fig.layout.title.text == "Value by partner" and fig.layout.margin.t == 70
    go.Figure(changed.to_dict())  # plotly accepts every property
