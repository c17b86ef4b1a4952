"""A fingerprint of the dataset's files by their content, cheap enough to take on every run.

The fingerprint is a BLAKE2b hash of each file, so any edit changes it, also one that keeps the
size and puts the modification time back. Hashing costs about 0.6 ms for the real dataset but
about 270 ms for 100,000 records (140 MB), so each file's hash is remembered together with its
stat (device, inode, size, modification and change time) and reused while that stat is unchanged.
The change time (ctime) cannot be set by a program: restoring the modification time with
``os.utime`` still changes it.

A remembered hash is only trusted once the file was at least ``RACY_SECONDS`` old when it was
hashed. A file hashed sooner after its last change is "racily clean" (git's term): on a file
system with coarse timestamps (network shares, FAT: 2 s) a second same-size edit in the same
timestamp tick would leave the stat as it was, so such a file is hashed again on every run
until a hash is taken when it is older.
"""

from __future__ import annotations

import hashlib
import os
import stat
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from tracker.dataset.reading import MAX_FILE_BYTES

RACY_SECONDS = 3.0
CHUNK_BYTES = 1 << 20
MAX_REMEMBERED = 256  # files; more than one folder's worth only in tests

Fingerprint = tuple[tuple[str, str], ...]


def hash_file(path: Path) -> str:
    """The file's content as a short hex digest."""
    digest = hashlib.blake2b(digest_size=16)
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


def _stat_key(info: os.stat_result) -> tuple[int, ...]:
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


class FileHashes:
    """Remembers each file's hash by its stat; ``fingerprint`` names the content of a folder's files.

    Safe to share between threads: one lock, so a file is hashed once even when several runs ask.
    """

    def __init__(self, racy_seconds: float = RACY_SECONDS, clock: Callable[[], int] = time.time_ns,
                 hasher: Callable[[Path], str] = hash_file):
        self._racy_ns = int(racy_seconds * 1e9)
        self._clock = clock
        self._hash = hasher
        self._lock = threading.Lock()
        # path -> (stat key, digest, trusted: hashed at least racy_seconds after the last change)
        self._memo: dict[str, tuple[tuple[int, ...], str, bool]] = {}

    def fingerprint(self, folder: Path, names: Iterable[str]) -> Fingerprint:
        """(name, content) for each file; a missing or unreadable file is named as such."""
        with self._lock:
            return tuple((name, self._content(Path(folder) / name)) for name in names)

    def _content(self, path: Path) -> str:
        try:
            info = path.stat()
        except FileNotFoundError:
            return "missing"
        except OSError as exc:
            return f"unreadable:{exc.errno}"
        key = _stat_key(info)
        if not stat.S_ISREG(info.st_mode):
            return f"not a file:{key}"
        if info.st_size > MAX_FILE_BYTES:  # refused by the loader for its size, whatever it holds
            return f"too large:{key}"
        remembered = self._memo.get(str(path))
        if remembered and remembered[0] == key and remembered[2]:
            return remembered[1]
        hashed_at = self._clock()
        try:
            digest = self._hash(path)
        except OSError as exc:
            return f"unreadable:{exc.errno}"
        trusted = hashed_at - max(info.st_mtime_ns, info.st_ctime_ns) >= self._racy_ns
        if len(self._memo) >= MAX_REMEMBERED:
            self._memo.clear()
        self._memo[str(path)] = (key, digest, trusted)
        return digest
