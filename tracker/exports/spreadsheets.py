"""Download files of a selection: CSV (the dataset's own columns) and Excel (readable).

The CSV keeps the data contract's column names and codes, so that it can be compared
with, or validated like, ``agreements.csv``. The Excel workbook is for reading: headers
and names in the user's language, plus a sheet of the sources and one that says what was
exported, when, from which version, and how to cite it.

Cells that a spreadsheet would evaluate (leading ``=``, ``+``, ``-``, ``@``, tab or carriage
return) are prefixed with an apostrophe, following OWASP's advice on CSV injection; real
numbers stay numbers.
"""

from __future__ import annotations

import codecs
import io
import math
import re
from datetime import date

import numpy as np
import pandas as pd
import xlsxwriter

from tracker.dataset import schema
from tracker.dataset.loader import Dataset
from tracker.dataset.sources import cited_by_records
from tracker.exports.links import public_base_url
from tracker.language.i18n import Labels, t
from tracker.views.colours import HEADER_FILL, WHITE
from tracker.views.context import ViewContext
from tracker.views.record_tables import SOURCE_HEADERS, readable_sources, record_rows

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")
CHUNK_ROWS = 5000


def neutralise(value):
    """A cell value that no spreadsheet will run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS) and not NUMBER.fullmatch(value):
        return "'" + value
    return value


def _join(cell) -> str:
    return schema.LIST_SEPARATOR.join(cell) if isinstance(cell, tuple) else cell


def contract_table(records: pd.DataFrame) -> pd.DataFrame:
    """The records in agreements.csv's own columns and formats."""
    table = records[list(schema.AGREEMENTS.column_names)].copy()
    for column in ("date", "period_start", "period_end", "last_checked"):
        table[column] = table[column].dt.strftime("%Y-%m-%d").fillna("")
    for column in ("ca_countries", "commodities", "counterparties", "source_ids"):
        table[column] = table[column].map(_join)
    table["in_totals"] = table["in_totals"].map({True: "true", False: "false"})
    return table


def to_csv_bytes(records: pd.DataFrame) -> bytes:
    """UTF-8 with a byte-order mark, so that Excel shows umlauts correctly. Written in slices of
    rows, so that a big selection never exists a second time as Python text."""
    buffer = io.BytesIO()
    buffer.write(codecs.BOM_UTF8)
    text = io.TextIOWrapper(buffer, encoding="utf-8", newline="")
    for start in range(0, max(len(records), 1), CHUNK_ROWS):
        table = contract_table(records.iloc[start:start + CHUNK_ROWS])
        text_columns = table.select_dtypes(exclude="number").columns
        table[text_columns] = table[text_columns].map(neutralise)
        table.to_csv(text, index=False, header=start == 0, lineterminator="\r\n")
    text.flush()
    return buffer.getvalue()


READABLE_COLUMNS = ("id", "link", "date", "date_iso", "precision", "partner", "ca", "stage", "instrument", "status",
                    "commodities", "title", "value_m", "currency", "amount_kind", "eur", "usd", "in_totals",
                    "exclusion", "follows", "part_of", "counterparties", "summary", "sources", "last_checked",
                    "notes")


def readable_table(records: pd.DataFrame, labels: Labels, base_url: str = "") -> pd.DataFrame:
    """The records with headers and names in the user's language, one row per record; dates as text at
    their precision (and a sortable ISO form), amounts as numbers, each row's permalink."""
    return record_rows(records, labels, READABLE_COLUMNS, base_url=base_url or public_base_url(),
                       money_as_text=False).reset_index(drop=True)


def about_rows(selection_text: str, dataset: Dataset, records: pd.DataFrame, lang: str,
               exported_on: date) -> list[tuple[str, str]]:
    return [
        (t("export.filters", lang), selection_text),
        (t("export.records", lang), str(len(records))),
        (t("export.exported", lang), exported_on.isoformat()),
        (t("export.dataset", lang), dataset.version),
        (t("export.dataset_updated", lang), dataset.updated),
        (t("export.cite", lang), dataset.metadata["citation"]),
        ("", t("export.note", lang)),
    ]


HEADER = {"bold": True, "font_color": WHITE, "bg_color": HEADER_FILL, "text_wrap": True, "valign": "top"}
CELL = {"text_wrap": True, "valign": "top"}
DATE = CELL | {"num_format": "yyyy-mm-dd"}
WIDE_COLUMNS = 60
NARROW_COLUMNS = 14
LINE_HEIGHT = 15  # points per line of the default font
MAX_ROW_LINES = 12


def _cell(value):
    """A value as the workbook should hold it: blanks for missing numbers, plain Python numbers,
    and text that no spreadsheet will run as a formula."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, np.generic):
        return value.item()
    return neutralise(value)


def row_lines(values: list, widths: list[float]) -> int:
    """How many lines the row's tallest cell wraps to in its column (about one character per unit
    of column width), at most MAX_ROW_LINES. Spreadsheets do not all grow rows when opening a file."""
    lines = 1
    for value, width in zip(values, widths, strict=True):
        if isinstance(value, str) and (len(value) > width - 2 or "\n" in value):
            per_line = max(width - 1, 1)
            lines = max(lines, sum(math.ceil(max(len(part), 1) / per_line) for part in value.split("\n")))
    return min(lines, MAX_ROW_LINES)


def _write_sheet(workbook, name: str, table: pd.DataFrame) -> None:
    """A sheet with a styled header row, wrapped cells, sensible widths and row heights, frozen
    header and filter. Rows are streamed to disk as they are written (constant-memory mode)."""
    sheet = workbook.add_worksheet(name)
    cell, dated = workbook.add_format(CELL), workbook.add_format(DATE)
    widths = []
    for i, column in enumerate(table.columns):
        longest = max([len(str(column))] + [len(str(v)) for v in table[column].head(200).tolist()])
        widths.append(min(max(longest + 2, NARROW_COLUMNS), WIDE_COLUMNS))
        is_date = len(table) and isinstance(table[column].iloc[0], date)
        sheet.set_column(i, i, widths[i], dated if is_date else cell)
    sheet.write_row(0, 0, [str(c) for c in table.columns], workbook.add_format(HEADER))
    for row, values in enumerate(table.itertuples(index=False, name=None), start=1):
        values = [_cell(v) for v in values]
        lines = row_lines(values, widths)
        if lines > 1:
            sheet.set_row(row, LINE_HEIGHT * lines)
        sheet.write_row(row, 0, values)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, len(table), len(table.columns) - 1)


def to_xlsx_bytes(records: pd.DataFrame, dataset: Dataset, context: ViewContext, exported_on: date) -> bytes:
    """The workbook of the records: the agreements, the sources they cite, and what was exported."""
    labels, lang = context.labels, context.lang
    buffer = io.BytesIO()
    # Text stays text: no cell becomes a formula, link or number because of what it holds.
    workbook = xlsxwriter.Workbook(buffer, {"constant_memory": True, "strings_to_formulas": False,
                                            "strings_to_urls": False, "strings_to_numbers": False})
    _write_sheet(workbook, t("export.sheet_agreements", lang), readable_table(records, labels))
    cited = readable_sources(cited_by_records(records, dataset.sources), lang, columns=tuple(SOURCE_HEADERS))
    _write_sheet(workbook, t("export.sheet_sources", lang), cited)
    about = workbook.add_worksheet(t("export.sheet_about", lang))
    about.set_column(0, 0, 28, workbook.add_format({"bold": True, "valign": "top"}))
    about.set_column(1, 1, 100, workbook.add_format(CELL))
    for row, (key, value) in enumerate(about_rows(context.selection_text, dataset, records, lang, exported_on)):
        about.write_row(row, 0, [key or None, neutralise(value)])
    workbook.close()
    return buffer.getvalue()
