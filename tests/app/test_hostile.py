"""Hostile text in every field shows as text and never runs: pages (AppTest), exports, deck."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date

import openpyxl
import pytest
from pptx import Presentation

from tests.apptest_helpers import PAGES, assert_clean, open_app
from tests.fixtures import view_context
from tests.hostile import FORMULA, SCRIPT, write_hostile_dataset
from tracker.dataset.loader import DATA_DIR_ENV, load_dataset
from tracker.exports.briefing import build_briefing
from tracker.exports.spreadsheets import to_csv_bytes, to_xlsx_bytes

# Markdown syntax from the data that is not backslash-escaped would be read as markup.
UNSAFE_MARKDOWN = re.compile(r"(?<!\\)<(?:script|img|b>)|(?<!\\)\]\(javascript|(?<!\\)\*\*bold|(?<!\\)\$x|"
                             r"(?<!\\):red\[")


def spec_strings(node):
    """Every string in a decoded chart spec (the JSON escapes < as \\u003c; decoded, it is < again)."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from spec_strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from spec_strings(value)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return write_hostile_dataset(tmp_path_factory.mktemp("hostile") / "data")


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", ["en", "de"])
def test_pages_show_hostile_text_as_text(hostile, monkeypatch, page, lang):
    monkeypatch.setenv(DATA_DIR_ENV, str(hostile))
    at = open_app({"lang": lang, "ca": "KAZ,UZB"}, page=page)
    assert_clean(at)
    markdown_sources = [e.value for kind in ("markdown", "caption", "title", "subheader", "info", "warning")
                        for e in getattr(at, kind)]
    for source in markdown_sources:
        assert not UNSAFE_MARKDOWN.search(source), source
    for element in at.get("html"):
        assert "<script" not in element.proto.body and "<img" not in element.proto.body
    for deck in at.get("deck_gl_json_chart"):
        spec = json.loads(deck.proto.json)
        assert "html" not in spec.get("tooltip", {}) and json.loads(deck.proto.tooltip or "{}").get("html") is None
    chart_texts = [text for chart in at.get("plotly_chart") for text in spec_strings(json.loads(chart.proto.spec))]
    for text in chart_texts:  # plotly reads hover, legend and title text as HTML
        assert "<script" not in text and "<img" not in text, text
    if chart_texts:
        assert any("&lt;script&gt;" in text or "&lt;img" in text for text in chart_texts)  # shown, escaped


def test_exports_and_deck_keep_hostile_text_inert(hostile):
    dataset = load_dataset(hostile)
    records = dataset.agreements
    rows = list(csv.DictReader(io.StringIO(to_csv_bytes(records).decode("utf-8-sig"))))
    assert all(row["notes"].startswith("'=") for row in rows)
    assert all(not value.startswith(("=", "+", "@")) for row in rows for value in row.values())
    workbook = openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes(
        records, dataset, view_context(dataset.countries, selection_text=FORMULA), date(2026, 1, 1))))
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
    context = view_context(dataset.countries, selection_text=SCRIPT)
    deck = Presentation(io.BytesIO(build_briefing(records, dataset, context, date(2026, 1, 1))))
    texts = " ".join(shape.text_frame.text for slide in deck.slides for shape in slide.shapes
                     if shape.has_text_frame)
    assert SCRIPT in texts  # shown as the characters it is
