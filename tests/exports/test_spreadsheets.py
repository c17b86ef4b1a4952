"""Download files hold exactly the selected records, read back as a spreadsheet user would."""

from __future__ import annotations

import csv
import io
from datetime import date

import openpyxl
import pandas as pd
import pytest

from tests.fixtures import view_context
from tracker.dataset.schema import AGREEMENTS
from tracker.exports.spreadsheets import neutralise, to_csv_bytes, to_xlsx_bytes
from tracker.language.formatting import format_date
from tracker.language.i18n import labels_for
from tracker.selection.filters import Selection, apply_filters, filter_options
from tracker.selection.wording import describe_selection, file_stem

SELECTION = Selection(year_from=2023, year_to=2025, ca=("KAZ",), partner=("EU", "DEU"))


@pytest.fixture(scope="module")
def selected(dataset):
    return apply_filters(dataset, SELECTION)


def read_csv(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def workbook_of(records, dataset, exported_on: date):
    """The English workbook of the records."""
    return openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes(records, dataset, view_context(dataset.countries),
                                                           exported_on)))


def test_csv_has_a_bom_and_exactly_the_filtered_records(selected):
    data = to_csv_bytes(selected)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = read_csv(data)
    assert [r["id"] for r in rows] == list(selected["id"])
    assert list(rows[0].keys()) == list(AGREEMENTS.column_names)
    record = selected[selected["value_m"].notna()].iloc[0]
    row = next(r for r in rows if r["id"] == record["id"])
    assert (row["value_m"], row["value_currency"]) == (str(record["value_m"]), record["value_currency"])
    assert (row["date"], row["summary_de"]) == (record["date"].strftime("%Y-%m-%d"), record["summary_de"])
    assert [r["stage"] for r in rows] == list(selected["stage"])


def test_csv_of_the_whole_dataset_validates_like_the_source_file(dataset, data_copy):
    from tracker.dataset.loader import load_dataset
    (data_copy / "agreements.csv").write_bytes(to_csv_bytes(dataset.agreements))
    again = load_dataset(data_copy)
    pd.testing.assert_frame_equal(again.agreements, dataset.agreements)


def test_xlsx_sheets_records_and_filter_description(dataset, selected):
    labels = labels_for(dataset.countries, "en")
    text = describe_selection(SELECTION, filter_options(dataset), labels)
    context = view_context(dataset.countries, "en", selection_text=text)
    workbook = openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes(selected, dataset, context, date(2026, 1, 2))))
    assert workbook.sheetnames == ["Agreements", "Sources", "About this export"]
    sheet = workbook["Agreements"]
    header = [c.value for c in sheet[1]]
    ids = [row[header.index("ID")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert ids == list(selected["id"])
    stages = [row[header.index("Stage")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert stages == [labels.code("stage", s) for s in selected["stage"]]
    cited = {s for ss in selected["source_ids"] for s in ss}
    source_ids = [row[0] for row in workbook["Sources"].iter_rows(min_row=2, values_only=True)]
    assert set(source_ids) == cited
    about = dict(workbook["About this export"].iter_rows(values_only=True))
    assert about["Filters applied"] == "Kazakhstan; European Union, Germany; 2023–2025"
    assert about["Exported on"] == "2026-01-02"
    assert about["Dataset version"] == dataset.version
    assert about["How to cite"].startswith("Central Asia Critical Raw Materials Partnerships dataset")
    assert about["Records"] == str(len(selected))


def test_xlsx_in_german(dataset, selected):
    labels = labels_for(dataset.countries, "de")
    data = to_xlsx_bytes(selected, dataset, view_context(dataset.countries, labels.lang), date(2026, 1, 2))
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    assert workbook.sheetnames == ["Abkommen", "Quellen", "Über diesen Export"]
    header = [c.value for c in workbook["Abkommen"][1]]
    assert "Titel" in header and "Partner" in header


def test_file_names_describe_the_selection(dataset):
    options = filter_options(dataset)
    assert file_stem(SELECTION, options, "en") == "ca-partnerships_KAZ_EU-DEU_2023-2025"
    assert file_stem(Selection(year_from=2022, year_to=2025), options, "de") == "za-partnerschaften_2022-2025"


@pytest.mark.parametrize("value, expected", [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+1+2", "'+1+2"), ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"), ("-12.5", "-12.5"), ("ok", "ok"), (3.0, 3.0),
])
def test_cells_a_spreadsheet_would_evaluate_are_neutralised(value, expected):
    assert neutralise(value) == expected


def test_formula_in_a_title_is_neutralised_in_both_files(dataset):
    records = dataset.agreements.head(2).copy()
    records.loc[records.index[0], "title_en"] = "=1+1"
    assert read_csv(to_csv_bytes(records))[0]["title_en"] == "'=1+1"
    workbook = workbook_of(records, dataset, date(2026, 1, 1))
    header = [c.value for c in workbook["Agreements"][1]]
    cell = workbook["Agreements"].cell(row=2, column=header.index("Title") + 1)
    assert cell.value == "'=1+1" and cell.data_type == "s"


def test_csv_written_in_slices_is_the_same_file(dataset, monkeypatch):
    import tracker.exports.spreadsheets as exports
    whole = to_csv_bytes(dataset.agreements)
    monkeypatch.setattr(exports, "CHUNK_ROWS", 5)
    assert to_csv_bytes(dataset.agreements) == whole
    assert whole.count(b"id,date,date_precision") == 1
    assert to_csv_bytes(dataset.agreements.iloc[:0]).decode("utf-8-sig").strip() == ",".join(AGREEMENTS.column_names)


def test_xlsx_reads_like_a_finished_spreadsheet(dataset, selected):
    sheet = workbook_of(selected, dataset, date(2026, 1, 2))["Agreements"]
    header = [c.value for c in sheet[1]]
    assert all(c.font.b for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(header))}{len(selected) + 1}"
    rows = list(sheet.iter_rows(min_row=2))
    dates = [row[header.index("Date")].value for row in rows]
    iso = [row[header.index("Date (ISO, at its precision)")].value for row in rows]
    for shown, sortable, day, precision in zip(dates, iso, selected["date"], selected["date_precision"], strict=True):
        assert sortable == {"day": day.strftime("%Y-%m-%d"), "month": day.strftime("%Y-%m"),
                            "year": day.strftime("%Y")}[precision]  # never an invented day
        assert shown == format_date(day, precision, "en", short=True)
    assert iso == sorted(iso, key=lambda text: (text + "-00-00")[:10])  # records come in date order
    links = [row[header.index("Record")].value for row in rows]
    assert links == [f"http://localhost:8501/record?id={i}" for i in selected["id"]]
    eur = [row[header.index("EUR m")].value for row in rows]
    assert eur == [None if pd.isna(v) else v for v in selected["value_eur_m"]]
    assert all(row[header.index("Title")].alignment.wrap_text for row in rows)


def test_xlsx_rows_are_tall_enough_for_their_wrapped_text(dataset):
    records = dataset.agreements.head(2).copy()
    records.loc[records.index[0], "summary_en"] = "A long summary. " * 40  # 640 characters
    records.loc[records.index[1], "summary_en"] = "Short."
    records.loc[records.index[1], "notes"] = ""
    records.loc[records.index[1], "title_en"] = "Short title"
    sheet = workbook_of(records, dataset, date(2026, 1, 1))["Agreements"]
    from tracker.exports.spreadsheets import WIDE_COLUMNS

    # the summary's column is at its widest, so every line of it shows at this height
    assert sheet.row_dimensions[2].height >= 15 * 640 / WIDE_COLUMNS
    assert (sheet.row_dimensions[3].height or 15) <= 45  # short texts keep a short row


def test_xlsx_in_russian_and_the_csv_with_the_russian_columns(dataset, selected):
    data = to_xlsx_bytes(selected, dataset, view_context(dataset.countries, "ru"), date(2026, 1, 2))
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    sheet = workbook[workbook.sheetnames[0]]
    assert workbook.sheetnames[0] == "Соглашения"
    header = [c.value for c in sheet[1]]
    assert "Название" in header or any("Назван" in str(h) for h in header)
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(selected)
    assert any("Казахстан" in str(cell) for row in rows for cell in row)
    table = list(csv.DictReader(io.StringIO(to_csv_bytes(selected).decode("utf-8-sig"))))
    assert [row["title_ru"] for row in table] == list(selected["title_ru"])
