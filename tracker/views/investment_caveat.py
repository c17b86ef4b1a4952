"""The note above the investment charts: how many records state an amount, how many of those the
totals count, what the scope and the chosen kinds of amount leave out."""

from __future__ import annotations

from tracker.language.i18n import Labels, t
from tracker.selection.totals import AmountCounts


def investment_caveat(counts: AmountCounts, labels: Labels, include_out_of_scope: bool,
                      kinds: tuple[str, ...]) -> str:
    """One paragraph in the user's language, from the selection's amount counts (totals.amount_counts)."""
    lang = labels.lang
    scope = t("investments.scope_included" if include_out_of_scope else "investments.scope_excluded", lang,
              k=counts.out_of_scope)
    counting = t("investments.counting", lang, kinds=labels.codes("amount_kind", kinds))
    if "non_binding" in kinds:
        counting += " " + t("investments.counting_non_binding", lang)
    return (t("investments.caveat", lang, stated=t("investments.stated", lang, n=counts.stated, m=counts.records),
              counted=t("investments.counted", lang, n=counts.counted), scope=scope)
            + " " + counting + " " + t("investments.regional_note", lang))
