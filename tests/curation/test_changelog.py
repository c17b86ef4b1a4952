"""The dataset's changelog: a command compares two versions of data/ and records what changed."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd

from tests.conftest import REPO, read_rows, write_rows
from tracker.curation.changelog import differences, latest_release, release_rows, release_summary
from tracker.dataset.loader import load_dataset


def test_differences_name_added_changed_and_removed_records_and_the_fields():
    old = {"a": {"id": "a", "date": "2024-01-01", "title_en": "A"},
           "b": {"id": "b", "date": "2024-02-01", "title_en": "B", "last_checked": "2026-01-01"},
           "c": {"id": "c", "date": "2024-03-01"}}
    new = {"a": {"id": "a", "date": "2024-01-05", "title_en": "A2", "value_m": "3"},
           "b": {"id": "b", "date": "2024-02-01", "title_en": "B", "last_checked": "2026-11-01"},
           "d": {"id": "d", "date": "2025-01-01"}}
    assert differences(old, new) == [
        {"record_id": "a", "change": "changed", "fields": "date;value_m;title_en"},
        {"record_id": "c", "change": "removed", "fields": ""},
        {"record_id": "d", "change": "added", "fields": ""},
    ]  # a new check date alone is not a change


def test_a_column_new_in_the_release_is_not_a_change_of_every_record():
    old = {"a": {"id": "a", "status": "signed"}, "b": {"id": "b", "status": "signed"}}
    new = {"a": {"id": "a", "status": "signed", "stage": "signed"},
           "b": {"id": "b", "status": "announced", "stage": "announced"}}
    assert differences(old, new, ("id", "status")) == [{"record_id": "b", "change": "changed", "fields": "status"}]


def test_a_release_replaces_its_own_rows_and_keeps_the_others():
    existing = [{"version": "1.0", "date": "2026-01-01", "record_id": "x", "change": "added", "fields": ""},
                {"version": "2.0", "date": "2026-06-01", "record_id": "old", "change": "added", "fields": ""}]
    rows = release_rows(existing, "2.0", "2026-06-02", [{"record_id": "y", "change": "added", "fields": ""}])
    assert [(r["version"], r["record_id"]) for r in rows] == [("1.0", "x"), ("2.0", "y")]


def test_whats_new_is_the_newest_release():
    log = pd.DataFrame({"version": ["1.0", "2.0", "2.0"], "date": pd.to_datetime(["2026-01-01", "2026-06-01",
                                                                                 "2026-06-01"]),
                        "record_id": ["x", "y", "z"], "change": ["added", "added", "changed"],
                        "fields": ["", "", "date"]})
    assert list(latest_release(log)["record_id"]) == ["y", "z"]
    summary = release_summary(log)
    assert summary[["version", "added", "changed", "removed"]].values.tolist() == [["2.0", 1, 1, 0],
                                                                                   ["1.0", 1, 0, 0]]


def test_the_command_compares_two_folders_and_the_result_validates(data_copy, tmp_path):
    old = tmp_path / "old"
    old.mkdir()
    rows = read_rows(data_copy / "agreements.csv")
    changed_id, removed_id = rows[1]["id"], rows[2]["id"]
    old_rows = [dict(r) for r in rows]
    old_rows[1]["title_en"] = "An older title"
    old_rows.append({**rows[3], "id": "a-record-since-removed"})
    write_rows(old / "agreements.csv", old_rows[:2] + old_rows[3:])  # the third record is new
    result = subprocess.run([sys.executable, "-m", "tracker.curation.changelog", str(old), str(data_copy)],
                            capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("1 added, 1 changed, 1 removed")
    dataset = load_dataset(data_copy)
    latest = latest_release(dataset.changelog).set_index("record_id")
    assert latest.loc[removed_id, "change"] == "added"
    assert latest.loc[changed_id, ["change", "fields"]].tolist() == ["changed", "title_en"]
    assert latest.loc["a-record-since-removed", "change"] == "removed"
    assert (latest["version"] == dataset.version).all()
    assert (old / "agreements.csv").read_text(encoding="utf-8").count("An older title") == 1  # old left alone


def test_of_two_releases_on_one_day_the_later_written_is_the_latest():
    log = pd.DataFrame({"version": ["3.0", "3.0", "3.1"], "date": pd.to_datetime(["2026-12-03"] * 3),
                        "record_id": ["a", "b", "c"], "change": ["added", "removed", "changed"],
                        "fields": ["", "", "title_ru"]})
    assert list(latest_release(log)["record_id"]) == ["c"]
    assert list(release_summary(log)["version"]) == ["3.1", "3.0"]
