"""Command for curators: check the dataset folder.

    python -m tracker.curation.validate_folder [FOLDER]

Prints "OK, N records from M sources" and exits 0, or lists every problem and exits 1.
"""

from __future__ import annotations

import sys

from tracker.dataset.loader import data_dir, load_dataset
from tracker.dataset.problems import DataValidationError


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) > 1 or (args and args[0] in ("-h", "--help")):
        print(__doc__.strip())
        return 0 if args and args[0] in ("-h", "--help") else 2
    folder = args[0] if args else data_dir()
    try:
        dataset = load_dataset(folder)
    except DataValidationError as error:
        print(f"{len(error.problems)} problem(s) in {folder}:")
        for problem in error.problems:
            print(f"  - {problem}")
        return 1
    print(f"OK, {len(dataset.agreements)} records from {len(dataset.sources)} sources")
    return 0


if __name__ == "__main__":
    sys.exit(main())
