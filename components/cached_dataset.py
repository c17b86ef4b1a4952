"""The dataset and its filter options, loaded and validated once per content of the files.

The cache key is a hash of the files' content (tracker.dataset.fingerprint), taken once per run.
A broken dataset is cached as well: the same broken files are validated once, and every rerun
shows the cached message until a file changes.
"""

from __future__ import annotations

from typing import NamedTuple

import streamlit as st

from tracker.dataset.fingerprint import FileHashes, Fingerprint
from tracker.dataset.loader import Dataset, data_dir, load_dataset
from tracker.dataset.problems import DataValidationError
from tracker.dataset.schema import FILES
from tracker.selection.filters import Options, filter_options

FILE_NAMES = tuple(spec.name for spec in FILES)
_HASHES = FileHashes()


class LoadedData(NamedTuple):
    dataset: Dataset
    options: Options


# cache_resource hands every session the same read-only Dataset without copying it
# (cache_data would unpickle a copy on every rerun); nothing mutates it. Two entries: the
# current files and the ones before, while sessions started on them finish their run.
@st.cache_resource(show_spinner=False, max_entries=2)
def _load(folder: str, fingerprint: Fingerprint) -> LoadedData | DataValidationError:
    try:
        dataset = load_dataset(folder)
    except DataValidationError as error:
        return error
    return LoadedData(dataset, filter_options(dataset))


def get_data() -> LoadedData:
    """The validated dataset and what each filter offers; raises DataValidationError while the
    files are broken (a fresh exception each time, from the cached problems)."""
    folder = data_dir()
    loaded = _load(str(folder), _HASHES.fingerprint(folder, FILE_NAMES))
    if isinstance(loaded, DataValidationError):
        raise DataValidationError(loaded.problems)
    return loaded
