"""The whole release as one zip: every CSV file, the package descriptor, the README (which holds the
data dictionary) and the citation file, in a folder named after the release's version.

The archive is the same bytes for the same files (fixed member times, fixed order), so a release
downloaded twice can be compared by its checksum.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from tracker.dataset import schema
from tracker.exports.datapackage import CITATION, PACKAGE_NAME
from tracker.exports.datapackage import FILE_NAME as DESCRIPTOR

DOCUMENTS = (DESCRIPTOR, CITATION, "README.md")
FIXED_TIME = (2022, 1, 1, 0, 0, 0)  # zip members carry no build time


def release_stem(version: str) -> str:
    """central-asia-critical-raw-materials-partnerships-3.0 (only safe characters of the version)."""
    return f"{PACKAGE_NAME}-{re.sub(r'[^0-9A-Za-z.]+', '-', version).strip('-.') or 'unversioned'}"


def release_members(folder: Path) -> list[Path]:
    """The files of the release that exist: the data files first, then the documents."""
    names = [spec.name for spec in schema.FILES] + list(DOCUMENTS)
    return [folder / name for name in names if (folder / name).is_file()]


def release_zip(members: list[Path], version: str) -> bytes:
    """The files as one zip, under a folder named by release_stem(version)."""
    stem = release_stem(version)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in members:
            info = zipfile.ZipInfo(f"{stem}/{path.name}", date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())
    return buffer.getvalue()
