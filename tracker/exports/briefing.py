"""A PowerPoint briefing of the selection, in the user's language, built with python-pptx:
a title slide, three native (editable) charts with their caveats, a table of the agreements
and the sources. Partner colours are the dashboard's."""

from __future__ import annotations

import io
from datetime import date

import pandas as pd
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
from pptx.enum.text import PP_ALIGN
from pptx.util import Emu, Inches, Pt

from tracker.dataset.loader import Dataset
from tracker.dataset.sources import cited_by_records
from tracker.exports.links import permalink, public_base_url
from tracker.language.formatting import format_date
from tracker.language.i18n import Labels, t
from tracker.selection.filters import country_flags
from tracker.selection.totals import amount_counts, most_recent, stage_counts, value_by
from tracker.views.colours import NEUTRAL, TEXT
from tracker.views.colours import WHITE as WHITE_HEX
from tracker.views.context import ViewContext
from tracker.views.record_tables import record_rows

WIDTH, HEIGHT = Inches(13.333), Inches(7.5)  # 16:9
MARGIN = Inches(0.6)
TABLE_ROWS = 10
SOURCES_PER_SLIDE = 14


def _rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.lstrip("#"))


DARK, GREY, WHITE = _rgb(TEXT), _rgb(NEUTRAL), _rgb(WHITE_HEX)


def _is_dark(colour: str) -> bool:
    """Whether white text reads better than dark text on this colour (relative luminance)."""
    red, green, blue = (int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue < 0.45


def _text(slide, text: str, left, top, width, height, size: int, bold: bool = False, colour=DARK,
          align=PP_ALIGN.LEFT):
    box = slide.shapes.add_textbox(left, top, width, height)
    frame = box.text_frame
    frame.word_wrap = True
    paragraph = frame.paragraphs[0]
    paragraph.alignment = align
    run = paragraph.add_run()
    run.text = text  # plain text: nothing in it is read as markup or a field
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.color.rgb = colour
    return box


def _slide(deck, title: str):
    slide = deck.slides.add_slide(deck.slide_layouts[6])  # blank
    _text(slide, title, MARGIN, Inches(0.35), WIDTH - 2 * MARGIN, Inches(0.8), 28, bold=True)
    return slide


def _caveat(slide, text: str) -> None:
    _text(slide, text, MARGIN, HEIGHT - Inches(0.95), WIDTH - 2 * MARGIN, Inches(0.7), 13, colour=GREY)


def _chart(slide, kind, data: CategoryChartData, number_format: str):
    frame = slide.shapes.add_chart(kind, MARGIN, Inches(1.3), WIDTH - 2 * MARGIN, Inches(5.1), data)
    chart = frame.chart
    chart.has_title = False  # the slide's title says what the chart shows
    chart.font.size = Pt(14)
    chart.font.color.rgb = DARK
    plot = chart.plots[0]
    plot.has_data_labels = True
    plot.data_labels.number_format = number_format
    plot.data_labels.number_format_is_linked = False
    plot.data_labels.font.size = Pt(13)
    chart.value_axis.has_major_gridlines = True
    chart.value_axis.tick_labels.font.size = Pt(13)
    chart.category_axis.tick_labels.font.size = Pt(14)
    return chart


def agreements_by_year_and_partner(records: pd.DataFrame) -> pd.DataFrame:
    """Number of agreements per year (rows) and partner group (columns: the main partners, then the
    groups tracker.views.colours forms of the others), so that the legend stays readable."""
    return records.groupby(["year", "partner_group"]).size().unstack(fill_value=0).sort_index()


def agreements_by_country(records: pd.DataFrame, ca_flags: pd.DataFrame | None = None) -> pd.Series:
    """Number of agreements involving each Central Asian country (a regional one counts in each)."""
    return country_flags(records, ca_flags).sum()[lambda s: s > 0].sort_values(ascending=False)


def build_briefing(records: pd.DataFrame, dataset: Dataset, context: ViewContext, today: date,
                   currency: str = "EUR") -> bytes:
    """The deck of the records, titled with the selection in words, as the bytes of a .pptx file."""
    labels, colours, lang = context.labels, context.colours, context.lang
    deck = Presentation()
    deck.slide_width, deck.slide_height = WIDTH, HEIGHT

    slide = deck.slides.add_slide(deck.slide_layouts[6])
    _text(slide, t("app.title", lang), MARGIN, Inches(1.5), WIDTH - 2 * MARGIN, Inches(1.9), 40, bold=True)
    _text(slide, context.selection_text, MARGIN, Inches(3.6), WIDTH - 2 * MARGIN, Inches(1.2), 22)
    _text(slide, t("briefing.dates", lang, today=format_date(today, "day", lang), version=dataset.version,
                   updated=format_date(pd.Timestamp(dataset.updated), "day", lang)),
          MARGIN, Inches(5.0), WIDTH - 2 * MARGIN, Inches(0.6), 16, colour=GREY)

    if records.empty:
        slide = _slide(deck, t("briefing.empty_title", lang))
        _text(slide, t("selection.empty", lang), MARGIN, Inches(1.5), WIDTH - 2 * MARGIN, Inches(1), 20)
        return _bytes(deck)

    counts = amount_counts(records)
    stated = t("investments.stated", lang, n=counts.stated, m=counts.records)
    money_caveat = t("briefing.money_caveat", lang, stated=stated)

    by_partner = value_by(records, "partner", currency).set_index("partner")["value"]
    slide = _slide(deck, t("briefing.by_partner", lang, unit=t("investments.unit", lang, currency=currency)))
    if by_partner.empty:
        _text(slide, t("investments.nothing_stated", lang), MARGIN, Inches(1.5), WIDTH - 2 * MARGIN, Inches(1), 20)
    else:
        data = CategoryChartData(number_format="#,##0.0")
        data.categories = [labels.country(p) for p in by_partner.index]
        data.add_series(t("investments.unit", lang, currency=currency), [float(v) for v in by_partner.values])
        chart = _chart(slide, XL_CHART_TYPE.BAR_CLUSTERED, data, "#,##0")
        chart.has_legend = False
        chart.plots[0].vary_by_categories = False
        for point, partner in zip(chart.plots[0].series[0].points, by_partner.index, strict=True):
            point.format.fill.solid()
            point.format.fill.fore_color.rgb = _rgb(colours.get(partner, NEUTRAL))
        chart.category_axis.reverse_order = True
    _caveat(slide, money_caveat)

    per_year = agreements_by_year_and_partner(records)
    slide = _slide(deck, t("briefing.by_year", lang))
    data = CategoryChartData(number_format="0")
    data.categories = [str(year) for year in per_year.index]
    partners = [p for p in colours if p in per_year.columns]
    for partner in partners:
        data.add_series(labels.country(partner), [int(v) for v in per_year[partner]])
    chart = _chart(slide, XL_CHART_TYPE.COLUMN_STACKED, data, "0;;;")
    chart.has_legend = True
    chart.legend.position = XL_LEGEND_POSITION.RIGHT
    chart.legend.include_in_layout = False
    chart.legend.font.size = Pt(14)
    for series, partner in zip(chart.plots[0].series, partners, strict=True):
        series.format.fill.solid()
        series.format.fill.fore_color.rgb = _rgb(colours[partner])
        labels_of_series = series.data_labels  # per series, so that labels on dark colours are white
        labels_of_series.show_value = True
        labels_of_series.number_format = "0;;;"
        labels_of_series.number_format_is_linked = False
        labels_of_series.font.size = Pt(13)
        labels_of_series.font.color.rgb = WHITE if _is_dark(colours[partner]) else DARK
    _caveat(slide, t("briefing.count_caveat", lang, m=len(records), count=len(records)))

    by_country = agreements_by_country(records, dataset.ca_flags)
    _count_slide(deck, t("briefing.by_country", lang), [labels.country(c) for c in by_country.index], by_country,
                 t("briefing.country_caveat", lang), lang)
    by_stage = stage_counts(records)
    _count_slide(deck, t("briefing.by_stage", lang), [labels.code("stage", s) for s in by_stage.index], by_stage,
                 t("briefing.stage_caveat", lang), lang)

    _table_slide(deck, records, labels)
    _sources_slides(deck, cited_by_records(records, dataset.sources), lang)
    return _bytes(deck)


def _count_slide(deck, title: str, categories: list[str], counts: pd.Series, caveat: str, lang: str) -> None:
    """A slide with one bar of agreements per category, in the neutral colour, and its caveat."""
    slide = _slide(deck, title)
    data = CategoryChartData(number_format="0")
    data.categories = categories
    data.add_series(t("overview.agreements", lang), [int(v) for v in counts.values])
    chart = _chart(slide, XL_CHART_TYPE.BAR_CLUSTERED, data, "0")
    chart.has_legend = False
    chart.category_axis.reverse_order = True
    chart.plots[0].series[0].format.fill.solid()
    chart.plots[0].series[0].format.fill.fore_color.rgb = _rgb(NEUTRAL)
    _caveat(slide, caveat)


TITLE_COLUMN = 3


def _table_slide(deck, records: pd.DataFrame, labels: Labels) -> None:
    lang = labels.lang
    slide = _slide(deck, t("briefing.table_title", lang))
    recent = most_recent(records, TABLE_ROWS)
    table_rows = record_rows(recent, labels, ("date", "partner", "ca", "title", "stage", "stated"))
    headers = list(table_rows.columns)
    rows = list(table_rows.itertuples(index=False, name=None))
    links = [permalink(i, public_base_url()) for i in recent["id"]]
    widths = [Inches(1.5), Inches(1.7), Inches(2.1), Inches(4.1), Inches(1.5), Inches(1.2)]
    shape = slide.shapes.add_table(len(rows) + 1, len(headers), MARGIN, Inches(1.2), sum(widths, Emu(0)),
                                   Inches(0.35) * (len(rows) + 1))
    table = shape.table
    for i, width in enumerate(widths):
        table.columns[i].width = width
    for row_index, values in enumerate([headers, *rows]):
        for column_index, value in enumerate(values):
            cell = table.cell(row_index, column_index)
            cell.text = str(value)  # plain text
            for paragraph in cell.text_frame.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(11 if row_index else 12)
                    run.font.bold = row_index == 0
                    if row_index and column_index == TITLE_COLUMN:  # the title links to the record's page
                        run.hyperlink.address = links[row_index - 1]
    more = len(records) - len(rows)
    if more > 0:
        _caveat(slide, t("briefing.more_rows", lang, n=more))


def _sources_slides(deck, sources: pd.DataFrame, lang: str) -> None:
    lines = [f"{row.publisher} — {row.title} ({row.published})" if row.publisher else f"{row.title}"
             for row in sources.itertuples()]
    for start in range(0, len(lines), SOURCES_PER_SLIDE):
        slide = _slide(deck, t("briefing.sources_title", lang))
        box = slide.shapes.add_textbox(MARGIN, Inches(1.2), WIDTH - 2 * MARGIN, Inches(5.8))
        frame = box.text_frame
        frame.word_wrap = True
        for i, line in enumerate(lines[start:start + SOURCES_PER_SLIDE]):
            paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
            run = paragraph.add_run()
            run.text = line
            run.font.size = Pt(13)
            run.font.color.rgb = DARK


def _bytes(deck) -> bytes:
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()
