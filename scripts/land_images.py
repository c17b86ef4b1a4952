"""Write static/land.png, the partner map's sea and land (tracker.views.map_land.land_image).

    python -m scripts.land_images          # or: make land

The tests fail while the file on disk differs from what this writes.
"""

from __future__ import annotations

from pathlib import Path

from tracker.views.map_land import FILE_NAME, land_image

STATIC = Path(__file__).resolve().parent.parent / "static"


def main() -> None:
    STATIC.mkdir(exist_ok=True)
    path = STATIC / FILE_NAME
    land_image().save(path, optimize=True)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
