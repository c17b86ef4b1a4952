"""Writes a measured table into its marked section of README.md."""

from __future__ import annotations

import re

from scripts.server import REPO

README = REPO / "README.md"


def write_section(start: str, end: str, heading: str, table: str) -> None:
    """Replace the text between the markers, or add the section with its heading at the end."""
    text = README.read_text(encoding="utf-8")
    block = f"{start}\n{table}\n{end}"
    if start in text:
        text = re.sub(re.escape(start) + ".*?" + re.escape(end), lambda _: block, text, flags=re.S)
    else:
        text += f"\n## {heading}\n\n{block}\n"
    README.write_text(text, encoding="utf-8")
