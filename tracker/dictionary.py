"""The data dictionary, generated from the schema (for the methodology page and data/README.md)."""

from __future__ import annotations

import pandas as pd

from tracker import schema

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


def allowed_values(column: schema.ColumnSpec) -> str:
    if isinstance(column.vocabulary, str):
        return REFERENCE_NAMES[column.vocabulary]
    if column.vocabulary:
        return ", ".join(column.vocabulary)
    if column.minimum is not None or column.maximum is not None:
        return f"{column.minimum:g} to {column.maximum:g}" if column.maximum is not None else f"≥ {column.minimum:g}"
    return ""


def dictionary_table(spec: schema.FileSpec) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "column": [c.name for c in spec.columns],
            "type": [KIND_NAMES[c.kind] for c in spec.columns],
            "required": ["yes" if c.required else "" for c in spec.columns],
            "allowed values": [allowed_values(c) for c in spec.columns],
            "meaning": [c.description for c in spec.columns],
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
