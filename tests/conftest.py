"""Shared fixtures: the real dataset, and a writable copy of it for breaking."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from tracker.dataset.loader import DEFAULT_DATA_DIR, load_dataset

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def dataset():
    return load_dataset(DEFAULT_DATA_DIR)


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A copy of data/ that a test may edit."""
    target = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, target)
    return target


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def write_rows(path: Path, rows: list[dict[str, str]], fieldnames: list[str] | None = None) -> None:
    fieldnames = fieldnames or list(rows[0].keys())
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fieldnames)
        writer.writeheader()
        writer.writerows(rows)


def edit_agreement(folder: Path, row_index: int, **changes: str) -> None:
    path = folder / "agreements.csv"
    rows = read_rows(path)
    rows[row_index].update(changes)
    write_rows(path, rows)
