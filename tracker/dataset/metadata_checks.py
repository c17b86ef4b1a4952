"""The dataset's metadata: every required key, a usable error-report address, a real date of last update."""

from __future__ import annotations

import re
from datetime import date

import pandas as pd

from tracker.dataset import schema
from tracker.dataset.problems import Problem, spreadsheet_row

REPORT_ADDRESS = re.compile(r"^(?:mailto:[^\s@]+@[^\s@]+|https://[^\s/?#]+[^\s]*)$")


def check_metadata(metadata: pd.DataFrame, today: date) -> list[Problem]:
    problems = []
    present = set(metadata["key"])
    for key in schema.METADATA_KEYS:
        if key not in present:
            problems.append(Problem(schema.METADATA.name, None, "key", key, "this key is required"))
    for i, r in metadata.iterrows():
        if r["key"] == "report_error" and not REPORT_ADDRESS.fullmatch(r["value"]):
            problems.append(Problem(schema.METADATA.name, spreadsheet_row(i), "value", r["value"],
                                    "a mailto: or https:// address without spaces"))
        if r["key"] == "updated":
            parsed = pd.to_datetime(r["value"], format="%Y-%m-%d", errors="coerce")
            if pd.isna(parsed) or parsed > pd.Timestamp(today):
                problems.append(Problem(schema.METADATA.name, spreadsheet_row(i), "value", r["value"],
                                        "the date of the last update, YYYY-MM-DD, not in the future"))
    return problems
