"""What a release of the dataset changed: records added, fields changed, records removed.

    python -m tracker.curation.changelog OLD_FOLDER [NEW_FOLDER]

compares ``agreements.csv`` of two versions of the data folder (NEW_FOLDER defaults to the
dataset folder) and appends the differences to NEW_FOLDER/changelog.csv under the version and
date in NEW_FOLDER/metadata.csv; rows of that version already there are replaced, so the command
can be run again after further edits. ``make changelog OLD=<git revision>`` compares with the data
folder at a git revision. The old folder is only read; in the new folder only changelog.csv is
written.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import pandas as pd

from tracker.dataset import schema
from tracker.language.i18n import t

# Columns whose change a reader would not call a change of the record.
IGNORED = ("last_checked",)


def _rows(path: Path) -> list[dict[str, str]]:
    """A CSV file's rows, cells stripped; [] when there is no file."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8-sig", newline="") as f:
        return [{k: (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(f)]


def read_records(folder: Path) -> dict[str, dict[str, str]]:
    """agreements.csv of a folder as {id: row}, cells stripped; missing columns read as empty."""
    return {row["id"]: row for row in _rows(Path(folder) / schema.AGREEMENTS.name) if row.get("id")}


def header(folder: Path) -> tuple[str, ...]:
    """The columns of a folder's agreements.csv."""
    with (Path(folder) / schema.AGREEMENTS.name).open(encoding="utf-8-sig", newline="") as f:
        return tuple(next(csv.reader(f), []))


def differences(old: dict[str, dict[str, str]], new: dict[str, dict[str, str]],
                old_columns: tuple[str, ...] | None = None) -> list[dict[str, str]]:
    """One row per record added, changed or removed, in id order; ``fields`` names what changed. A column
    that is not among ``old_columns`` (the old release's header: a new column of the data contract) is
    not a change of each record."""
    rows = []
    for record_id in sorted(set(old) | set(new)):
        if record_id not in old:
            rows.append({"record_id": record_id, "change": "added", "fields": ""})
        elif record_id not in new:
            rows.append({"record_id": record_id, "change": "removed", "fields": ""})
        else:
            before, after = old[record_id], new[record_id]
            changed = [c for c in schema.AGREEMENTS.column_names
                       if c not in IGNORED and (old_columns is None or c in old_columns)
                       and before.get(c, "") != after.get(c, "")]
            if changed:
                rows.append({"record_id": record_id, "change": "changed",
                             "fields": schema.LIST_SEPARATOR.join(changed)})
    return rows


def release_rows(existing: list[dict[str, str]], version: str, released: str,
                 changes: list[dict[str, str]]) -> list[dict[str, str]]:
    """The changelog with this release's rows replaced by ``changes``; other releases kept as they are."""
    kept = [row for row in existing if row["version"] != version]
    return kept + [{"version": version, "date": released, **change} for change in changes]


def latest_release(changelog: pd.DataFrame) -> pd.DataFrame:
    """The rows of the newest release of a changelog frame (by date, then order of writing)."""
    if changelog.empty:
        return changelog
    newest = changelog.loc[changelog["date"] == changelog["date"].max(), "version"].iloc[-1]  # a tie: the later
    return changelog[changelog["version"] == newest]


def release_summary(changelog: pd.DataFrame) -> pd.DataFrame:
    """One row per release, newest first: version, date and how many records it added, changed, removed."""
    columns = ["version", "date", *schema.CHANGES]
    if changelog.empty:
        return pd.DataFrame(columns=columns)
    counts = pd.crosstab(changelog["version"], changelog["change"]).reindex(columns=list(schema.CHANGES),
                                                                             fill_value=0)
    dates = changelog.groupby("version")["date"].max()
    summary = counts.join(dates).reset_index()
    return summary.sort_values(["date", "version"], ascending=False, kind="stable").reset_index(drop=True)[columns]


def changelog_table(changelog: pd.DataFrame, version: str, labels) -> pd.DataFrame:
    """The rows of one release as a reader sees them: record, what happened, which fields."""
    lang = labels.lang
    rows = changelog[changelog["version"] == version]
    return pd.DataFrame({
        t("col.id", lang): rows["record_id"].to_numpy(),
        t("about.change", lang): [t(f"change.{c}", lang) for c in rows["change"]],
        t("about.fields", lang): [", ".join(schema.split_list(f)) for f in rows["fields"]],
    })


def whats_new(dataset, release: pd.DataFrame, labels, query: dict[str, str] | None = None) -> pd.DataFrame:
    """The records a release added or changed that are still in the dataset, newest first, as table rows
    with what happened to each."""
    from tracker.views.record_tables import record_rows

    touched = release[release["change"].isin(("added", "changed"))]
    change = dict(zip(touched["record_id"], touched["change"], strict=True))
    records = dataset.agreements[dataset.agreements["id"].isin(change.keys())]
    records = records.iloc[::-1]  # newest first: the dataset is in date order
    rows = record_rows(records, labels, ("link", "date", "partner", "stage", "title"), query=query)
    rows.insert(1, t("about.change", labels.lang), [t(f"change.{change[i]}", labels.lang) for i in records["id"]])
    return rows


def _metadata(folder: Path) -> dict[str, str]:
    return {row["key"]: row["value"] for row in _rows(folder / schema.METADATA.name)}


def write_changelog(old_folder: Path, new_folder: Path) -> list[dict[str, str]]:
    """Compare the two folders and rewrite NEW/changelog.csv; returns this release's rows."""
    meta = _metadata(new_folder)
    changes = differences(read_records(old_folder), read_records(new_folder), header(old_folder))
    path = new_folder / schema.CHANGELOG.name
    rows = release_rows(_rows(path), meta["version"], meta["updated"], changes)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(schema.CHANGELOG.column_names), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    return changes


def main(argv: list[str] | None = None) -> int:
    from tracker.dataset.loader import data_dir

    args = sys.argv[1:] if argv is None else argv
    if not args or len(args) > 2 or args[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0 if args and args[0] in ("-h", "--help") else 2
    old_folder, new_folder = Path(args[0]), Path(args[1]) if len(args) > 1 else data_dir()
    for folder in (old_folder, new_folder):
        if not (folder / schema.AGREEMENTS.name).is_file():
            print(f"{folder} has no {schema.AGREEMENTS.name}")
            return 2
    changes = write_changelog(old_folder, new_folder)
    counts = {kind: sum(1 for c in changes if c["change"] == kind) for kind in schema.CHANGES}
    print(f"{counts['added']} added, {counts['changed']} changed, {counts['removed']} removed; "
          f"written to {new_folder / schema.CHANGELOG.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
