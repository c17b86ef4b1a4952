"""What a user reads on a page, collected from AppTest, to check that one language has no words
of the other."""

from __future__ import annotations

import base64
import json
import re
import string

import numpy as np

from tracker.dataset import schema
from tracker.language.i18n import STRINGS, entry_texts

MIN_FRAGMENT = 9  # shorter pieces ("Partner", "Status") are the same word in both languages


def _decode(node):
    if isinstance(node, dict):
        if set(node) >= {"dtype", "bdata"}:
            return np.frombuffer(base64.b64decode(node["bdata"]), dtype=node["dtype"]).tolist()
        return {k: _decode(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_decode(v) for v in node]
    return node


def _strings(node, out: list[str]) -> None:
    if isinstance(node, str):
        out.append(node)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key not in ("type", "mode", "symbol", "color", "legend", "xaxis", "yaxis", "font", "family"):
                _strings(value, out)
    elif isinstance(node, list):
        for value in node:
            _strings(value, out)


def page_texts(at) -> list[str]:
    texts: list[str] = []
    for kind in ("title", "header", "subheader", "caption", "markdown", "info", "warning", "error", "success"):
        texts += [element.value for element in getattr(at, kind)]
    for metric in at.metric:
        texts += [metric.label, metric.value]
    for kind in ("multiselect", "slider", "selectbox", "toggle", "button", "segmented_control"):
        for widget in getattr(at, kind):
            texts.append(widget.label)
            texts += [str(o) for o in getattr(widget.proto, "options", [])]
    for element in at.get("download_button"):
        texts.append(element.proto.label)
    for frame in at.dataframe:
        value = frame.value
        texts += [str(c) for c in value.columns]
        texts += [str(v) for v in value.astype(str).to_numpy().ravel()]
    for chart in at.get("plotly_chart"):
        _strings(_decode(json.loads(chart.proto.spec)), texts)
    for deck in at.get("deck_gl_json_chart"):
        spec = json.loads(deck.proto.json)
        for layer in spec.get("layers", []):
            data = layer.get("data")
            rows = data.get("features", []) if isinstance(data, dict) else (data if isinstance(data, list) else [])
            texts += [row.get("tooltip", "") for row in rows if isinstance(row, dict)]
            texts += [row.get("name", "") for row in rows if isinstance(row, dict)]
    return [t for t in texts if t]


def fragments(lang: str, other: str) -> set[str]:
    """Pieces of this language's strings (every plural form), between placeholders, that the other
    language lacks."""
    found = set()
    others = " ".join(text for entry in STRINGS[other].values() for text in entry_texts(entry))
    for key, entry in STRINGS[lang].items():
        if entry == STRINGS[other][key]:
            continue
        for text in entry_texts(entry):
            for literal, *_ in string.Formatter().parse(text):
                for piece in re.split(r"[:;,.()“”„\"]", literal or ""):
                    piece = piece.strip()
                    if len(piece) >= MIN_FRAGMENT and piece not in others:
                        found.add(piece)
    return found


def leftovers(texts: list[str], lang: str, other: str, extra: set[str] = frozenset()) -> set[str]:
    joined = "\n".join(texts)
    return {piece for piece in fragments(other, lang) | set(extra) if piece in joined}


SHORT_VALUE = 3


def single_language_data(dataset) -> list[str]:
    """Texts the data contract keeps in one language (curators' notes, ids, names of parties, source
    titles and addresses, codes, the citation), file and column names: left out of the check."""
    values = list(dataset.agreements["notes"]) + list(dataset.key_facts["notes"]) + list(dataset.agreements["id"])
    values += [name for names in dataset.agreements["counterparties"] for name in names]
    for column in ("id", "publisher", "outlet", "title", "url", "notes"):
        values += list(dataset.sources[column])
    values += [code for spec in schema.FILES for column in spec.columns if isinstance(column.vocabulary, tuple)
               for code in column.vocabulary]  # codes of the data contract, shown in the data dictionary
    values += list(dataset.metadata.values()) + list(dataset.fx_rates["basis"]) + list(dataset.fx_rates["notes"])
    values += [spec.name for spec in schema.FILES]
    values += [column.name for spec in schema.FILES for column in spec.columns]  # the dictionary's column names
    return sorted({v for v in values if v}, key=len, reverse=True)


def without_single_language_data(text: str, dataset) -> str:
    """The text less the single-language data, in one pass of replacements."""
    for value in single_language_data(dataset):
        if len(value) <= SHORT_VALUE:  # a code such as "de" is removed as a word, not from inside "oder"
            text = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", "", text)
        else:
            text = text.replace(value, "")
    return text
