"""Column checks: each rule of the schema is a pandera check carrying its message; a bad cell is
reported once, for the first rule it breaks, with its file, spreadsheet row, column and value."""

from __future__ import annotations

import gc
import weakref
from datetime import date

import pandas as pd
import pytest

from tests.conftest import REPO
from tracker.dataset import schema
from tracker.dataset.column_checks import check_columns
from tracker.dataset.reading import read_csv_text

TODAY = date.today()


@pytest.fixture(scope="module")
def files() -> dict[str, pd.DataFrame]:
    return {spec.name: read_csv_text(REPO / "data" / spec.name, spec)[0] for spec in schema.FILES}


@pytest.fixture(scope="module")
def refs(files) -> dict[str, frozenset[str] | None]:
    countries = files[schema.COUNTRIES.name]
    return {"sources": frozenset(files[schema.SOURCES.name]["id"]),
            "agreements": frozenset(files[schema.AGREEMENTS.name]["id"]),
            "countries": frozenset(countries["code"]),
            "ca_countries": frozenset(schema.CA_CODES),
            "partners": frozenset(countries.loc[countries["group"] == "partner", "code"])}


def problems(files, refs, spec, edits: dict[tuple[int, str], str], arrow: bool = False) -> list[str]:
    frame = files[spec.name].copy()
    for (row, column), value in edits.items():
        frame.loc[row, column] = value
    if arrow:
        frame = frame.astype(pd.StringDtype("pyarrow"))
    return [str(p) for p in check_columns(frame, spec, refs, TODAY)]


def test_the_real_files_pass(files, refs):
    assert all(check_columns(files[spec.name], spec, refs, TODAY) == [] for spec in schema.FILES)


@pytest.mark.parametrize("spec, column, value, expected", [
    (schema.AGREEMENTS, "part_of", "Not_A_Slug", "lower-case letters, digits and single hyphens only"),
    (schema.AGREEMENTS, "date", "2999-02-30", "a real date written YYYY-MM-DD"),
    (schema.AGREEMENTS, "value_m", "-lots", "a number written with a dot for decimals, no thousands separator"),
    (schema.SOURCES, "url", "see " + "x" * 2000, "text of at most 2000 characters"),
    (schema.SOURCES, "url", "see the archive", "a web address starting with http:// or https://, without spaces"),
])
def test_a_cell_is_reported_once_for_the_first_rule_it_breaks(files, refs, spec, column, value, expected):
    found = problems(files, refs, spec, {(0, column): value})
    shown = repr(value if len(value) <= 60 else value[:60] + "…")
    assert found == [f"{spec.name}, row 2, column {column}: {shown} — {expected}"]


def test_later_rules_judge_what_passed_the_earlier_ones(files, refs):
    assert problems(files, refs, schema.AGREEMENTS, {(0, "date"): "2999-01-01", (1, "part_of"): "no-such-record"}) == [
        "agreements.csv, row 2, column date: '2999-01-01' — a date that is not in the future",
        "agreements.csv, row 3, column part_of: 'no-such-record' — unknown id no-such-record; every id must exist in "
        "agreements.csv",
    ]


def test_unknown_items_of_a_list_are_named_alone(files, refs):
    known = files["sources.csv"]["id"][0]
    assert problems(files, refs, schema.AGREEMENTS, {(4, "ca_countries"): "KAZ;XYZ;ABC",
                                                     (4, "source_ids"): f"nowhere;{known}"}) == [
        "agreements.csv, row 6, column ca_countries: 'KAZ;XYZ;ABC' — unknown value XYZ, ABC; expected one of: "
        "KAZ, KGZ, TJK, TKM, UZB",
        f"agreements.csv, row 6, column source_ids: 'nowhere;{known}' — unknown id nowhere; "
        "every id must exist in sources.csv",
    ]


def test_problems_come_by_row_then_in_the_files_column_order(files, refs):
    edits = {(2, "capital_lon"): "181", (2, "code"): "", (0, "capital_lat"): "-90.5", (0, "group"): "neither"}
    for arrow in (False, True):  # the same whether the text is in Python or in Arrow strings
        assert problems(files, refs, schema.COUNTRIES, edits, arrow) == [
            "countries.csv, row 2, column group: 'neither' — unknown value neither; expected one of: central_asia, "
            "partner",
            "countries.csv, row 2, column capital_lat: '-90.5' — a number from -90 to 90",
            "countries.csv, row 4, column code: '' — a value is required",
            "countries.csv, row 4, column capital_lon: '181' — a number from -180 to 180",
        ]


def test_empty_cells_fail_only_required_columns_and_ids_must_be_unique(files, refs):
    first = files["key_facts.csv"]["id"][0]
    assert problems(files, refs, schema.KEY_FACTS, {(0, "qualifier"): "", (0, "notes"): "", (0, "unit"): "",
                                                    (1, "id"): first}) == [
        "key_facts.csv, row 2, column id: " + repr(first) + " — a value used only once in this column",
        "key_facts.csv, row 2, column unit: '' — a value is required",
        "key_facts.csv, row 3, column id: " + repr(first) + " — a value used only once in this column",
    ]


def test_an_unreadable_reference_file_does_not_make_every_id_unknown(files, refs):
    assert check_columns(files["agreements.csv"].assign(source_ids="nowhere"), schema.AGREEMENTS,
                         refs | {"sources": None}, TODAY) == []


def test_a_checked_frame_is_not_kept_alive_by_its_checks(files, refs):
    """pandera keeps a frame's schema for as long as the frame lives; the checks must not hold the
    frame in turn, or no checked frame (at 100,000 records, the whole dataset) would ever be freed."""
    frame = files["agreements.csv"].copy()
    check_columns(frame, schema.AGREEMENTS, refs, TODAY)
    alive = weakref.ref(frame)
    del frame
    gc.collect()
    assert alive() is None
