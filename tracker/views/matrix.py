"""Who works with whom: partners × Central Asian countries, counts or money, each cell a link.

The numbers (matrix_table) follow the same rules as every page: a record involves each of its
countries, as the country filter finds it; amounts are counted by tracker.selection.totals.
"""

from __future__ import annotations

import pandas as pd

from tracker.dataset import schema
from tracker.language.formatting import format_number
from tracker.language.i18n import Labels, format_count, t
from tracker.selection.filters import involves_country
from tracker.selection.totals import counted_records
from tracker.views.profile import profile_link

MEASURES = ("count", "value")


def matrix_table(records: pd.DataFrame, groups: dict[str, str], group_order: tuple[str, ...], measure: str,
                 currency: str, ca_flags: pd.DataFrame | None = None) -> pd.DataFrame:
    """Who works with whom: one row per partner of the selection (in the order of its colour group, as the
    map and timeline draw them, then most records first), one column per Central Asian country, and the
    partner's total. ``measure`` "count": records involving both (a record on several countries counts in
    each, as the country filter finds it); "value": the counted amounts of those records. The total is the
    partner's own records or money, each counted once, so it is not the sum of its row."""
    flags = ca_flags.loc[records.index] if ca_flags is not None else None
    partner = records["partner"]
    if measure == "value":
        counted = counted_records(records, currency)
        values = counted["value"]
        cells = {code: values[involves_country(counted, code, flags.loc[counted.index] if flags is not None
                                               else None)].groupby(partner.loc[counted.index]).sum()
                 for code in schema.CA_CODES}
        total = values.groupby(partner.loc[counted.index]).sum()
    else:
        cells = {code: involves_country(records, code, flags).groupby(partner).sum() for code in schema.CA_CODES}
        total = partner.value_counts()
    table = pd.DataFrame(cells).reindex(partner.unique()).fillna(0)
    table["total"] = total.reindex(table.index).fillna(0)
    rank = {g: i for i, g in enumerate(group_order)}
    table["group"] = [groups.get(code, code) for code in table.index]
    table["group_rank"] = table["group"].map(lambda g: rank.get(g, len(rank)))
    counts = partner.value_counts()
    table["records"] = counts.reindex(table.index).fillna(0).to_numpy()
    table = table.sort_values(["group_rank", "records", "total"], ascending=[True, False, False], kind="stable")
    return table.drop(columns=["group_rank", "records"]).rename_axis("partner")


def matrix_links(records: pd.DataFrame, labels: Labels, query: dict[str, str], measure: str, stages: tuple[str, ...],
                 groups: dict[str, str], group_order: tuple[str, ...], ca_flags: pd.DataFrame | None = None
                 ) -> pd.DataFrame:
    """The matrix as a table to show: the partner (a link to its profile), its group, one cell per country
    (a link to the pair's profile that shows the number; "" where there is nothing) and the total.
    Links carry the selection (``query``) and the stages chosen, so the profile opens on the same records."""
    lang = labels.lang
    table = matrix_table(records, groups, group_order, measure, "EUR", ca_flags)
    if len(stages) < len(schema.STAGES):
        query = query | {"stage": ",".join(stages)}

    def shown(value: float) -> str:
        return format_count(int(value), lang) if measure == "count" else format_number(value, lang, decimals=0)

    out = {t("matrix.col_partner", lang): [profile_link("partner", p, "", query, labels.country(p))
                                           for p in table.index],
           t("matrix.col_group", lang): [labels.country(g) for g in table["group"]]}
    for code in schema.CA_CODES:
        out[labels.country(code)] = [profile_link("partner", p, code, query, shown(v)) if v else ""
                                     for p, v in zip(table.index, table[code], strict=True)]
    out[t("matrix.total", lang)] = [profile_link("partner", p, "", query, shown(v)) if v else ""
                                    for p, v in zip(table.index, table["total"], strict=True)]
    return pd.DataFrame(out)
