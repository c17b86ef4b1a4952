"""A valid dataset whose every free-text field holds markup, script, links and formulas."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

from tracker.dataset.loader import DEFAULT_DATA_DIR

SCRIPT = "<script>window.__xss=1</script>"
IMAGE = '<img src=x onerror="window.__xss=2">'
LINK = "[open](javascript:window.__xss=3)"
MARKUP = "**bold** $x^2$ :red[red] <b>b</b>"
FORMULA = '=HYPERLINK("http://example.invalid","x")'
PAYLOAD = f"{SCRIPT} {IMAGE} {LINK}"

TEXT_FIELDS = {
    "agreements.csv": {"title_en": f"{SCRIPT} {IMAGE}", "title_de": f"{LINK} {MARKUP}",
                       "summary_en": f"{PAYLOAD} {MARKUP}", "summary_de": f"{PAYLOAD} {FORMULA}",
                       "notes": f"{FORMULA} {PAYLOAD}", "counterparties": f"{IMAGE};{FORMULA}"},
    "sources.csv": {"publisher": IMAGE, "title": f"{SCRIPT} {LINK}", "notes": FORMULA},
    "countries.csv": {"name_en": IMAGE, "name_de": SCRIPT, "capital_en": LINK},
    "key_facts.csv": {"label_en": PAYLOAD, "label_de": PAYLOAD, "notes": FORMULA},
    "metadata.csv": {},
}


def write_hostile_dataset(target: Path) -> Path:
    shutil.copytree(DEFAULT_DATA_DIR, target)
    for name, fields in TEXT_FIELDS.items():
        path = target / name
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            header, rows = reader.fieldnames, list(reader)
        for row in rows:
            for column, value in fields.items():
                row[column] = value if column != "title_en" else value[:200]
        if name == "metadata.csv":
            for row in rows:
                if row["key"] in ("citation", "title"):
                    row["value"] = PAYLOAD
        with path.open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=header)
            writer.writeheader()
            writer.writerows(rows)
    return target
