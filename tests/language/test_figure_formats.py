"""Charts write dates, decimal and group symbols the way the language does (Babel), not plotly's English."""

from __future__ import annotations

import pandas as pd
import pytest

from tracker.language.formatting import date_ticks, plotly_separators
from tracker.language.i18n import labels_for
from tracker.selection.totals import counted_records
from tracker.views.colours import partner_colours
from tracker.views.context import ViewContext
from tracker.views.investment_figures import build_year_figure
from tracker.views.timeline_figure import build_timeline_figure


@pytest.mark.parametrize("lang, expected", [
    ("en", ["May 2024", "Jul 2024", "Sep 2024", "Nov 2024"]),
    ("de", ["Mai 2024", "Juli 2024", "Sept. 2024", "Nov. 2024"]),
])
def test_date_axis_ticks_name_months_in_the_language(lang, expected):
    ticks, text = date_ticks("2024-03-17", "2024-12-20", lang)
    assert text == expected
    assert ticks == [pd.Timestamp(f"2024-{m:02d}-01") for m in (5, 7, 9, 11)]


def test_date_axis_ticks_stay_few_and_fall_back_to_years_and_days():
    ticks, text = date_ticks("2021-11-17", "2026-02-14", "de")
    assert text == ["2022", "2023", "2024", "2025", "2026"]
    ticks, text = date_ticks("2024-03-17", "2024-03-19", "de")
    assert text == ["17. März 2024", "18. März 2024", "19. März 2024"]
    assert len(date_ticks("2000-01-01", "2030-12-31", "en")[0]) <= 8


def test_plotly_separators_are_the_language_decimal_then_group_symbol():
    assert plotly_separators("en") == ".,"
    assert plotly_separators("de") == ",."


def test_german_timeline_and_value_charts_use_german_dates_and_symbols(dataset):
    labels = labels_for(dataset.countries, "de")
    colours = partner_colours(dataset.countries)
    one_year = dataset.agreements[dataset.agreements["date"].dt.year == 2024]
    context = ViewContext(labels, colours, year_from=2022, year_to=2026)
    timeline = build_timeline_figure(one_year, context)
    axis = timeline.layout.xaxis
    assert axis.tickmode == "array" and len(axis.tickvals) == len(axis.ticktext) >= 4
    assert list(axis.ticktext) == date_ticks(*axis.range, "de")[1]
    assert list(axis.ticktext) != date_ticks(*axis.range, "en")[1]  # month names differ: "Okt." / "Oct"
    years = build_year_figure(counted_records(dataset.agreements, "EUR"), "EUR", context, "t")
    assert years.layout.separators == ",."
