"""How complete and how well sourced the dataset is, counted the same way every time.

    python -m tracker.curation.coverage [FOLDER]

prints the records per Central Asian country, per stage and per year, how many are talks and
meetings, company deals and finance operations, the partners with three and with five records or
more, and the share of records with two or more independent sources (sources from different outlets).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

import pandas as pd

from tracker.dataset.schema import MEETING_INSTRUMENTS, STAGES
from tracker.selection.filters import country_flags

# Instruments counted as company deals and as finance operations.
COMPANY_DEALS = ("joint_venture", "offtake", "acquisition", "commercial_agreement")
FINANCE_OPERATIONS = ("loan", "grant", "guarantee", "letter_of_interest", "funding_project")


@dataclass(frozen=True)
class Coverage:
    records: int
    per_country: dict[str, int]
    per_partner: dict[str, int]
    independent: int  # records whose sources come from two or more outlets
    with_address: int  # records whose every source has an address
    talks: int  # talks, meetings and summits
    company_deals: int
    finance_operations: int
    per_stage: dict[str, int]
    per_year: dict[int, int]

    @property
    def partners_with_three(self) -> int:
        return sum(1 for n in self.per_partner.values() if n >= 3)

    @property
    def partners_with_five(self) -> int:
        return sum(1 for n in self.per_partner.values() if n >= 5)

    @property
    def talks_share(self) -> float:
        return self.talks / self.records if self.records else 0.0

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
        talks=int(agreements["instrument"].isin(MEETING_INSTRUMENTS).sum()),
        company_deals=int(agreements["instrument"].isin(COMPANY_DEALS).sum()),
        finance_operations=int(agreements["instrument"].isin(FINANCE_OPERATIONS).sum()),
        per_stage={stage: int((agreements["stage"] == stage).sum()) for stage in STAGES},
        per_year={int(y): int(n) for y, n in agreements["date"].dt.year.value_counts().sort_index().items()},
    )


def report(c: Coverage) -> str:
    countries = ", ".join(f"{code} {n}" for code, n in c.per_country.items())
    partners = ", ".join(f"{code} {n}" for code, n in c.per_partner.items() if n >= 3)
    return "\n".join([
        f"records: {c.records}",
        f"records per Central Asian country: {countries}",
        f"partners with 3 records or more: {c.partners_with_three} ({partners})",
        f"partners with 5 records or more: {c.partners_with_five}",
        f"talks and meetings: {c.talks} ({c.talks_share:.0%})",
        f"company deals ({', '.join(COMPANY_DEALS)}): {c.company_deals}",
        f"finance operations ({', '.join(FINANCE_OPERATIONS)}): {c.finance_operations}",
        "records per stage: " + ", ".join(f"{stage} {n}" for stage, n in c.per_stage.items()),
        "records per year: " + ", ".join(f"{year} {n}" for year, n in c.per_year.items()),
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
