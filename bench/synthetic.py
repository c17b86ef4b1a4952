"""Synthetic datasets of any size with the real schema, for measuring: every record is a
variation of a real one (other id, date, countries and amount), so the same loader validates it."""

from __future__ import annotations

import csv
import random
import shutil
from datetime import date
from pathlib import Path

from tracker.dataset import schema
from tracker.dataset.loader import DEFAULT_DATA_DIR

TODAY = date.today()

def _rates(folder: Path) -> dict[int, float]:
    with (folder / "fx_rates.csv").open(encoding="utf-8") as f:
        return {int(r["year"]): float(r["usd_per_eur"]) for r in csv.DictReader(f)}


def write_synthetic(target: Path, records: int, seed: int = 7, source: Path = DEFAULT_DATA_DIR) -> Path:
    """Write a dataset folder with ``records`` agreements; returns the folder."""
    target.mkdir(parents=True, exist_ok=True)
    for spec in schema.FILES:
        if spec is not schema.AGREEMENTS:
            shutil.copy(source / spec.name, target / spec.name)
    with (source / "agreements.csv").open(encoding="utf-8", newline="") as f:
        real = list(csv.DictReader(f))
    rates = _rates(source)
    rng = random.Random(seed)
    with (target / "agreements.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=schema.AGREEMENTS.column_names)
        writer.writeheader()
        for i in range(records):
            row = dict(rng.choice(real))
            year = rng.choice(sorted(rates))
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            row["id"] = f"synthetic-{i:06d}"
            if (year, month) >= (TODAY.year, TODAY.month):  # never in the future
                year -= 1
            row["date"] = {"day": f"{year}-{month:02d}-{day:02d}", "month": f"{year}-{month:02d}-01",
                           "year": f"{year}-01-01"}[row["date_precision"]]
            row["period_start"] = row["period_end"] = ""
            row["part_of"] = row["follows"] = ""
            row["ca_countries"] = ";".join(rng.sample(schema.CA_CODES, rng.choice([1, 1, 1, 2, 5])))
            if row["value_m"]:
                value = round(rng.uniform(1, 2000), 1)
                rate = rates[year]
                row["value_m"] = str(value)
                row["fx_basis"] = "annual_rate"
                if row["value_currency"] == "EUR":
                    row["value_eur_m"], row["value_usd_m"] = str(value), f"{value * rate:.1f}"
                else:
                    row["value_usd_m"], row["value_eur_m"] = str(value), f"{value / rate:.1f}"
            writer.writerow(row)
    return target
