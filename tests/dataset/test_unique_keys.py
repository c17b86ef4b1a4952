"""Each file's key names one row only: a record's id, a country's code, a rate's year, a metadata
key. A second row with the same key is rejected on both rows, naming file, row, column and value."""

from __future__ import annotations

import pytest

from tests.conftest import read_rows, write_rows
from tests.dataset.test_loader import problems_for

# file, key column, the key to repeat, and a change that makes the repeated row differ otherwise
REPEATS = [
    ("countries.csv", "code", "KGZ", {"name_en": "Kyrgyz Republic"}),
    ("fx_rates.csv", "year", "2024", {"usd_per_eur": "1.0900"}),
    ("metadata.csv", "key", "version", {"value": "2.1"}),
    ("agreements.csv", "id", None, {"title_en": "A second record under the same id"}),
]


@pytest.mark.parametrize("name, column, key, changes", REPEATS, ids=[r[0] for r in REPEATS])
def test_a_repeated_key_is_rejected_on_both_rows(data_copy, name, column, key, changes):
    path = data_copy / name
    rows = read_rows(path)
    first = next(i for i, row in enumerate(rows) if key is None or row[column] == key)
    key = rows[first][column]
    rows.append({**rows[first], **changes})
    write_rows(path, rows)
    messages = problems_for(data_copy)
    expected = {f"{name}, row {i + 2}, column {column}: '{key}' — a value used only once in this column"
                for i in (first, len(rows) - 1)}
    assert expected <= set(messages), messages
    assert all(m.startswith(f"{name}, ") for m in messages), messages
