"""The curated dataset: it loads, it is complete to the sources, and every kind of
broken input gives its own clear message."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pandas as pd
import pytest

from tests.conftest import REPO, edit_agreement, read_rows, write_rows
from tracker.dataset import schema
from tracker.dataset.loader import load_dataset
from tracker.dataset.problems import DataValidationError


def problems_for(folder, **options) -> list[str]:
    """Every problem load_dataset(folder, **options) reports, as the curator reads them."""
    with pytest.raises(DataValidationError) as caught:
        load_dataset(folder, **options)
    return [str(p) for p in caught.value.problems]


# --- the real data --------------------------------------------------------------------------


def test_real_dataset_loads_with_typed_columns(dataset):
    a = dataset.agreements
    assert len(a) >= 20
    assert pd.api.types.is_datetime64_any_dtype(a["date"])
    assert a["value_m"].dtype == "float64"
    assert all(isinstance(v, tuple) for v in a["ca_countries"])
    assert a["id"].is_unique


def test_every_record_cites_known_sources_and_is_bilingual(dataset):
    a = dataset.agreements
    known = set(dataset.sources["id"])
    for record in a.itertuples():
        assert record.source_ids and set(record.source_ids) <= known, record.id
        for column in ("title_en", "title_de", "summary_en", "summary_de"):
            assert getattr(record, column).strip(), (record.id, column)
        assert record.summary_en != record.summary_de


def test_data_readme_documents_every_column():
    readme = (REPO / "data" / "README.md").read_text(encoding="utf-8")
    for spec in schema.FILES:
        assert f"`{spec.name}`" in readme
        for column in spec.columns:
            assert f"`{column.name}`" in readme, (spec.name, column.name)


def test_validate_command_reports_ok_and_problems(data_copy):
    command = [sys.executable, "-m", "tracker.curation.validate_folder"]
    ok = subprocess.run(command, capture_output=True, text=True, cwd=REPO)
    assert ok.returncode == 0
    assert ok.stdout.startswith("OK, ") and "records from" in ok.stdout
    edit_agreement(data_copy, 0, partner="XXX")
    bad = subprocess.run([sys.executable, "-m", "tracker.curation.validate_folder", str(data_copy)],
                         capture_output=True, text=True, cwd=REPO)
    assert bad.returncode == 1
    assert "agreements.csv, row 2, column partner: 'XXX'" in bad.stdout
    assert "Traceback" not in bad.stdout + bad.stderr


# --- broken input: one message per kind, never a traceback -----------------------------------


@pytest.mark.parametrize(
    "changes, expected",
    [
        ({"instrument": "treaty"}, "row 2, column instrument: 'treaty' — unknown value treaty; expected one of: "
                                   "acquisition, agreement,"),
        ({"date": "2023-13-45"}, "row 2, column date: '2023-13-45' — a real date written YYYY-MM-DD"),
        ({"date": "7 Nov 2022"}, "column date: '7 Nov 2022' — a real date"),
        ({"date": "2999-01-01"}, "column date: '2999-01-01' — a date that is not in the future"),
        ({"ca_countries": "KAZ;XYZ"}, "column ca_countries: 'KAZ;XYZ' — unknown value XYZ"),
        ({"partner": "ZZZ"}, "column partner: 'ZZZ' — unknown value ZZZ; expected one of: ADB, AFG,"),
        ({"source_ids": "seed-000;nowhere"}, "column source_ids: 'seed-000;nowhere' — unknown id nowhere"),
        ({"value_m": "-5", "value_currency": "EUR", "value_eur_m": "-5", "value_usd_m": "-5.3",
          "fx_basis": "annual_rate", "amount_kind": "committed"},
         "column value_m: '-5' — a number that is not negative"),
        ({"value_m": "lots", "value_currency": "EUR", "value_eur_m": "1", "value_usd_m": "1",
          "fx_basis": "annual_rate", "amount_kind": "committed"}, "column value_m: 'lots' — a number"),
        ({"value_m": "10", "value_currency": "GBP", "value_eur_m": "10", "value_usd_m": "10.5",
          "fx_basis": "annual_rate", "amount_kind": "committed"},
         "column value_currency: 'GBP' — unknown value GBP; expected one of: EUR, USD"),
        ({"value_m": "100", "value_currency": "EUR", "value_eur_m": "100", "value_usd_m": "300",
          "fx_basis": "annual_rate", "amount_kind": "committed"}, "column value_usd_m: '300' — about 105.3"),
        ({"value_m": "100", "value_currency": "EUR", "value_eur_m": "90", "value_usd_m": "105.3",
          "fx_basis": "annual_rate", "amount_kind": "committed"},
         "column value_eur_m: '90' — the amount stated in value_m"),
        ({"value_m": "100", "value_currency": ""}, "column value_currency: '' — a value when value_m is given"),
        ({"date_precision": "month", "date": "2022-11-07"},
         "column date: '2022-11-07' — a month-precise date uses day 01"),
        ({"part_of": "no-such-record"}, "column part_of: 'no-such-record' — unknown id no-such-record"),
        ({"in_totals": "false"}, "column exclusion_reason: '' — a reason"),
        ({"title_en": ""}, "column title_en: '' — a value is required"),
    ],
)
def test_each_bad_value_gets_its_specific_message(data_copy, changes, expected):
    edit_agreement(data_copy, 0, **changes)
    messages = problems_for(data_copy)
    assert any(expected in m for m in messages), messages
    assert all(m.startswith("agreements.csv, row 2") for m in messages), messages


def test_duplicate_id_is_reported_on_both_rows(data_copy):
    rows = read_rows(data_copy / "agreements.csv")
    rows[3]["id"] = rows[0]["id"]
    write_rows(data_copy / "agreements.csv", rows)
    messages = problems_for(data_copy)
    duplicates = [m for m in messages if "used only once" in m]
    assert {m.split(",")[1].strip() for m in duplicates} == {"row 2", "row 5"}


def test_missing_column(data_copy):
    rows = read_rows(data_copy / "agreements.csv")
    for row in rows:
        del row["status"]
    write_rows(data_copy / "agreements.csv", rows)
    assert problems_for(data_copy) == ["agreements.csv, row 1, column status — required column is missing "
                                       "from the header row"]


def test_all_problems_are_reported_at_once(data_copy):
    edit_agreement(data_copy, 0, partner="ZZZ")
    edit_agreement(data_copy, 2, instrument="treaty")
    (data_copy / "sources.csv").write_text("", encoding="utf-8")
    messages = problems_for(data_copy)
    assert any("row 2, column partner" in m for m in messages)
    assert any("row 4, column instrument" in m for m in messages)
    assert any(m.startswith("sources.csv") and "empty" in m for m in messages)


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"", "agreements.csv — the file is empty"),
        (b"   \n\n", "agreements.csv — the file is empty"),
        (None, "agreements.csv — the file has a header but no records"),
        ("id,date\nx,2020-01-01\n\xe4\n".encode("latin-1"), "agreements.csv, row 3 — the file is not UTF-8"),
        (b"id;date;partner\nx;2020-01-01;EU\n", "looks semicolon-delimited"),
        (b"\x00\x01\x02binary", "binary data"),
    ],
)
def test_broken_files(data_copy, content, expected):
    path = data_copy / "agreements.csv"
    if content is None:  # header only
        content = path.read_bytes().split(b"\n", 1)[0] + b"\n"
    path.write_bytes(content)
    messages = problems_for(data_copy)
    assert any(expected in m for m in messages), messages


WIDTH = len(schema.AGREEMENTS.columns)


def test_row_with_too_many_fields(data_copy):
    path = data_copy / "agreements.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[1] = lines[1].rstrip("\n") + ",extra\n"
    path.write_text("".join(lines), encoding="utf-8")
    messages = problems_for(data_copy)
    expected = f"agreements.csv, row 2 — row has {WIDTH + 1} fields, the header has {WIDTH}"
    assert any(expected in m for m in messages), messages


def test_missing_file_and_empty_folder(data_copy, tmp_path):
    (data_copy / "countries.csv").unlink()
    assert "countries.csv — the file is missing" in problems_for(data_copy)
    empty = tmp_path / "empty"
    empty.mkdir()
    messages = problems_for(empty)
    assert len(messages) == len(schema.FILES)
    assert all("the file is missing" in m for m in messages)


def test_unknown_column_is_reported(data_copy):
    rows = read_rows(data_copy / "sources.csv")
    for row in rows:
        row["comment"] = "x"
    write_rows(data_copy / "sources.csv", rows)
    assert problems_for(data_copy) == ["sources.csv, row 1, column comment — unknown column; document it in the "
                                       "schema before adding it"]


def test_future_date_uses_the_day_of_loading(data_copy):
    rows = read_rows(data_copy / "agreements.csv")
    linked = {r["follows"] for r in rows} | {r["part_of"] for r in rows}
    free = next(i for i, r in enumerate(rows) if r["id"] not in linked and not r["follows"] and not r["value_m"])
    edit_agreement(data_copy, free, date="2026-12-01", date_precision="day")
    load_dataset(data_copy, today=date(2027, 1, 1))
    with pytest.raises(DataValidationError):
        load_dataset(data_copy, today=date(2026, 11, 30))


def test_loading_never_writes_to_the_folder(data_copy):
    before = {p.name: p.read_bytes() for p in data_copy.iterdir()}
    load_dataset(data_copy)
    edit_agreement(data_copy, 0, partner="ZZZ")
    before["agreements.csv"] = (data_copy / "agreements.csv").read_bytes()
    with pytest.raises(DataValidationError):
        load_dataset(data_copy)
    assert {p.name: p.read_bytes() for p in data_copy.iterdir()} == before


def test_a_large_file_loads_and_reports_problems_the_same_way(tmp_path):
    """A file of several megabytes is read in several of Arrow's blocks; its records and problems
    come out as a small file's do."""
    from bench.synthetic import write_synthetic

    folder = write_synthetic(tmp_path / "data", 3000)
    assert (folder / "agreements.csv").stat().st_size > 2 * 2**20
    dataset = load_dataset(folder)
    a = dataset.agreements
    assert len(a) == 3000 and a["id"].is_unique
    # one date type whatever the file holds (here every period is empty)
    assert {str(a[c].dtype) for c in ("date", "period_start", "period_end")} == {"datetime64[us]"}
    # sorted by date, then id, with every record's fields still together
    assert list(zip(a["date"], a["id"], strict=True)) == sorted(zip(a["date"], a["id"], strict=True))
    rows = {row["id"]: row for row in read_rows(folder / "agreements.csv")}
    assert all(rows[i]["date"] == d.strftime("%Y-%m-%d") and rows[i]["title_de"] == title
               and rows[i]["value_m"] == ("" if pd.isna(v) else str(v))
               for i, d, title, v in zip(a["id"], a["date"], a["title_de"], a["value_m"], strict=True))
    edit_agreement(folder, 10, partner="ZZZ", value_m="-3")
    messages = problems_for(folder)
    assert any("row 12, column partner: 'ZZZ'" in m for m in messages)
    assert any("row 12, column value_m: '-3' — a number that is not negative" in m for m in messages)
    path = folder / "agreements.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[2] = lines[2].rstrip("\n") + ",extra\n"
    path.write_text("".join(lines), encoding="utf-8")
    assert any(f"row 3 — row has {WIDTH + 1} fields, the header has {WIDTH}" in m for m in problems_for(folder))
