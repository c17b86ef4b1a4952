"""The release as open data: the Frictionless descriptor and citation file generated from the schema,
valid against the real files and failing on broken ones; the whole-release zip; the JSON download."""

from __future__ import annotations

import csv
import io
import json
import shutil
import zipfile
from datetime import date

import frictionless
import pytest

from tracker.dataset import schema
from tracker.dataset.loader import DEFAULT_DATA_DIR, LIST_COLUMNS
from tracker.exports import datapackage
from tracker.exports.release import release_members, release_stem, release_zip
from tracker.exports.selection_json import to_json_bytes
from tracker.exports.spreadsheets import contract_table
from tracker.selection.filters import Selection, apply_filters


def validate(folder) -> frictionless.Report:
    return frictionless.Package(str(folder / datapackage.FILE_NAME)).validate()


def test_the_descriptor_and_citation_on_disk_are_the_ones_the_schema_gives():
    for name, text in datapackage.generated_files(DEFAULT_DATA_DIR).items():
        assert (DEFAULT_DATA_DIR / name).read_text(encoding="utf-8") == text, \
            f"{name} is out of date: run python -m tracker.exports.datapackage"


def test_the_descriptor_describes_every_file_and_column_of_the_schema():
    package = json.loads((DEFAULT_DATA_DIR / datapackage.FILE_NAME).read_text(encoding="utf-8"))
    assert [r["path"] for r in package["resources"]] == [spec.name for spec in schema.FILES]
    for resource, spec in zip(package["resources"], schema.FILES, strict=True):
        fields = resource["schema"]["fields"]
        assert [f["name"] for f in fields] == list(spec.column_names)
        for field, column in zip(fields, spec.columns, strict=True):
            assert field.get("constraints", {}).get("required", False) == column.required
            if column.kind == "code" and isinstance(column.vocabulary, tuple):
                assert field["constraints"]["enum"] == list(column.vocabulary)
    meta = datapackage.read_metadata(DEFAULT_DATA_DIR)
    assert package["version"] == meta["version"] and package["created"].startswith(meta["updated"])


def test_frictionless_finds_the_real_release_valid():
    report = validate(DEFAULT_DATA_DIR)
    assert report.valid, report.flatten(["rowNumber", "fieldName", "message"])[:10]


def _broken_copy(tmp_path, column: str, value: str):
    folder = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, folder)
    path = folder / "agreements.csv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    rows[1][rows[0].index(column)] = value if value != "<id of row 3>" else rows[3][0]
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return folder


@pytest.mark.parametrize(("column", "value", "error"), [
    ("date", "2024-13-45", "type-error"),
    ("stage", "finished", "constraint-error"),
    ("partner", "XXX", "foreign-key"),
    ("follows", "no-such-record", "foreign-key"),
    ("id", "<id of row 3>", "primary-key"),
    ("title_en", "", "constraint-error"),
    ("ca_countries", "KAZ;FRA", "constraint-error"),
    ("value_m", "many", "type-error"),
    ("in_totals", "yes", "type-error"),
])
def test_frictionless_rejects_a_broken_file(tmp_path, column, value, error):
    report = validate(_broken_copy(tmp_path, column, value))
    assert not report.valid
    assert error in {row[0] for row in report.flatten(["type"])}


def test_the_citation_file_names_this_release():
    meta = datapackage.read_metadata(DEFAULT_DATA_DIR)
    text = (DEFAULT_DATA_DIR / datapackage.CITATION).read_text(encoding="utf-8")
    assert f'version: "{meta["version"]}"' in text and f"date-released: {meta['updated']}" in text
    assert "license: CC-BY-4.0" in text and "type: dataset" in text


def test_the_release_zip_holds_every_file_unchanged_in_a_versioned_folder(dataset):
    members = release_members(DEFAULT_DATA_DIR)
    data = release_zip(members, dataset.version)
    assert data == release_zip(members, dataset.version)  # the same files give the same bytes
    stem = release_stem(dataset.version)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        expected = [spec.name for spec in schema.FILES] + ["datapackage.json", "CITATION.cff", "README.md"]
        assert names == [f"{stem}/{name}" for name in expected]
        for name in expected:
            assert archive.read(f"{stem}/{name}") == (DEFAULT_DATA_DIR / name).read_bytes()


@pytest.mark.parametrize("version", ["3.0", "../../etc", "3.0 beta", ""])
def test_the_release_name_is_a_safe_file_name(version):
    stem = release_stem(version)
    assert "/" not in stem and ".." not in stem and " " not in stem
    assert stem.startswith("central-asia-critical-raw-materials-partnerships-")


@pytest.mark.parametrize("selection", [Selection(2022, 2026), Selection(2023, 2025, ca=("KAZ",)),
                                       Selection(2022, 2026, partner=("CHN",), stage=("committed",))])
def test_the_json_download_holds_exactly_the_selection_in_the_files_own_values(dataset, selection):
    records = apply_filters(dataset, selection)
    document = json.loads(to_json_bytes(records, dataset, date(2026, 12, 3), "the selection"))
    assert document["version"] == dataset.version and document["exported"] == "2026-12-03"
    assert document["licence"] == dataset.metadata["licence"]
    table = contract_table(records)
    assert [r["id"] for r in document["records"]] == list(table["id"])
    for row, (_, expected) in zip(document["records"], table.iterrows(), strict=True):
        assert list(row) == list(schema.AGREEMENTS.column_names)
        for column in schema.AGREEMENTS.column_names:
            value, cell = row[column], expected[column]
            if column in LIST_COLUMNS:
                assert value == schema.split_list(cell)
            elif column == "in_totals":
                assert value is (cell == "true")
            elif isinstance(value, float):
                assert value == pytest.approx(float(cell))
            else:
                assert (value or "") == ("" if cell != cell else str(cell))
