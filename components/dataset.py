"""The dataset, loaded and validated once per process and again only when its files change."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from tracker.dataset.loader import Dataset, data_dir, load_dataset
from tracker.dataset.schema import FILES
from tracker.selection.filters import Options, filter_options


def _fingerprint(folder: Path) -> tuple:
    """Names, sizes and modification times: a curator's edit changes it, a rerun does not."""
    stamp = []
    for spec in FILES:
        try:
            info = (folder / spec.name).stat()
            stamp.append((spec.name, info.st_size, info.st_mtime_ns))
        except OSError:
            stamp.append((spec.name, None, None))
    return tuple(stamp)


# cache_resource hands every session the same read-only Dataset without copying it
# (cache_data would unpickle a copy on every rerun); nothing mutates it.
@st.cache_resource(show_spinner=False, max_entries=4)
def _load(folder: str, fingerprint: tuple) -> Dataset:
    return load_dataset(folder)


def get_dataset() -> Dataset:
    """The validated dataset; raises DataValidationError (not cached) while it is broken."""
    folder = data_dir()
    return _load(str(folder), _fingerprint(folder))


@st.cache_resource(show_spinner=False, max_entries=4)
def _options(folder: str, fingerprint: tuple) -> Options:
    return filter_options(_load(folder, fingerprint))


def get_options() -> Options:
    """What each filter offers for the current dataset (call after get_dataset succeeded)."""
    folder = data_dir()
    return _options(str(folder), _fingerprint(folder))
