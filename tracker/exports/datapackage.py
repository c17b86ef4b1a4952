"""The release as a Frictionless Data Package (``data/datapackage.json``) and its citation file
(``data/CITATION.cff``), both generated from the schema and ``metadata.csv``.

The descriptor is the machine-readable twin of the data dictionary: one resource per file of
``tracker/dataset/schema.py``, each column with its type, whether it is required, its allowed
values, range or pattern and its meaning, the files' keys, and the links between them. R, Python
and spreadsheet users (and ``frictionless validate data/datapackage.json``) read it without this
code. Regenerate it after the schema or ``metadata.csv`` changes:

    python -m tracker.exports.datapackage            # writes both files
    python -m tracker.exports.datapackage --check    # exits 1 if a file on disk is out of date
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

from tracker.dataset import schema
from tracker.dataset.loader import data_dir

FILE_NAME = "datapackage.json"
CITATION = "CITATION.cff"
PACKAGE_NAME = "central-asia-critical-raw-materials-partnerships"
LICENCE = {"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0 International"}

SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
PARTIAL_DATE = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
WEB_ADDRESS = r"https?://[^\s/?#]+[^\s]*"
# Where a column's values must be found in another file (the loader checks the same).
REFERENCES = {"partners": ("countries", "code"), "countries": ("countries", "code"),
              "agreements": ("agreements", "id")}
PRIMARY_KEYS = {"agreements.csv": "id", "sources.csv": "id", "countries.csv": "code", "key_facts.csv": "id",
                "fx_rates.csv": "year", "metadata.csv": "key"}


def resource_name(spec: schema.FileSpec) -> str:
    return spec.name.removesuffix(".csv")


def _one_of(values: tuple[str, ...]) -> str:
    return "(?:" + "|".join(values) + ")"


def _list_of(item: str) -> str:
    """Several items separated by the dataset's list separator."""
    return f"{item}(?:{schema.LIST_SEPARATOR}{item})*"


TYPES = {"number": "number", "integer": "integer", "date": "date", "bool": "boolean"}  # others are strings
PATTERNS = {"slug": SLUG, "slugs": _list_of(SLUG), "partial_date": PARTIAL_DATE}


def _allowed(column: schema.ColumnSpec) -> dict:
    """The constraint on a column's values: its codes, its pattern or its length."""
    vocabulary = column.vocabulary
    if column.kind == "code" and isinstance(vocabulary, tuple):
        return {"enum": list(vocabulary)}
    if column.kind == "code" and vocabulary == "ca_countries":
        return {"enum": list(schema.CA_CODES)}
    if column.kind == "codes":
        return {"pattern": _list_of(_one_of(schema.CA_CODES if vocabulary == "ca_countries" else vocabulary))}
    if column.kind in PATTERNS:
        return {"pattern": PATTERNS[column.kind]}
    if column.kind == "text":
        return {"maxLength": column.max_length} | ({"pattern": WEB_ADDRESS} if column.web_address else {})
    return {}


def _field(column: schema.ColumnSpec) -> dict:
    field = {"name": column.name, "type": TYPES.get(column.kind, "string"), "description": column.description}
    if column.kind == "bool":
        field |= {"trueValues": ["true"], "falseValues": ["false"]}
    constraints = ({"required": True} if column.required else {}) | _allowed(column)
    if column.minimum is not None:
        constraints["minimum"] = column.minimum
    if column.maximum is not None:
        constraints["maximum"] = column.maximum
    if constraints:
        field["constraints"] = constraints
    return field


def _foreign_keys(spec: schema.FileSpec) -> list[dict]:
    keys = []
    for column in spec.columns:
        target = REFERENCES.get(column.vocabulary) if isinstance(column.vocabulary, str) else None
        if target and column.kind in ("code", "slug"):
            resource = "" if target[0] == resource_name(spec) else target[0]  # "" is the file itself
            keys.append({"fields": column.name, "reference": {"resource": resource, "fields": target[1]}})
    return keys


def _resource(spec: schema.FileSpec) -> dict:
    table_schema: dict = {"fields": [_field(c) for c in spec.columns], "missingValues": [""]}
    if spec.name in PRIMARY_KEYS:
        table_schema["primaryKey"] = PRIMARY_KEYS[spec.name]
    if foreign := _foreign_keys(spec):
        table_schema["foreignKeys"] = foreign
    return {"name": resource_name(spec), "path": spec.name, "profile": "tabular-data-resource", "format": "csv",
            "mediatype": "text/csv", "encoding": "utf-8", "description": spec.description, "schema": table_schema}


def descriptor(metadata: dict[str, str]) -> dict:
    """The package descriptor for a release whose metadata.csv holds ``metadata`` (key → value)."""
    return {
        "profile": "tabular-data-package",
        "name": PACKAGE_NAME,
        "title": metadata.get("title", ""),
        "version": metadata.get("version", ""),
        "created": f"{metadata.get('updated', '1970-01-01')}T00:00:00Z",  # the release day
        "description": ("Partnerships on critical raw materials between Kazakhstan, Uzbekistan, Kyrgyzstan, "
                        "Tajikistan and Turkmenistan and outside partners since 2022, each record with the "
                        "pages it rests on. See README.md for what counts as a record and how amounts are "
                        "recorded. Cite as: " + metadata.get("citation", "")),
        "licenses": [LICENCE | {"note": metadata.get("licence", "")}] if metadata.get("licence") else [LICENCE],
        "keywords": ["critical raw materials", "Central Asia", "Kazakhstan", "Uzbekistan", "Kyrgyzstan",
                     "Tajikistan", "Turkmenistan", "partnerships", "investment"],
        "resources": [_resource(spec) for spec in schema.FILES],
    }


def read_metadata(folder: Path) -> dict[str, str]:
    table = pd.read_csv(folder / schema.METADATA.name, dtype=str, keep_default_na=False)
    return dict(zip(table["key"], table["value"], strict=True))


def descriptor_text(folder: Path) -> str:
    return json.dumps(descriptor(read_metadata(folder)), ensure_ascii=False, indent=2) + "\n"


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid YAML scalar


def citation_text(metadata: dict[str, str]) -> str:
    """CITATION.cff (Citation File Format 1.2.0) for the dataset release."""
    return "\n".join([
        "cff-version: 1.2.0",
        f"message: {_quoted('If you use this dataset, please cite it as below. ' + metadata.get('citation', ''))}",
        "type: dataset",
        f"title: {_quoted(metadata.get('title', ''))}",
        f"version: {_quoted(metadata.get('version', ''))}",
        f"date-released: {metadata.get('updated', '')}",
        f"license: {LICENCE['name']}",
        "authors:",
        f"  - name: {_quoted(metadata.get('title', '') + ' team')}",
        "keywords:",
        *[f"  - {_quoted(word)}" for word in descriptor(metadata)["keywords"]],
        f"abstract: {_quoted(descriptor(metadata)['description'])}",
        "",
    ])


def generated_files(folder: Path) -> dict[str, str]:
    metadata = read_metadata(folder)
    return {FILE_NAME: descriptor_text(folder), CITATION: citation_text(metadata)}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = data_dir()
    stale = 0
    for name, text in generated_files(folder).items():
        path = folder / name
        if "--check" in args:
            current = path.read_text(encoding="utf-8") if path.exists() else ""
            if current != text:
                print(f"{path} is out of date: run python -m tracker.exports.datapackage")
                stale += 1
            else:
                print(f"{path} is up to date")
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path}")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
