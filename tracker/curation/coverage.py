"""How complete and how well sourced the dataset is, counted the same way every time.

    python -m tracker.curation.coverage [FOLDER]

prints the records per Central Asian country, the partners with three records or more, and the
share of records with two or more independent sources (sources from different outlets).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

import pandas as pd

from tracker.selection.filters import country_flags


@dataclass(frozen=True)
class Coverage:
    records: int
    per_country: dict[str, int]
    per_partner: dict[str, int]
    independent: int  # records whose sources come from two or more outlets
    with_address: int  # records whose every source has an address

    @property
    def partners_with_three(self) -> int:
        return sum(1 for n in self.per_partner.values() if n >= 3)

    @property
    def independent_share(self) -> float:
        return self.independent / self.records if self.records else 0.0


def coverage(agreements: pd.DataFrame, ca_flags: pd.DataFrame, sources: pd.DataFrame) -> Coverage:
    outlet = dict(zip(sources["id"], sources["outlet"], strict=True))
    address = dict(zip(sources["id"], sources["url"], strict=True))
    outlets = agreements["source_ids"].map(lambda ids: len({outlet[i] for i in ids}))
    return Coverage(
        records=len(agreements),
        per_country={code: int(n) for code, n in country_flags(agreements, ca_flags).sum().items()},
        per_partner={str(k): int(v) for k, v in agreements["partner"].value_counts().items()},
        independent=int((outlets >= 2).sum()),
        with_address=int(agreements["source_ids"].map(lambda ids: bool(ids) and all(address[i] for i in ids)).sum()),
    )


def report(c: Coverage) -> str:
    countries = ", ".join(f"{code} {n}" for code, n in c.per_country.items())
    partners = ", ".join(f"{code} {n}" for code, n in c.per_partner.items() if n >= 3)
    return "\n".join([
        f"records: {c.records}",
        f"records per Central Asian country: {countries}",
        f"partners with 3 records or more: {c.partners_with_three} ({partners})",
        f"records with two or more independent sources: {c.independent} ({c.independent_share:.0%})",
        f"records whose every source has an address: {c.with_address}",
    ])


def main(argv: list[str] | None = None) -> int:
    from tracker.dataset.loader import data_dir, load_dataset
    from tracker.dataset.problems import DataValidationError

    args = sys.argv[1:] if argv is None else argv
    try:
        dataset = load_dataset(args[0] if args else data_dir())
    except DataValidationError as error:
        print(error)
        return 1
    print(report(coverage(dataset.agreements, dataset.ca_flags, dataset.sources)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
