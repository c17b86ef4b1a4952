"""Plotly reads a subset of HTML in a figure's texts: data text that reaches a title, a legend, an
axis category or a trace name (country names, the selection in words, a search) is escaped there,
so that a hostile name is shown as its characters and never becomes markup."""

from __future__ import annotations

import json
import re

import pytest

from tests.hostile import IMAGE, SCRIPT, write_hostile_dataset
from tracker.dataset.loader import load_dataset
from tracker.language.escaping import escape_html
from tracker.language.i18n import labels_for
from tracker.selection.filters import Selection
from tracker.selection.wording import short_description
from tracker.views.colours import partner_colours
from tracker.views.context import ViewContext
from tracker.views.investment_figures import build_investment_figures
from tracker.views.timeline_figure import build_timeline_figure

RAW_MARKUP = re.compile(r"<\s*/?\s*(script|img)\b", re.IGNORECASE)
NAME = {"en": IMAGE, "de": SCRIPT}  # every country's name in the hostile dataset (tests/hostile.py)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return load_dataset(write_hostile_dataset(tmp_path_factory.mktemp("hostile") / "data"))


def figures(dataset, lang: str) -> dict:
    labels = labels_for(dataset.countries, lang)
    colours = partner_colours(dataset.countries)
    selection = Selection(2022, 2026, ca=("KAZ", "UZB"), partner=("EU",), query=SCRIPT)
    words = short_description(selection, labels)  # hostile country names and search, as titles carry them
    records = dataset.agreements
    context = ViewContext(labels, colours, selection_short=words, year_from=2022, year_to=2026)
    built = {f"timeline_{lanes}": build_timeline_figure(records, context, lanes)
             for lanes in ("partner", "ca")}
    for currency in ("EUR", "USD"):
        charts = build_investment_figures(records, context, currency)
        built |= {f"{name}_{currency}": figure for name, figure in charts.items()}
    return built


def strings(node, path=""):
    """Every text in a figure's JSON, decoded (plotly writes < as \\u003c), with where it sits."""
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from strings(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from strings(value, f"{path}[{i}]")


@pytest.mark.parametrize("lang", ["en", "de"])
def test_no_figure_text_holds_markup_from_the_data(hostile, lang):
    for name, figure in figures(hostile, lang).items():
        spec = json.loads(figure.to_json())
        unsafe = [(path, text) for path, text in strings(spec) if RAW_MARKUP.search(text)]
        assert not unsafe, (name, unsafe[:3])


@pytest.mark.parametrize("lang", ["en", "de"])
def test_hostile_names_are_shown_escaped_in_titles_legends_and_axes(hostile, lang):
    shown = escape_html(NAME[lang])
    built = figures(hostile, lang)
    for name, figure in built.items():
        assert escape_html(SCRIPT) in figure.layout.title.text, name  # the search, in the selection
        assert shown in figure.layout.title.text, name  # the countries, in the selection
    for lanes in ("partner", "ca"):  # lane names on the axis
        assert shown in list(built[f"timeline_{lanes}"].layout.yaxis.ticktext)
    assert shown in {trace.name for trace in built["timeline_partner"].data}  # legend
    for currency in ("EUR", "USD"):
        assert shown in list(built[f"by_partner_{currency}"].data[0].y)  # bar categories
        assert shown in list(built[f"by_ca_{currency}"].data[0].y)
        assert shown in {trace.name for trace in built[f"by_year_{currency}"].data}  # legend
