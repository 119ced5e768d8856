"""Reading and validating dataset metadata: the ``<name>.toml`` sidecars and ``sources.toml``.

The storage contract is written out in ``kzdata/data/README.md``; this module enforces it.
Metadata is read once per session and cached.
"""

from __future__ import annotations

import functools
import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, Mapping

from kzdata.errors import MetadataError

__all__ = [
    "ColumnInfo",
    "DatasetInfo",
    "Source",
    "DTYPES",
    "data_dir",
    "dataset_names",
    "read_info",
    "read_sources",
    "sha256_of",
]

#: The dtypes a column may declare, and what pandas calls them after loading.
DTYPES = ("string", "Int64", "float64", "boolean")
SOURCE_TYPES = ("primary", "secondary")
TIERS = ("bundled", "remote")
_REQUIRED_KEYS = (
    "title",
    "description",
    "topics",
    "publishers",
    "licence",
    "citation",
    "retrieved",
    "compiled",
    "caveats",
    "columns",
)
_SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")
_DATE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|n\.d\.)$")


@dataclass(frozen=True)
class ColumnInfo:
    """One column of a dataset: what it holds, its unit and its pandas dtype."""

    name: str
    description: str
    unit: str
    dtype: str


@dataclass(frozen=True)
class Source:
    """One publication that rows of a dataset draw on (an entry of ``sources.toml``)."""

    source_id: str
    publisher: str
    title: str
    date: str
    url: str
    type: Literal["primary", "secondary"]
    language: str = "en"
    note: str = ""

    def formatted(self) -> str:
        """Return the source as one citation line.

        >>> Source("x", "BNS", "Labour force", "2025-02", "https://stat.gov.kz", "primary").formatted()
        'BNS (2025-02). Labour force. https://stat.gov.kz [primary source]'
        """
        text = f"{self.publisher} ({self.date}). {self.title}. {self.url} [{self.type} source]"
        return text


@dataclass(frozen=True)
class DatasetInfo:
    """Everything known about a dataset except its rows. ``kzdata.info(name)`` returns one."""

    name: str
    tier: Literal["bundled", "remote"]
    title: str
    description: str
    topics: tuple[str, ...]
    publishers: tuple[str, ...]
    licence: str
    citation: str
    retrieved: str
    compiled: str
    caveats: tuple[str, ...]
    columns: tuple[ColumnInfo, ...]
    sha256: str = ""
    source_ids: tuple[str, ...] = ()
    rows: int | None = None
    remote: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def dtypes(self) -> dict[str, str]:
        return {c.name: c.dtype for c in self.columns}

    def _repr_markdown_(self) -> str:
        from kzdata.cards import info_markdown

        return info_markdown(self)

    def __str__(self) -> str:
        from kzdata.cards import info_text

        return info_text(self)


def data_dir() -> Path:
    """Return the folder that holds the bundled tables and their sidecars."""
    return Path(str(resources.files("kzdata") / "data"))


def sha256_of(path: Path) -> str:
    """Return the hex sha256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


@functools.cache
def _sidecar_paths() -> dict[str, Path]:
    folder = data_dir()
    paths = {p.stem: p for p in folder.glob("*.toml") if not p.stem.startswith(("_", "sources"))}
    remote = folder / "remote"
    if remote.is_dir():
        for p in remote.glob("*.toml"):
            if p.stem != "files" and not p.stem.startswith("_"):
                paths[p.stem] = p
    return dict(sorted(paths.items()))


@functools.cache
def dataset_names() -> tuple[str, ...]:
    """Return the names of every dataset in the catalogue, sorted."""
    return tuple(_sidecar_paths())


def _fail(where: str, problem: str) -> MetadataError:
    return MetadataError(
        f"{where}: {problem}. See kzdata/data/README.md for the metadata rules."
    )


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise _fail(str(path), f"not valid TOML ({exc})") from exc


def _as_text_tuple(raw: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = raw[key]
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(
        isinstance(v, str) and v.strip() for v in value
    ):
        raise _fail(where, f"'{key}' must be a non-empty list of non-empty strings")
    return tuple(value)


def _parse_columns(raw: Any, where: str) -> tuple[ColumnInfo, ...]:
    if not isinstance(raw, dict) or not raw:
        raise _fail(where, "needs a [columns.<name>] table for every column")
    columns = []
    for name, spec in raw.items():
        if not _SNAKE.match(name):
            raise _fail(where, f"column name '{name}' is not snake_case ASCII")
        if not isinstance(spec, dict):
            raise _fail(where, f"[columns.{name}] must be a table")
        missing = [k for k in ("description", "unit", "dtype") if not str(spec.get(k, "")).strip()]
        if missing:
            raise _fail(where, f"[columns.{name}] lacks {', '.join(missing)}")
        if spec["dtype"] not in DTYPES:
            raise _fail(
                where, f"[columns.{name}] dtype '{spec['dtype']}' is not one of {', '.join(DTYPES)}"
            )
        columns.append(ColumnInfo(name, spec["description"], spec["unit"], spec["dtype"]))
    return tuple(columns)


@functools.cache
def read_info(name: str) -> DatasetInfo:
    """Read and validate one dataset's sidecar. The caller has checked that ``name`` exists."""
    path = _sidecar_paths()[name]
    raw = _read_toml(path)
    where = f"metadata of '{name}' ({path.name})"
    missing = [k for k in _REQUIRED_KEYS if k not in raw]
    if missing:
        raise _fail(where, f"missing required keys: {', '.join(missing)}")
    for key in ("title", "description", "licence", "citation", "retrieved", "compiled"):
        if not isinstance(raw[key], str) or not raw[key].strip():
            raise _fail(where, f"'{key}' must be a non-empty string")
    tier = raw.get("tier", "remote" if path.parent.name == "remote" else "bundled")
    if tier not in TIERS:
        raise _fail(where, f"tier '{tier}' is not one of {', '.join(TIERS)}")
    if tier == "bundled" and not raw.get("sha256"):
        raise _fail(where, "a bundled dataset needs the sha256 of its CSV")
    return DatasetInfo(
        name=name,
        tier=tier,
        title=raw["title"].strip(),
        description=raw["description"].strip(),
        topics=_as_text_tuple(raw, "topics", where),
        publishers=_as_text_tuple(raw, "publishers", where),
        licence=raw["licence"].strip(),
        citation=raw["citation"].strip(),
        retrieved=str(raw["retrieved"]),
        compiled=raw["compiled"].strip(),
        caveats=_as_text_tuple(raw, "caveats", where),
        columns=_parse_columns(raw["columns"], where),
        sha256=raw.get("sha256", ""),
        source_ids=tuple(raw.get("sources", ())),
        rows=raw.get("rows"),
        remote=MappingProxyType(dict(raw.get("remote", {}))),
    )


@functools.cache
def read_sources() -> Mapping[str, Source]:
    """Read and validate ``sources.toml``: every publication any dataset draws on."""
    path = data_dir() / "sources.toml"
    raw = _read_toml(path) if path.exists() else {}
    sources: dict[str, Source] = {}
    for source_id, entry in raw.items():
        where = f"sources.toml entry [{source_id}]"
        if not isinstance(entry, dict):
            raise _fail(where, "must be a table")
        missing = [
            k for k in ("publisher", "title", "date", "url", "type") if not str(entry.get(k, "")).strip()
        ]
        if missing:
            raise _fail(where, f"lacks {', '.join(missing)}")
        if entry["type"] not in SOURCE_TYPES:
            raise _fail(where, f"type '{entry['type']}' is not primary or secondary")
        if not _DATE.match(str(entry["date"])):
            raise _fail(where, f"date '{entry['date']}' is not YYYY-MM-DD, YYYY-MM, YYYY or n.d.")
        sources[source_id] = Source(
            source_id=source_id,
            publisher=entry["publisher"],
            title=entry["title"],
            date=str(entry["date"]),
            url=entry["url"],
            type=entry["type"],
            language=entry.get("language", "en"),
            note=entry.get("note", ""),
        )
    return MappingProxyType(sources)
