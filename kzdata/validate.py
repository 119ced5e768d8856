"""Check a bundled dataset against the storage contract in ``kzdata/data/README.md``.

Used by the registry-wide tests and by maintainers (``python tools/check_data.py NAME``) while
they compile a table. Returns a list of problems, each a sentence; an empty list means the
dataset is sound.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from kzdata.errors import KzdataError
from kzdata import metadata
from kzdata.metadata import Source, read_info, read_sources, sha256_of

__all__ = ["problems"]


def _dtype_problems(frame: pd.DataFrame, declared: dict[str, str]) -> list[str]:
    found = []
    for column, dtype in declared.items():
        if column in frame.columns and str(frame[column].dtype) != dtype:
            found.append(f"column '{column}' loads as {frame[column].dtype}, declared {dtype}")
    return found


def problems(name: str, sources: Mapping[str, Source] | None = None) -> list[str]:
    """Return every way the bundled dataset ``name`` breaks the storage contract.

    >>> problems("isco_major_groups")
    []
    """
    try:
        meta = read_info(name)
    except KzdataError as exc:
        return [str(exc)]
    if meta.tier != "bundled":
        return []
    found: list[str] = []
    csv_path = metadata.data_dir() / f"{name}.csv"
    if not csv_path.exists():
        return [f"{csv_path.name} is missing"]
    actual_sha = sha256_of(csv_path)
    if actual_sha != meta.sha256:
        found.append(
            f"sha256 of {csv_path.name} is {actual_sha}, metadata says {meta.sha256} "
            "(run python tools/data_checksums.py after changing a CSV on purpose)"
        )
    header = pd.read_csv(csv_path, nrows=0).columns.tolist()
    if header != meta.column_names:
        found.append(f"CSV header {header} differs from declared columns {meta.column_names}")
        return found
    try:
        frame = pd.read_csv(csv_path, dtype=meta.dtypes, keep_default_na=False, na_values=[""])
    except (ValueError, TypeError) as exc:
        return found + [f"{csv_path.name} does not load with the declared dtypes: {exc}"]
    found += _dtype_problems(frame, meta.dtypes)
    if frame.empty:
        found.append("the table has no rows")
    if "source_id" not in frame.columns:
        found.append("there is no source_id column")
    else:
        registry = read_sources() if sources is None else sources
        empty = int(frame["source_id"].isna().sum())
        if empty:
            found.append(f"{empty} rows have an empty source_id")
        unknown = sorted(set(frame["source_id"].dropna()) - set(registry))
        if unknown:
            found.append(f"source ids not in sources.toml: {', '.join(unknown)}")
    duplicated = int(frame.duplicated().sum())
    if duplicated:
        found.append(f"{duplicated} rows are exact duplicates of another row")
    return found
