"""A selection in words (for titles, exports and slides) and as a file name."""

from __future__ import annotations

import re

from tracker.language.formatting import format_year_range
from tracker.language.i18n import Labels, t
from tracker.selection.filters import CODE_FILTERS, DETAIL_FILTERS, Options, Selection

MAX_STEM = 120


def _years(selection: Selection) -> str:
    return format_year_range(selection.year_from, selection.year_to)


def describe_selection(selection: Selection, options: Options, labels: Labels) -> str:
    """Every filter in words: "Kazakhstan; partners: EU, Germany; 2023–2025"."""
    lang = labels.lang
    parts = [labels.countries(selection.ca) if selection.ca else t("selection.all_countries", lang),
             labels.countries(selection.partner) if selection.partner else t("selection.all_partners", lang)]
    for key in DETAIL_FILTERS:
        codes = selection.codes(key)
        if codes:
            parts.append(f"{t('filter.' + key, lang)}: {labels.codes(key, codes)}")
    if selection.query:
        parts.append(t("selection.search", lang, query=selection.query))
    parts.append(_years(selection))
    return "; ".join(parts)


def short_description(selection: Selection, labels: Labels) -> str:
    """The filters that narrow the selection, briefly, for chart titles: "Kazakhstan, 2023–2025"."""
    parts = []
    if selection.ca:
        parts.append(labels.countries(selection.ca))
    if selection.partner:
        parts.append(labels.countries(selection.partner))
    others = sum(1 for key in DETAIL_FILTERS if selection.codes(key))
    if others == 1:
        key = next(k for k in DETAIL_FILTERS if selection.codes(k))
        parts.append(labels.codes(key, selection.codes(key)))
    elif others > 1:
        parts.append(t("selection.more", labels.lang, n=others))
    if selection.query:
        parts.append(t("selection.search", labels.lang, query=selection.query))
    parts.append(_years(selection))
    return ", ".join(parts)


def file_stem(selection: Selection, options: Options, lang: str) -> str:
    """A file name that says what it holds: ca-partnerships_KAZ_EU-DEU_2023-2025."""
    parts = [t("export.file_stem", lang)]
    for key in CODE_FILTERS:
        codes = selection.codes(key)
        if codes:
            parts.append("-".join(codes))
    parts.append(f"{selection.year_from}-{selection.year_to}" if selection.year_from != selection.year_to
                 else str(selection.year_from))
    stem = re.sub(r"[^A-Za-z0-9_.-]", "", "_".join(parts))
    return stem[:MAX_STEM]
