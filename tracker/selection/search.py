"""Free-text search over the records: titles and summaries in both languages, counterparties,
commodities, partners and countries (codes and names), notes and ids.

Matching ignores case and accents ("sefcovic" finds "Šefčovič"); every word of the query must
occur in the record as a whole word, or as the start of one when it ends in * ("tungst*").
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np
import pandas as pd

from tracker.language.i18n import STRINGS

MAX_QUERY_LENGTH = 200
# Letters that do not decompose into a base letter and an accent.
FOLDED = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th",
                        "ð": "d", "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у",
                        "һ": "х", "і": "и", "ё": "е", "й": "и"})
SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Lower case, accents removed, runs of white space as one space."""
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return SPACE.sub(" ", stripped.translate(FOLDED)).strip()


def clean_query(text: str) -> str:
    """A query as the URL and the search box keep it: printable, single-spaced, bounded."""
    printable = "".join(c if c.isprintable() else " " for c in str(text))
    return SPACE.sub(" ", printable).strip()[:MAX_QUERY_LENGTH]


def _names(code: str) -> str:
    return " ".join(strings.get(code, "") for strings in STRINGS.values())


TEXT_COLUMNS = ("title_en", "title_de", "title_ru", "summary_en", "summary_de", "summary_ru")


def haystack(agreements: pd.DataFrame, countries: pd.DataFrame) -> pd.Series:
    """One normalised text per record holding everything the search looks at. Built once per dataset."""
    names = {code: " ".join((code, *row)) for code, *row in
             countries[["code", "name_en", "name_de", "name_ru"]].itertuples(index=False)}
    listed = {}

    def labels(codes: tuple, prefix: str, lookup) -> str:
        key = (prefix, codes)
        if key not in listed:
            listed[key] = " ".join(lookup(code) for code in codes)
        return listed[key]

    parts = []
    for record in agreements[["id", "partner", "ca_countries", "commodities", "instrument", "counterparties",
                              *TEXT_COLUMNS, "notes"]].itertuples(index=False):
        rid, partner, ca, commodities, instrument, counterparties, *texts = record
        parts.append(" ".join([
            rid, names.get(partner, partner), labels(ca, "ca", lambda c: names.get(c, c)),
            labels(commodities, "commodity", lambda c: f"{c.replace('_', ' ')} {_names('commodity.' + c)}"),
            instrument.replace("_", " "), _names("instrument." + instrument), " ".join(counterparties), *texts]))
    return pd.Series([normalise(p) for p in parts], index=agreements.index, dtype="string[pyarrow]")


def matches(texts: pd.Series, query: str) -> np.ndarray:
    """True for each record that holds every word of the query as a whole word ("cove" finds Cove
    Capital, not "covering"); a word ending in * matches as a prefix ("tungst*" finds tungsten)."""
    words = [w for w in normalise(query).split(" ") if w.strip("*")]
    mask = np.ones(len(texts), dtype=bool)
    for word in words:
        prefix = word.endswith("*")
        pattern = r"(?:^|[^\w])" + re.escape(word.rstrip("*")) + ("" if prefix else r"(?:$|[^\w])")
        mask &= texts.str.contains(pattern, regex=True).to_numpy(dtype=bool)
    return mask
