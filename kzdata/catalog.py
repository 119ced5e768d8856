"""The dataset catalogue: find a dataset by name, load it, filter it, describe it, cite it.

Bundled tables are read from ``kzdata/data``; remote research tables are handed to
``kzdata.remote`` (imported only when a remote dataset is loaded, so ``import kzdata`` never
imports a network library).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

import pandas as pd

from kzdata.errors import DatasetNotFoundError, FilterError, MetadataError, close_matches
from kzdata import metadata
from kzdata.metadata import DatasetInfo, Source, dataset_names, read_info, read_sources

__all__ = ["load", "list_datasets", "info", "cite", "sources_of", "Citation"]


def _resolve(name: object) -> str:
    """Return the canonical dataset name, or raise a helpful error."""
    if not isinstance(name, str):
        raise DatasetNotFoundError(
            f"A dataset name must be text, like 'wages', but you gave {type(name).__name__} "
            f"{name!r}. See the names with kzdata.list_datasets()."
        )
    names = dataset_names()
    key = name.strip().lower().replace("-", "_").replace(" ", "_")
    if key in names:
        return key
    suggestions = close_matches(key, names)
    hint = (
        f" Did you mean {' or '.join(repr(s) for s in suggestions)}?" if suggestions else ""
    )
    raise DatasetNotFoundError(
        f"There is no dataset called {name!r}.{hint} "
        "Run kzdata.list_datasets() to see every dataset name."
    )


@functools.cache
def _read_bundled(name: str) -> pd.DataFrame:
    meta = read_info(name)
    path = metadata.data_dir() / f"{name}.csv"
    frame = pd.read_csv(path, dtype=meta.dtypes, keep_default_na=False, na_values=[""])
    if list(frame.columns) != meta.column_names:
        raise MetadataError(
            f"metadata of '{name}': the CSV columns {list(frame.columns)} differ from the "
            f"declared columns {meta.column_names}. See kzdata/data/README.md."
        )
    return frame


def _read(name: str) -> pd.DataFrame:
    meta = read_info(name)
    if meta.tier == "bundled":
        return _read_bundled(name)
    from kzdata import remote  # deferred: pulls in the download machinery

    return remote.load_remote(meta)


def _as_values(value: Any) -> list[Any]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        return [value]
    return list(value)


def _describe_allowed(series: pd.Series) -> str:
    present = series.dropna().unique()
    if pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype):
        if len(present) > 12:
            return f"values from {series.min()} to {series.max()}"
    values = sorted(present, key=str)
    shown = ", ".join(repr(v.item() if hasattr(v, "item") else v) for v in values[:25])
    more = f" and {len(values) - 25} more" if len(values) > 25 else ""
    return f"allowed values: {shown}{more}"


def _apply_filters(name: str, frame: pd.DataFrame, filters: dict[str, Any]) -> pd.DataFrame:
    mask = pd.Series(True, index=frame.index)
    for column, wanted in filters.items():
        if column not in frame.columns:
            suggestions = close_matches(column, frame.columns)
            hint = f" Did you mean {' or '.join(repr(s) for s in suggestions)}?" if suggestions else ""
            raise FilterError(
                f"kzdata.load({name!r}, {column}=...): the dataset has no column {column!r}.{hint} "
                f"Its columns are: {', '.join(frame.columns)}."
            )
        series = frame[column]
        values = _as_values(wanted)
        if not values:
            raise FilterError(
                f"kzdata.load({name!r}, {column}=[]): the list of values is empty. "
                f"Give one value or a list of values; {_describe_allowed(series)}."
            )
        present = set(series.dropna().tolist())
        missing = [v for v in values if v not in present]
        if missing:
            shown = ", ".join(repr(v) for v in missing)
            raise FilterError(
                f"kzdata.load({name!r}, {column}=...): no row has {column} = {shown}. "
                f"The column's {_describe_allowed(series)}."
            )
        mask &= series.isin(values).fillna(False).astype(bool)
    return frame.loc[mask].reset_index(drop=True)


def load(name: str, /, **filters: Any) -> pd.DataFrame:
    """Load a dataset as a tidy ``pandas.DataFrame``.

    Parameters
    ----------
    name
        The dataset's name, as listed by ``kzdata.list_datasets()``.
    **filters
        Keep only rows whose column equals a value: ``year=2022`` or ``sex=["men", "women"]``.
        A column that does not exist, or a value that never occurs, raises ``FilterError``.

    Returns
    -------
    pandas.DataFrame
        A fresh copy each call (changing it never changes what the next call returns), with
        ``df.attrs`` holding name, title, source, licence and citation for convenience.

    Examples
    --------
    >>> import kzdata
    >>> groups = kzdata.load("isco_major_groups")
    >>> len(groups)
    10
    >>> kzdata.load("isco_major_groups", isco08_major_group="4")["label_en"].item()
    'Clerical support workers'
    """
    dataset = _resolve(name)
    frame = _read(dataset)
    if filters:
        frame = _apply_filters(dataset, frame, filters)
    else:
        frame = frame.copy()
    meta = read_info(dataset)
    frame.attrs = {
        "name": dataset,
        "title": meta.title,
        "source": "; ".join(meta.publishers),
        "licence": meta.licence,
        "citation": meta.citation,
        "tier": meta.tier,
    }
    return frame


def info(name: str) -> DatasetInfo:
    """Describe a dataset: description, columns with units, sources, licence, caveats.

    In Jupyter the result shows as a card; elsewhere ``print()`` it for plain text.

    >>> card = info("isco_major_groups")
    >>> card.tier
    'bundled'
    >>> "isco08_major_group" in card.column_names
    True
    """
    return read_info(_resolve(name))


def sources_of(name: str) -> list[Source]:
    """Return every source a dataset draws on, in order of first use."""
    dataset = _resolve(name)
    meta = read_info(dataset)
    registry = read_sources()
    ids: list[str] = list(meta.source_ids)
    if meta.tier == "bundled" and "source_id" in meta.column_names:
        for source_id in _read_bundled(dataset)["source_id"].dropna().tolist():
            if source_id not in ids:
                ids.append(source_id)
    unknown = [s for s in ids if s not in registry]
    if unknown:
        raise MetadataError(
            f"dataset '{dataset}' cites source ids that are not in sources.toml: "
            f"{', '.join(unknown)}. See kzdata/data/README.md."
        )
    return [registry[s] for s in ids]


class Citation:
    """A formatted citation: the compiled table first, then every source it draws on."""

    def __init__(self, info: DatasetInfo, sources: list[Source]) -> None:
        self.info = info
        self.sources = sources

    @property
    def text(self) -> str:
        lines = [self.info.citation, "", "Sources:"]
        lines += [f"- {s.formatted()}" for s in self.sources]
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text

    def _repr_markdown_(self) -> str:
        from kzdata.cards import citation_markdown

        return citation_markdown(self.info, self.sources)


def cite(name: str) -> Citation:
    """Return the citation of a dataset and of every source it draws on.

    >>> text = str(cite("isco_major_groups"))
    >>> "Sources:" in text
    True
    """
    dataset = _resolve(name)
    return Citation(read_info(dataset), sources_of(dataset))


def list_datasets() -> pd.DataFrame:
    """List every dataset: name, title, rows, tier (bundled or remote) and topics.

    >>> table = list_datasets()
    >>> list(table.columns)
    ['name', 'title', 'rows', 'tier', 'topics']
    """
    records = []
    for name in dataset_names():
        meta = read_info(name)
        rows = len(_read_bundled(name)) if meta.tier == "bundled" else meta.rows
        records.append(
            {
                "name": name,
                "title": meta.title,
                "rows": rows,
                "tier": meta.tier,
                "topics": ", ".join(meta.topics),
            }
        )
    table = pd.DataFrame.from_records(records, columns=["name", "title", "rows", "tier", "topics"])
    table["rows"] = table["rows"].astype("Int64")
    return table
