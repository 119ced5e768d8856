"""Remote research datasets: pinned downloads, a verified cache and classroom mirrors.

Some datasets of the course are research tables that kzdata does not redistribute (their
licence is not stated, they are large, or their authors ask users to fetch them from the
source). Each one is a metadata sidecar in ``kzdata/data/remote/<name>.toml`` with
``tier = "remote"`` and a ``[remote]`` table::

    [remote]
    files = ["Final_Scores_ISCO08_Gmyrek_et_al_2025.xlsx"]     # keys of files.toml
    parser = "kzdata.parsers.ilo:occupation_scores"          # called with the verified Path(s)
    reason_not_bundled = "..."                                # shown to users and maintainers

Every original file is pinned in ``kzdata/data/remote/files.toml`` (URL at a fixed commit,
sha256, size, publisher, licence). ``kzdata.load(name)`` finds each file in this order:

1. **the cache** ``$KZDATA_HOME/files/`` (default: the platform's per-user cache folder,
   ``platformdirs.user_cache_dir("kzdata")``), checked against its sha256 the first time it is
   used in a session (and again whenever the file changes on disk);
2. **a mirror**: the folder named by ``KZDATA_MIRROR``, holding the same files under the same
   names (an offline classroom, a JupyterHub, CI). The copy is checked while it is copied into
   the cache and is moved into place only if its sha256 is right;
3. **the network**, through `pooch <https://www.fatiando.org/pooch>`_, which checks the sha256
   of the download before it is kept. ``KZDATA_OFFLINE=1`` forbids this step (the tests set it).

A file whose sha256 does not match raises :class:`kzdata.errors.ChecksumError` naming the file,
the expected and actual hashes and where the bad copy came from; a bad copy never stays in the
cache. A file that cannot be found raises :class:`kzdata.errors.RemoteDataUnavailableError`
saying which file, where it would be downloaded from and how to use a mirror.

The parsed table is kept in memory for the session (keyed by the files' sha256), and, when
``pyarrow`` is installed, as a Parquet file in ``$KZDATA_HOME/parsed/`` so a new session does
not parse a large workbook again. A parser's output is coerced to the columns and dtypes its
sidecar declares; a difference raises :class:`kzdata.errors.MetadataError`.

``build_mirror`` and ``check_mirror`` build and verify a mirror folder (``kzdata download``).
This module is imported only when a remote dataset is used: ``import kzdata`` never imports
pooch or a network library, and pooch is imported only when a download is needed.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import importlib.util
import json
import os
import re
import shutil
import tempfile
import threading
import tomllib
import warnings
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pandas as pd

from kzdata.errors import (
    ChecksumError,
    DatasetNotFoundError,
    MetadataError,
    RemoteDataUnavailableError,
    close_matches,
)
from kzdata.metadata import DatasetInfo, data_dir, dataset_names, read_info, sha256_of

__all__ = [
    "RemoteFile",
    "CorruptCacheWarning",
    "files",
    "remote_datasets",
    "files_of",
    "home_dir",
    "cache_dir",
    "mirror_dir",
    "is_offline",
    "fetch",
    "load_remote",
    "build_mirror",
    "check_mirror",
    "clear_memory",
    "ENV_HOME",
    "ENV_MIRROR",
    "ENV_OFFLINE",
]

ENV_HOME = "KZDATA_HOME"
ENV_MIRROR = "KZDATA_MIRROR"
ENV_OFFLINE = "KZDATA_OFFLINE"
_PARSER_PREFIX = "kzdata.parsers."
_FILE_KEYS = ("url", "sha256", "bytes", "publisher", "content", "licence", "repository", "commit")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_BLOCK = 1 << 20


class CorruptCacheWarning(UserWarning):
    """A cached file no longer had its pinned sha256; it was removed and fetched again."""


@dataclass(frozen=True)
class RemoteFile:
    """One original file behind a remote dataset, as pinned in ``files.toml``."""

    name: str
    url: str
    sha256: str
    bytes: int
    publisher: str
    content: str
    licence: str
    repository: str = ""
    commit: str = ""
    path: str = ""


# --------------------------------------------------------------------------------------------
# The registries: files.toml and the remote sidecars
# --------------------------------------------------------------------------------------------


def _registry_path() -> Path:
    return data_dir() / "remote" / "files.toml"


@functools.cache
def files() -> Mapping[str, RemoteFile]:
    """Return every pinned original file, keyed by file name (``kzdata/data/remote/files.toml``)."""
    path = _registry_path()
    try:
        with open(path, "rb") as handle:
            raw = tomllib.load(handle)
    except FileNotFoundError:
        raise MetadataError(f"the remote file registry {path} is missing") from None
    except tomllib.TOMLDecodeError as exc:
        raise MetadataError(f"the remote file registry {path} is not valid TOML ({exc})") from exc
    table = raw.get("files")
    if not isinstance(table, dict) or not table:
        raise MetadataError(f"{path.name} needs one [files.\"<file name>\"] table per file")
    registry: dict[str, RemoteFile] = {}
    for name, entry in table.items():
        where = f'{path.name} entry [files."{name}"]'
        missing = [k for k in _FILE_KEYS if k not in entry or entry[k] in ("", None)]
        if missing:
            raise MetadataError(f"{where} lacks {', '.join(missing)}")
        if not _SHA256.match(str(entry["sha256"])):
            raise MetadataError(f"{where}: sha256 must be 64 lower-case hex digits")
        if not str(entry["url"]).startswith("https://"):
            raise MetadataError(f"{where}: url must be an https:// address")
        if "/" in name or "\\" in name or name.startswith("."):
            raise MetadataError(f"{where}: a file name must be a plain name, not a path")
        registry[name] = RemoteFile(
            name=name,
            url=str(entry["url"]),
            sha256=str(entry["sha256"]),
            bytes=int(entry["bytes"]),
            publisher=str(entry["publisher"]),
            content=str(entry["content"]),
            licence=str(entry["licence"]),
            repository=str(entry.get("repository", "")),
            commit=str(entry.get("commit", "")),
            path=str(entry.get("path", "")),
        )
    return MappingProxyType(registry)


@dataclass(frozen=True)
class _Spec:
    files: tuple[str, ...]
    parser: str
    reason_not_bundled: str


def _spec(meta: DatasetInfo) -> _Spec:
    """Read and check a remote sidecar's ``[remote]`` table."""
    where = f"metadata of '{meta.name}'"
    remote = dict(meta.remote)
    names = remote.get("files")
    if isinstance(names, str):
        names = [names]
    if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
        raise MetadataError(f"{where}: [remote] needs files = [\"<file name>\", ...]")
    unknown = [n for n in names if n not in files()]
    if unknown:
        raise MetadataError(
            f"{where}: [remote] files {unknown} are not in kzdata/data/remote/files.toml"
        )
    parser = remote.get("parser")
    if not isinstance(parser, str) or ":" not in parser or not parser.startswith(_PARSER_PREFIX):
        raise MetadataError(
            f"{where}: [remote] parser must be 'kzdata.parsers.<module>:<function>', got {parser!r}"
        )
    reason = remote.get("reason_not_bundled")
    if not isinstance(reason, str) or not reason.strip():
        raise MetadataError(f"{where}: [remote] needs reason_not_bundled = \"...\"")
    return _Spec(tuple(names), parser, reason.strip())


def remote_datasets() -> dict[str, tuple[str, ...]]:
    """Return every remote dataset and the original files it is parsed from."""
    found = {}
    for name in dataset_names():
        meta = read_info(name)
        if meta.tier == "remote":
            found[name] = _spec(meta).files
    return found


def files_of(names: Iterable[str] | None = None) -> list[str]:
    """Return the original files behind ``names`` (dataset or file names), or all files.

    >>> files_of(["egdi-2018.csv"])
    ['egdi-2018.csv']
    """
    if names is None:
        return list(files())
    if isinstance(names, str):
        names = [names]
    wanted: list[str] = []
    datasets = None
    for given in names:
        if not isinstance(given, str):
            raise DatasetNotFoundError(
                f"Give dataset names or file names as text, not {type(given).__name__} {given!r}."
            )
        if given in files():
            found = [given]
        else:
            datasets = remote_datasets() if datasets is None else datasets
            key = given.strip().lower().replace("-", "_").replace(" ", "_")
            if key in datasets:
                found = list(datasets[key])
            elif key in dataset_names():
                raise DatasetNotFoundError(
                    f"'{given}' is bundled with kzdata, so it needs no download. "
                    f"Remote datasets are: {', '.join(datasets)}."
                )
            else:
                suggestions = close_matches(key, [*datasets, *files()])
                hint = f" Did you mean {' or '.join(map(repr, suggestions))}?" if suggestions else ""
                raise DatasetNotFoundError(
                    f"There is no remote dataset or file called {given!r}.{hint} "
                    f"Remote datasets are: {', '.join(datasets)}."
                )
        wanted += [f for f in found if f not in wanted]
    return wanted


# --------------------------------------------------------------------------------------------
# Where files live
# --------------------------------------------------------------------------------------------


def home_dir() -> Path:
    """Return kzdata's cache home: ``$KZDATA_HOME`` or the platform's per-user cache folder."""
    value = os.environ.get(ENV_HOME, "").strip()
    if value:
        return Path(value).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("kzdata"))


def cache_dir() -> Path:
    """Return the folder that holds verified copies of the original files."""
    return home_dir() / "files"


def _parsed_dir() -> Path:
    return home_dir() / "parsed"


def mirror_dir() -> Path | None:
    """Return the mirror folder named by ``$KZDATA_MIRROR``, or None when it is not set.

    A variable that names a folder that does not exist is an error, not silently ignored.
    """
    value = os.environ.get(ENV_MIRROR, "").strip()
    if not value:
        return None
    path = Path(value).expanduser()
    if not path.is_dir():
        raise RemoteDataUnavailableError(
            f"{ENV_MIRROR} is set to '{value}', but there is no such folder. Point it to a "
            "folder that holds the remote files (for example one built with "
            "`kzdata download --to DIR`), or unset it (in a terminal `unset KZDATA_MIRROR`; in "
            "Python `del os.environ['KZDATA_MIRROR']`) to download from the publishers instead."
        )
    return path


def is_offline() -> bool:
    """Return True when ``$KZDATA_OFFLINE`` forbids downloads (1, true, yes or on)."""
    return os.environ.get(ENV_OFFLINE, "").strip().lower() in ("1", "true", "yes", "on")


# --------------------------------------------------------------------------------------------
# Verifying, copying and downloading
# --------------------------------------------------------------------------------------------

_lock = threading.Lock()
_verified: dict[str, tuple[int, int, int]] = {}
_frames: dict[tuple[Any, ...], pd.DataFrame] = {}


def clear_memory() -> None:
    """Forget what this session verified and parsed (the next use checks and parses again)."""
    with _lock:
        _verified.clear()
        _frames.clear()


def _stamp(path: Path) -> tuple[int, int, int]:
    stat = path.stat()
    return (stat.st_size, stat.st_mtime_ns, stat.st_ino)


def _remember(path: Path) -> None:
    with _lock:
        _verified[str(path)] = _stamp(path)


def _known_good(path: Path) -> bool:
    with _lock:
        stamp = _verified.get(str(path))
    return stamp is not None and stamp == _stamp(path)


def _checksum_message(entry: RemoteFile, actual: str, origin: str, what_now: str) -> str:
    return (
        f"The file '{entry.name}' from {origin} is not the pinned version: its sha256 is "
        f"{actual}, but {entry.sha256} was expected. It may be damaged or incomplete, or a "
        f"different file with the same name. {what_now}"
    )


@functools.cache
def _file_mode() -> int:
    """Permissions for new files: what open() would give (0o666 less the umask), not mkstemp's 0o600.

    A mirror on a shared JupyterHub must be readable by every user.
    """
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def _copy_verified(source: Path, target: Path, entry: RemoteFile, origin: str, what_now: str) -> None:
    """Copy ``source`` to ``target`` atomically, hashing the bytes as they are copied.

    The copy goes to a temporary file beside ``target`` and replaces it only if the sha256 is
    right, so a bad copy never appears under the real name.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{entry.name}.", suffix=".part", dir=target.parent)
    try:
        digest = hashlib.sha256()
        with open(source, "rb") as reader, os.fdopen(handle, "wb") as writer:
            for block in iter(lambda: reader.read(_BLOCK), b""):
                digest.update(block)
                writer.write(block)
        actual = digest.hexdigest()
        if actual != entry.sha256:
            raise ChecksumError(_checksum_message(entry, actual, origin, what_now))
        os.chmod(temporary, _file_mode())
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _unavailable(entry: RemoteFile, why: str, dataset: str | None, note: str = "") -> RemoteDataUnavailableError:
    needed = f" (needed by the dataset '{dataset}')" if dataset else ""
    return RemoteDataUnavailableError(
        f"The file '{entry.name}'{needed} is not available: {why} It would be downloaded from "
        f"{entry.url} into the kzdata cache {cache_dir()}. To work without the network, set "
        f"{ENV_MIRROR} to a folder that holds '{entry.name}' (a classroom mirror; build one on "
        "a computer with internet with `kzdata download --to DIR`, then copy DIR): in a "
        "terminal `export KZDATA_MIRROR=/path/to/mirror`, in Python "
        "`os.environ['KZDATA_MIRROR'] = '/path/to/mirror'`. Or copy the file itself into "
        f"{cache_dir()}.{note}"
    )


def _download(entry: RemoteFile, target: Path, dataset: str | None) -> None:
    """Download with pooch (which checks the sha256), then move into the cache."""
    import pooch  # deferred: pulls in requests

    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".download-", dir=target.parent))
    try:
        try:
            fetched = pooch.retrieve(
                entry.url,
                known_hash=f"sha256:{entry.sha256}",
                fname=entry.name,
                path=scratch,
                progressbar=False,
            )
        except ValueError as exc:
            if "hash" not in str(exc).lower():
                raise
            found = re.search(r"got ([0-9a-fA-F]{64})", str(exc))
            actual = found.group(1).lower() if found else "unknown (the download was deleted)"
            raise ChecksumError(
                _checksum_message(
                    entry, actual, f"the download from {entry.url}",
                    "The download was deleted and nothing was cached. Try again later; if it "
                    "keeps failing, the publisher's file has changed and kzdata's pin needs "
                    f"review, so use a mirror ({ENV_MIRROR}) meanwhile.",
                )
            ) from None
        except Exception as exc:  # requests' connection errors, HTTP errors, OSError
            raise _unavailable(
                entry, f"it is not in the cache or a mirror, and the download failed ({exc}).", dataset
            ) from exc
        fetched_path = Path(fetched)
        actual = sha256_of(fetched_path)  # belt and braces: pooch has checked it already
        if actual != entry.sha256:
            raise ChecksumError(
                _checksum_message(entry, actual, f"the download from {entry.url}",
                                  "Nothing was cached.")
            )
        os.replace(fetched_path, target)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _resolve(entry: RemoteFile, *, dataset: str | None = None, skip_mirror: Path | None = None) -> tuple[Path, str]:
    """Return the verified cache path of a file and where it came from this time.

    Where: ``"cache"``, ``"mirror"`` or ``"network"``.
    """
    target = cache_dir() / entry.name
    note = ""
    if target.is_file():
        if _known_good(target):
            return target, "cache"
        actual = sha256_of(target)
        if actual == entry.sha256:
            _remember(target)
            return target, "cache"
        target.unlink(missing_ok=True)
        note = (
            f" (A cached copy of '{entry.name}' was removed because its sha256 was {actual} "
            f"instead of {entry.sha256}.)"
        )
        warnings.warn(
            f"The cached file {target} was damaged (sha256 {actual}, expected {entry.sha256}); "
            "kzdata removed it and is fetching it again.",
            CorruptCacheWarning,
            stacklevel=3,
        )
    mirror = mirror_dir()
    if mirror is not None and skip_mirror is not None and _same_dir(mirror, skip_mirror):
        mirror = None
    if mirror is not None and (mirror / entry.name).is_file():
        origin = f"the mirror {mirror} ({ENV_MIRROR})"
        _copy_verified(
            mirror / entry.name, target, entry, origin,
            f"Nothing was copied into the cache. Replace {mirror / entry.name} with a good copy "
            f"(check the whole mirror with `kzdata download --check {mirror}`; rebuild it with "
            f"`kzdata download --to {mirror}`), or unset {ENV_MIRROR} to download from "
            "the publisher.",
        )
        _remember(target)
        return target, "mirror"
    if is_offline():
        where = (
            f"it is not in the cache, the mirror {mirror} does not have it, and"
            if mirror is not None
            else f"it is not in the cache, no mirror is set ({ENV_MIRROR}), and"
        )
        raise _unavailable(entry, f"{where} downloads are switched off ({ENV_OFFLINE}=1).", dataset, note)
    _download(entry, target, dataset)
    _remember(target)
    return target, "network"


def _same_dir(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _entry(file_name: str) -> RemoteFile:
    try:
        return files()[file_name]
    except KeyError:
        suggestions = close_matches(file_name, files())
        hint = f" Did you mean {' or '.join(map(repr, suggestions))}?" if suggestions else ""
        raise MetadataError(
            f"'{file_name}' is not in kzdata/data/remote/files.toml.{hint}"
        ) from None


def fetch(file_name: str, *, dataset: str | None = None) -> Path:
    """Return the local path of a verified copy of one original file.

    Looks in the cache, then the mirror (``$KZDATA_MIRROR``), then downloads (unless
    ``$KZDATA_OFFLINE`` is set). Raises ``ChecksumError`` for a copy whose sha256 is wrong and
    ``RemoteDataUnavailableError`` when the file cannot be had.
    """
    return _resolve(_entry(file_name), dataset=dataset)[0]


# --------------------------------------------------------------------------------------------
# Parsing and conforming to the sidecar
# --------------------------------------------------------------------------------------------


def _parser(spec: _Spec, dataset: str) -> Callable[..., pd.DataFrame]:
    module_name, _, function_name = spec.parser.partition(":")
    try:
        module = importlib.import_module(module_name)
        function = getattr(module, function_name)
    except (ImportError, AttributeError) as exc:
        raise MetadataError(
            f"metadata of '{dataset}': the parser {spec.parser} cannot be imported ({exc})"
        ) from exc
    return function


def _parser_fingerprint(spec: _Spec) -> str:
    """Hash the parser's source, so a changed parser never reuses a stale Parquet copy."""
    digest = hashlib.sha256(spec.parser.encode())
    for module in ("kzdata.parsers._common", spec.parser.partition(":")[0]):
        found = importlib.util.find_spec(module)
        if found is not None and found.origin and os.path.exists(found.origin):
            digest.update(Path(found.origin).read_bytes())
    return digest.hexdigest()


def _conform(meta: DatasetInfo, frame: Any, parser: str) -> pd.DataFrame:
    """Give a parsed frame exactly the sidecar's columns, in order, with its dtypes."""
    where = f"metadata of '{meta.name}'"
    if not isinstance(frame, pd.DataFrame):
        raise MetadataError(f"{where}: the parser {parser} returned {type(frame).__name__}, not a DataFrame")
    declared = meta.column_names
    if "source_id" in declared and "source_id" not in frame.columns:
        if not meta.source_ids:
            raise MetadataError(f"{where}: a remote dataset needs sources = [\"<source_id>\", ...]")
        frame = frame.assign(source_id=meta.source_ids[0])
    missing = [c for c in declared if c not in frame.columns]
    extra = [c for c in frame.columns if c not in declared]
    if missing or extra:
        raise MetadataError(
            f"{where}: the parser {parser} returned columns that differ from the declared ones "
            f"(missing: {missing or 'none'}; not declared: {extra or 'none'}). "
            "See kzdata/data/README.md."
        )
    frame = frame.loc[:, declared].reset_index(drop=True)
    converted = {}
    for column, dtype in meta.dtypes.items():
        try:
            converted[column] = frame[column].astype(dtype)
        except (ValueError, TypeError) as exc:
            raise MetadataError(
                f"{where}: column '{column}' from the parser {parser} does not convert to the "
                f"declared dtype {dtype} ({exc})"
            ) from exc
    return pd.DataFrame(converted, index=frame.index)


def _parquet_path(meta: DatasetInfo, key: str) -> Path:
    return _parsed_dir() / f"{meta.name}-{key[:20]}.parquet"


def _read_parquet(path: Path) -> pd.DataFrame | None:
    if not path.is_file() or importlib.util.find_spec("pyarrow") is None:
        return None
    try:
        return pd.read_parquet(path)
    except Exception:  # a damaged or foreign file is only a cache: parse again
        path.unlink(missing_ok=True)
        return None


def _write_parquet(frame: pd.DataFrame, path: Path) -> None:
    if importlib.util.find_spec("pyarrow") is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        os.close(handle)
        try:
            frame.to_parquet(temporary, index=False)
            os.chmod(temporary, _file_mode())
            os.replace(temporary, path)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
    except Exception:  # the Parquet copy is an optimisation; never fail a load over it
        pass


def load_remote(meta: DatasetInfo) -> pd.DataFrame:
    """Fetch, verify and parse a remote dataset; ``kzdata.load`` calls this.

    Returns the session's cached frame (``kzdata.load`` hands out copies).
    """
    spec = _spec(meta)
    paths = [fetch(name, dataset=meta.name) for name in spec.files]
    shas = tuple(files()[name].sha256 for name in spec.files)
    signature = json.dumps(
        [meta.name, shas, spec.parser, list(meta.dtypes.items()), list(meta.source_ids),
         pd.__version__],
    )
    key = (meta.name, signature)
    with _lock:
        cached = _frames.get(key)
    if cached is not None:
        return cached
    disk_key = hashlib.sha256((signature + _parser_fingerprint(spec)).encode()).hexdigest()
    parquet = _parquet_path(meta, disk_key)
    frame = _read_parquet(parquet)
    if frame is not None:
        try:
            frame = _conform(meta, frame, spec.parser)
        except MetadataError:
            frame = None
    if frame is None:
        parsed = _parser(spec, meta.name)(*paths)
        frame = _conform(meta, parsed, spec.parser)
        _write_parquet(frame, parquet)
    with _lock:
        _frames[key] = frame
    return frame


# --------------------------------------------------------------------------------------------
# Mirrors
# --------------------------------------------------------------------------------------------

_BUILD_COLUMNS = ["file", "status", "sha256_ok", "source", "note"]
_CHECK_COLUMNS = ["file", "present", "sha256_ok", "expected_sha256", "actual_sha256"]


def build_mirror(
    names: Iterable[str] | None, to_dir: str | os.PathLike[str], *, replace_bad: bool = False
) -> pd.DataFrame:
    """Put verified copies of remote files into a folder, for offline classrooms and CI.

    Parameters
    ----------
    names
        Dataset names (their files are collected) or file names; ``None`` for every file.
    to_dir
        The mirror folder (created if needed). Point ``KZDATA_MIRROR`` at it afterwards.
    replace_bad
        A file already in ``to_dir`` whose sha256 is wrong is reported and left alone unless
        this is True. A good file is never overwritten.

    Returns
    -------
    pandas.DataFrame
        One row per file: ``file``; ``status`` (``"copied"`` from the cache or the mirror,
        ``"downloaded"``, ``"already there"``, ``"bad, not replaced"`` or ``"failed"``);
        ``sha256_ok`` (True when the mirror now holds the pinned file); ``source`` (where the
        copy came from); ``note`` (what went wrong, if anything). A file that could not be had
        does not stop the others: check ``sha256_ok.all()``.
    """
    target_dir = Path(to_dir).expanduser()
    wanted = files_of(names)
    target_dir.mkdir(parents=True, exist_ok=True)
    records = []
    for name in wanted:
        entry = files()[name]
        target = target_dir / name
        note = ""
        if target.is_file():
            actual = sha256_of(target)
            if actual == entry.sha256:
                records.append([name, "already there", True, str(target), ""])
                continue
            if not replace_bad:
                records.append([
                    name, "bad, not replaced", False, str(target),
                    f"sha256 is {actual}, expected {entry.sha256}; rerun with replace_bad=True "
                    "(kzdata download --replace-bad) or delete the file",
                ])
                continue
            note = f"replaced a copy whose sha256 was {actual}"
        try:
            cached, origin = _resolve(entry, skip_mirror=target_dir)
            _copy_verified(cached, target, entry, f"the kzdata cache {cached}", "Nothing was copied.")
        except (ChecksumError, RemoteDataUnavailableError) as exc:
            records.append([name, "failed", False, "", str(exc)])
            continue
        status = "downloaded" if origin == "network" else "copied"
        source = {"network": entry.url, "cache": str(cached)}.get(origin, str(mirror_dir()))
        records.append([name, status, True, source, note])
    return pd.DataFrame.from_records(records, columns=_BUILD_COLUMNS).astype(
        {"file": "string", "status": "string", "sha256_ok": "boolean", "source": "string", "note": "string"}
    )


def check_mirror(directory: str | os.PathLike[str]) -> pd.DataFrame:
    """Verify a mirror folder: is every pinned file there, with its sha256?

    Returns one row per pinned file: ``file``, ``present``, ``sha256_ok``, ``expected_sha256``,
    ``actual_sha256`` (empty when the file is absent). Files that kzdata does not know are
    ignored.
    """
    folder = Path(directory).expanduser()
    if not folder.is_dir():
        raise RemoteDataUnavailableError(
            f"There is no folder '{directory}' to check. Build a mirror there with "
            f"`kzdata download --to {directory}`."
        )
    records = []
    for name, entry in files().items():
        path = folder / name
        present = path.is_file()
        actual = sha256_of(path) if present else None
        records.append([name, present, actual == entry.sha256, entry.sha256, actual])
    return pd.DataFrame.from_records(records, columns=_CHECK_COLUMNS).astype(
        {"file": "string", "present": "boolean", "sha256_ok": "boolean",
         "expected_sha256": "string", "actual_sha256": "string"}
    )
