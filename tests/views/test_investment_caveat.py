"""The note above the investment charts quotes the selection's own counts and says what is left out."""

from __future__ import annotations

import pytest

from tracker.dataset.schema import AMOUNT_KINDS, DEFAULT_AMOUNT_KINDS
from tracker.language.i18n import labels_for, t
from tracker.selection.totals import amount_counts
from tracker.views.investment_caveat import investment_caveat


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_caveat_quotes_the_counts_of_the_selection(dataset, lang):
    labels = labels_for(dataset.countries, lang)
    records = dataset.agreements
    counts = amount_counts(records)
    text = investment_caveat(counts, labels, False, DEFAULT_AMOUNT_KINDS)
    assert t("investments.caveat", lang, stated=t("investments.stated", lang, n=counts.stated, m=len(records)),
             counted=t("investments.counted", lang, n=counts.counted),
             scope=t("investments.scope_excluded", lang, k=counts.out_of_scope)) in text
    assert labels.codes("amount_kind", DEFAULT_AMOUNT_KINDS) in text
    assert t("investments.counting_non_binding", lang) not in text
    assert text.endswith(t("investments.regional_note", lang))


def test_including_out_of_scope_and_non_binding_amounts_says_so(dataset):
    labels = labels_for(dataset.countries, "en")
    counts = amount_counts(dataset.agreements, True, AMOUNT_KINDS)
    text = investment_caveat(counts, labels, True, AMOUNT_KINDS)
    assert f"Out-of-scope pledges and packages ({counts.out_of_scope}) are included." in text
    assert t("investments.counting_non_binding", "en") in text
    assert counts.counted > amount_counts(dataset.agreements).counted  # more counts when more is included
