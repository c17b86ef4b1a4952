"""The selection as JSON: the records in agreements.csv's columns, with lists as arrays, numbers as
numbers, true/false as booleans and empty cells as null, under what the file is (the dataset, its
version, licence and citation, the day of export)."""

from __future__ import annotations

import json
import math
from datetime import date

import pandas as pd

from tracker.dataset import schema
from tracker.dataset.loader import LIST_COLUMNS, Dataset

DATE_COLUMNS = ("date", "period_start", "period_end", "last_checked")
NUMBER_COLUMNS = tuple(c.name for c in schema.AGREEMENTS.columns if c.kind == "number")


def _value(column: str, cell):
    if column in LIST_COLUMNS:
        return list(cell) if isinstance(cell, tuple) else [item for item in schema.split_list(cell or "")]
    if column in DATE_COLUMNS:
        return None if pd.isna(cell) else pd.Timestamp(cell).strftime("%Y-%m-%d")
    if column in NUMBER_COLUMNS:
        number = pd.to_numeric(cell, errors="coerce")
        return None if pd.isna(number) or not math.isfinite(number) else float(number)
    if column == "in_totals":
        return bool(cell)
    return None if cell is None or (isinstance(cell, float) and math.isnan(cell)) or cell == "" else str(cell)


def selection_records(records: pd.DataFrame) -> list[dict]:
    columns = schema.AGREEMENTS.column_names
    return [{column: _value(column, cell) for column, cell in zip(columns, row, strict=True)}
            for row in records[list(columns)].itertuples(index=False, name=None)]


def to_json_bytes(records: pd.DataFrame, dataset: Dataset, today: date, selection: str) -> bytes:
    document = {
        "dataset": dataset.metadata.get("title", ""),
        "version": dataset.version,
        "updated": dataset.updated,
        "licence": dataset.metadata.get("licence", ""),
        "citation": dataset.metadata.get("citation", ""),
        "exported": today.isoformat(),
        "selection": selection,
        "fields": {c.name: c.description for c in schema.AGREEMENTS.columns},
        "records": selection_records(records),
    }
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
