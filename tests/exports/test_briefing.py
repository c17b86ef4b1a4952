"""The PowerPoint briefing: it opens, has its slides, and its chart series are the pandas
aggregation of the selection, in the dashboard's colours."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from tests.fixtures import view_context
from tracker.dataset.schema import STAGES
from tracker.exports.briefing import build_briefing
from tracker.language.i18n import labels_for
from tracker.selection.filters import Selection, apply_filters
from tracker.selection.totals import counted_mask
from tracker.views.colours import partner_colours

SELECTION = Selection(year_from=2023, year_to=2025, ca=("KAZ",))


@pytest.fixture(scope="module")
def colours(dataset):
    return partner_colours(dataset.countries)


def open_deck(data: bytes):
    return Presentation(io.BytesIO(data))


def charts(deck):
    return [shape.chart for slide in deck.slides for shape in slide.shapes if shape.has_chart]


def slide_texts(slide) -> str:
    return " ".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)


def test_briefing_has_its_slides_and_series_equal_pandas(dataset, colours):
    records = apply_filters(dataset, SELECTION)
    labels = labels_for(dataset.countries, "en")
    context = view_context(dataset.countries, "en", selection_text="Kazakhstan; 2023–2025")
    deck = open_deck(build_briefing(records, dataset, context, date(2026, 1, 2)))
    titles = [slide_texts(slide) for slide in deck.slides]
    assert "Central Asia Critical Raw Materials Partnerships" in titles[0] and "Kazakhstan; 2023–2025" in titles[0]
    assert "2 January 2026" in titles[0] and dataset.version in titles[0]

    by_partner, by_year, by_country, by_stage = charts(deck)
    counted = records[counted_mask(records)]
    expected = counted.groupby("partner")["value_eur_m"].sum().sort_values(ascending=False)
    assert list(by_partner.plots[0].categories) == [labels.country(p) for p in expected.index]
    assert list(by_partner.plots[0].series[0].values) == pytest.approx(list(expected.values))

    counts = records.groupby(["year", "partner_group"]).size().unstack(fill_value=0)
    assert list(by_year.plots[0].categories) == [str(y) for y in counts.index]
    for series in by_year.plots[0].series:
        partner = next(p for p in counts.columns if labels.country(p) == series.name)
        assert list(series.values) == list(counts[partner])
        assert str(series.format.fill.fore_color.rgb) == colours[partner].lstrip("#").upper()

    assert dict(zip(by_country.plots[0].categories, by_country.plots[0].series[0].values, strict=True)) == {
        labels.country("KAZ"): len(records)} | {
        labels.country(c): sum(c in cs for cs in records["ca_countries"]) for c in ("UZB", "KGZ", "TJK", "TKM")
        if any(c in cs for cs in records["ca_countries"])}

    stages = records["stage"].value_counts()
    assert list(by_stage.plots[0].categories) == [labels.code("stage", s) for s in STAGES]
    assert list(by_stage.plots[0].series[0].values) == [stages.get(s, 0) for s in STAGES]

    for slide in list(deck.slides)[1:5]:  # every chart slide carries its caveat
        assert any(word in slide_texts(slide) for word in ("state an amount", "agreements", "counts"))
    table = next(shape.table for slide in deck.slides for shape in slide.shapes
                 if shape.shape_type == MSO_SHAPE_TYPE.TABLE)
    newest = records.sort_values("date", ascending=False, kind="stable").iloc[0]
    assert table.cell(1, 3).text == newest["title_en"]
    assert (table.cell(0, 4).text, table.cell(1, 4).text) == ("Stage", labels.code("stage", newest["stage"]))
    sources_text = " ".join(slide_texts(s) for s in deck.slides if slide_texts(s).startswith("Sources"))
    cited = dataset.sources[dataset.sources["id"].isin({s for ids in records["source_ids"] for s in ids})]
    assert all(title in sources_text for title in cited["title"])


def test_briefing_in_german(dataset, colours):
    context = view_context(dataset.countries, "de")
    deck = open_deck(build_briefing(dataset.agreements, dataset, context, date(2026, 4, 3)))
    text = " ".join(slide_texts(s) for s in deck.slides)
    assert "Rohstoffpartnerschaften mit Zentralasien" in text and "3. April 2026" in text
    assert "Genannte Beträge nach Partner" in text and "Abkommen pro Jahr nach Partner" in text
    assert "Deutschland" in list(charts(deck)[0].plots[0].categories)


def test_empty_selection_gives_a_short_briefing_that_says_so(dataset, colours):
    records = dataset.agreements.iloc[0:0]
    deck = open_deck(build_briefing(records, dataset, view_context(dataset.countries), date(2026, 1, 1)))
    assert len(deck.slides) == 2 and not charts(deck)
    assert "No agreements" in slide_texts(deck.slides[1])


def test_hostile_text_stays_plain_in_the_deck(dataset, colours):
    records = dataset.agreements.copy()
    newest = records.sort_values("date", ascending=False, kind="stable").index[0]
    records.loc[newest, "title_en"] = '=cmd|"/c calc"!A1 <script>alert(1)</script>'
    deck = open_deck(build_briefing(records, dataset, view_context(dataset.countries), date(2026, 1, 1)))
    table = next(shape.table for slide in deck.slides for shape in slide.shapes
                 if shape.shape_type == MSO_SHAPE_TYPE.TABLE)
    assert table.cell(1, 3).text == '=cmd|"/c calc"!A1 <script>alert(1)</script>'


def test_a_server_loads_python_pptx_only_when_a_deck_is_asked_for():
    """A deck is rare; python-pptx's 12 MB should not sit in every server that never builds one."""
    import subprocess
    import sys

    from tests.conftest import REPO

    code = ("import sys; from streamlit.testing.v1 import AppTest; at = AppTest.from_file('app.py'); "
            "at.run(timeout=60); assert not at.exception; print('pptx' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.stdout.strip().splitlines()[-1] == "False", result.stderr[-2000:]


def test_the_download_builds_the_same_deck_as_the_builder(dataset):
    from tracker.exports.briefing_download import briefing_download

    records = apply_filters(dataset, SELECTION)
    context = view_context(dataset.countries, "de", selection_text="Kasachstan")
    deck = open_deck(briefing_download(records, dataset, context, date(2026, 1, 2)))
    built = open_deck(build_briefing(records, dataset, context, date(2026, 1, 2)))
    assert [slide_texts(s) for s in deck.slides] == [slide_texts(s) for s in built.slides]
    assert "Kasachstan" in slide_texts(deck.slides[0]) and "2. Januar 2026" in slide_texts(deck.slides[0])


def test_briefing_in_russian(dataset, colours):
    context = view_context(dataset.countries, "ru", selection_text="Казахстан")
    records = apply_filters(dataset, SELECTION)
    deck = open_deck(build_briefing(records, dataset, context, date(2026, 4, 3)))
    text = " ".join(slide_texts(s) for s in deck.slides)
    assert "3 апреля 2026" in text and "Казахстан" in text
    assert "Заявленные суммы по партнерам" in text and "Последние соглашения" in text
    categories = list(charts(deck)[0].plots[0].categories)
    assert categories and all(not name.isascii() or name in ("KfW",) for name in categories)
