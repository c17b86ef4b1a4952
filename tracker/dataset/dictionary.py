"""The data dictionary, generated from the schema (for the methodology page and data/README.md).

Its words come from the interface's catalogs: the English descriptions of files and columns are the
data contract's own (tracker/dataset/schema.py), other languages translate them in their catalog."""

from __future__ import annotations

import pandas as pd

from tracker.dataset import schema
from tracker.language.i18n import DEFAULT_LANGUAGE, t


def allowed_values(column: schema.ColumnSpec, lang: str = DEFAULT_LANGUAGE) -> str:
    if isinstance(column.vocabulary, str):
        return t(f"dictionary.reference.{column.vocabulary}", lang)
    if column.vocabulary:
        return ", ".join(column.vocabulary)
    if column.minimum is not None or column.maximum is not None:
        if column.maximum is not None:
            return t("dictionary.range", lang, minimum=f"{column.minimum:g}", maximum=f"{column.maximum:g}")
        return t("dictionary.at_least", lang, minimum=f"{column.minimum:g}")
    return ""


def file_description(spec: schema.FileSpec, lang: str = DEFAULT_LANGUAGE) -> str:
    return t(f"dictionary.file.{spec.name}", lang)


def dictionary_table(spec: schema.FileSpec, lang: str = DEFAULT_LANGUAGE) -> pd.DataFrame:
    """One row per column: name, type, required, allowed values and meaning, in the given language."""
    return pd.DataFrame(
        {
            "column": [c.name for c in spec.columns],
            "type": [t(f"dictionary.kind.{c.kind}", lang) for c in spec.columns],
            "required": [t("yes", lang) if c.required else "" for c in spec.columns],
            "allowed values": [allowed_values(c, lang) for c in spec.columns],
            "meaning": [t(f"dictionary.column.{spec.name}.{c.name}", lang) for c in spec.columns],
        }
    )


def dictionary_markdown() -> str:
    parts = []
    for spec in schema.FILES:
        parts.append(f"### `{spec.name}`\n\n{spec.description}\n")
        parts.append("| column | type | required | allowed values | meaning |\n|---|---|---|---|---|")
        for row in dictionary_table(spec).itertuples(index=False):
            parts.append(f"| `{row[0]}` | {row[1]} | {row[2]} | {row[3]} | {row[4]} |")
        parts.append("")
    return "\n".join(parts)


if __name__ == "__main__":
    print(dictionary_markdown())
