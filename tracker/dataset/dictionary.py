"""The data dictionary, generated from the schema (for the methodology page and data/README.md)."""

from __future__ import annotations

import pandas as pd

from tracker.dataset import schema

KIND_NAMES = {
    "text": "text",
    "slug": "id (lower-case, hyphens)",
    "slugs": "ids separated by ;",
    "code": "code",
    "codes": "codes separated by ;",
    "date": "date YYYY-MM-DD",
    "partial_date": "YYYY, YYYY-MM or YYYY-MM-DD",
    "number": "number",
    "integer": "whole number",
    "bool": "true or false",
}

REFERENCE_NAMES = {
    "sources": "an id in sources.csv",
    "agreements": "an id in agreements.csv",
    "ca_countries": "a central_asia code in countries.csv",
    "partners": "a partner code in countries.csv",
    "countries": "a code in countries.csv",
}


KIND_NAMES_DE = {
    "text": "Text",
    "slug": "Kennung (Kleinbuchstaben, Bindestriche)",
    "slugs": "Kennungen, durch ; getrennt",
    "code": "Code",
    "codes": "Codes, durch ; getrennt",
    "date": "Datum JJJJ-MM-TT",
    "partial_date": "JJJJ, JJJJ-MM oder JJJJ-MM-TT",
    "number": "Zahl",
    "integer": "ganze Zahl",
    "bool": "true oder false",
}

REFERENCE_NAMES_DE = {
    "sources": "eine Kennung aus sources.csv",
    "agreements": "eine Kennung aus agreements.csv",
    "ca_countries": "ein central_asia-Code aus countries.csv",
    "partners": "ein partner-Code aus countries.csv",
    "countries": "ein Code aus countries.csv",
}


def allowed_values(column: schema.ColumnSpec, lang: str = "en") -> str:
    if isinstance(column.vocabulary, str):
        return (REFERENCE_NAMES_DE if lang == "de" else REFERENCE_NAMES)[column.vocabulary]
    if column.vocabulary:
        return ", ".join(column.vocabulary)
    if column.minimum is not None or column.maximum is not None:
        between = "bis" if lang == "de" else "to"
        if column.maximum is not None:
            return f"{column.minimum:g} {between} {column.maximum:g}"
        return f"≥ {column.minimum:g}"
    return ""


def file_description(spec: schema.FileSpec, lang: str = "en") -> str:
    return schema.FILE_DESCRIPTIONS_DE[spec.name] if lang == "de" else spec.description


def dictionary_table(spec: schema.FileSpec, lang: str = "en") -> pd.DataFrame:
    """One row per column: name, type, required, allowed values and meaning, in English or German."""
    german = lang == "de"
    kinds = KIND_NAMES_DE if german else KIND_NAMES
    return pd.DataFrame(
        {
            "column": [c.name for c in spec.columns],
            "type": [kinds[c.kind] for c in spec.columns],
            "required": [("ja" if german else "yes") if c.required else "" for c in spec.columns],
            "allowed values": [allowed_values(c, lang) for c in spec.columns],
            "meaning": [schema.COLUMN_DESCRIPTIONS_DE[(spec.name, c.name)] if german else c.description
                        for c in spec.columns],
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
