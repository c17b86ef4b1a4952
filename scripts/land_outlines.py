"""Write static/land.json, the partner map's background outlines (tracker.views.map_shapes.land_outlines).

    python -m scripts.land_outlines          # or: make land

The tests fail while the file on disk differs from what this writes.
"""

from __future__ import annotations

import json
from pathlib import Path

from tracker.views.map_shapes import land_outlines

LAND_FILE = Path(__file__).resolve().parent.parent / "static" / "land.json"


def land_json() -> str:
    return json.dumps(land_outlines(), separators=(",", ":"), sort_keys=True) + "\n"


def main() -> None:
    LAND_FILE.parent.mkdir(exist_ok=True)
    LAND_FILE.write_text(land_json(), encoding="utf-8")
    print(f"wrote {LAND_FILE}")


if __name__ == "__main__":
    main()
