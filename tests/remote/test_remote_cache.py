"""The cache, the mirror and the (faked) network: verification, atomic copies, clear errors."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import MappingProxyType

import pandas as pd
import pytest

from kzdata import remote
from kzdata.errors import ChecksumError, MetadataError, RemoteDataUnavailableError
from kzdata.metadata import ColumnInfo, DatasetInfo
from remote_builders import NetworkBlocked, fixture, flip_one_byte, sha256

NAME = "egdi-2018.csv"


@pytest.fixture
def mirror(tmp_path, monkeypatch, fake_registry):
    """A mirror folder with one good file, registered and set in KZDATA_MIRROR."""
    folder = tmp_path / "mirror"
    folder.mkdir()
    shutil.copy(fixture(NAME), folder / NAME)
    entries = fake_registry({NAME: folder / NAME})
    monkeypatch.setenv("KZDATA_MIRROR", str(folder))
    return folder, entries[NAME]


def cache_listing() -> list[str]:
    folder = remote.cache_dir()
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_the_network_is_blocked_in_these_tests():
    import socket

    with pytest.raises(NetworkBlocked):
        socket.create_connection(("example.org", 443), timeout=1)
    assert remote.is_offline()


def test_first_use_copies_from_the_mirror_then_the_cache_serves(mirror):
    folder, entry = mirror
    path = remote.fetch(NAME)
    assert path == remote.cache_dir() / NAME
    assert sha256(path) == entry.sha256
    assert cache_listing() == [NAME]  # no temporary files left behind
    (folder / NAME).unlink()  # the mirror is no longer needed
    remote.clear_memory()  # a new session re-verifies the cached copy
    assert remote.fetch(NAME) == path


def test_cache_lives_in_kzdata_home(monkeypatch, tmp_path):
    monkeypatch.setenv("KZDATA_HOME", str(tmp_path / "elsewhere"))
    assert remote.cache_dir() == tmp_path / "elsewhere" / "files"
    monkeypatch.delenv("KZDATA_HOME")
    import platformdirs

    assert remote.home_dir() == Path(platformdirs.user_cache_dir("kzdata"))


def test_a_corrupt_mirror_file_is_rejected_and_never_cached(mirror):
    folder, entry = mirror
    flip_one_byte(folder / NAME)
    actual = sha256(folder / NAME)
    with pytest.raises(ChecksumError) as caught:
        remote.fetch(NAME)
    message = str(caught.value)
    assert NAME in message and entry.sha256 in message and actual in message
    assert str(folder) in message and "kzdata download --check" in message
    assert cache_listing() == []


def test_a_corrupt_cached_file_is_reported_removed_and_fetched_again(mirror):
    remote.fetch(NAME)
    cached = remote.cache_dir() / NAME
    flip_one_byte(cached)
    remote.clear_memory()  # a new session
    with pytest.warns(remote.CorruptCacheWarning, match="was damaged"):
        path = remote.fetch(NAME)
    assert sha256(path) == mirror[1].sha256


def test_a_cached_file_changed_during_the_session_is_checked_again(mirror):
    remote.fetch(NAME)
    flip_one_byte(remote.cache_dir() / NAME)
    with pytest.warns(remote.CorruptCacheWarning):
        path = remote.fetch(NAME)  # no clear_memory(): the changed file is noticed anyway
    assert sha256(path) == mirror[1].sha256


def test_a_corrupt_cache_without_any_other_source_leaves_no_file(mirror, monkeypatch):
    remote.fetch(NAME)
    flip_one_byte(remote.cache_dir() / NAME)
    monkeypatch.delenv("KZDATA_MIRROR")
    with pytest.warns(remote.CorruptCacheWarning):
        with pytest.raises(RemoteDataUnavailableError, match="was removed because its sha256 was"):
            remote.fetch(NAME)
    assert cache_listing() == []


def test_no_network_and_no_mirror_says_what_is_missing_and_what_to_do(fake_registry):
    entry = fake_registry({NAME: fixture(NAME)})[NAME]
    with pytest.raises(RemoteDataUnavailableError) as caught:
        remote.fetch(NAME, dataset="un_egdi")
    message = str(caught.value)
    for part in (f"'{NAME}'", "'un_egdi'", entry.url, "no mirror is set", "KZDATA_MIRROR",
                 "export KZDATA_MIRROR=", "kzdata download --to DIR", "KZDATA_OFFLINE=1",
                 str(remote.cache_dir())):
        assert part in message, part


def test_a_mirror_without_the_file_is_named(fake_registry, monkeypatch, tmp_path):
    fake_registry({NAME: fixture(NAME)})
    (tmp_path / "empty-mirror").mkdir()
    monkeypatch.setenv("KZDATA_MIRROR", str(tmp_path / "empty-mirror"))
    with pytest.raises(RemoteDataUnavailableError, match="the mirror .*empty-mirror does not have it"):
        remote.fetch(NAME)


def test_a_mirror_variable_naming_a_missing_folder_is_an_error(fake_registry, monkeypatch, tmp_path):
    fake_registry({NAME: fixture(NAME)})
    monkeypatch.setenv("KZDATA_MIRROR", str(tmp_path / "not-there"))
    with pytest.raises(RemoteDataUnavailableError, match="KZDATA_MIRROR is set to .*not-there', but there is no such folder"):
        remote.fetch(NAME)


def test_unknown_file_names_are_a_metadata_error(fake_registry):
    fake_registry({NAME: fixture(NAME)})
    with pytest.raises(MetadataError, match="Did you mean 'egdi-2018.csv'"):
        remote.fetch("egdi-2019.csv")


# --- the network path, with pooch.retrieve replaced ----------------------------------------------


@pytest.fixture
def fake_pooch(monkeypatch):
    """Replace pooch.retrieve: 'download' a given local file into the folder pooch is given.

    The fake checks the hash with pooch's own function, so a mismatch raises pooch's real error.
    """
    pooch = pytest.importorskip("pooch")
    from pooch.hashes import hash_matches

    calls = []

    def install(source: Path | Exception):
        def retrieve(url, known_hash=None, fname=None, path=None, progressbar=False, **kwargs):
            calls.append(url)
            if isinstance(source, Exception):
                raise source
            target = Path(path) / fname
            temporary = Path(path) / f"tmp-{fname}"
            shutil.copy(source, temporary)
            try:
                hash_matches(temporary, known_hash, strict=True, source=fname)
            except ValueError:
                temporary.unlink()
                raise
            temporary.rename(target)
            return str(target)

        monkeypatch.setattr(pooch, "retrieve", retrieve)
        monkeypatch.delenv("KZDATA_OFFLINE")
        return calls

    return install


def test_a_download_is_verified_and_cached(fake_registry, fake_pooch):
    entry = fake_registry({NAME: fixture(NAME)})[NAME]
    calls = fake_pooch(fixture(NAME))
    path = remote.fetch(NAME)
    assert calls == [entry.url]
    assert sha256(path) == entry.sha256 and cache_listing() == [NAME]
    remote.fetch(NAME)
    assert calls == [entry.url]  # the second use reads the cache


def test_a_bad_download_raises_a_checksum_error_and_caches_nothing(fake_registry, fake_pooch, tmp_path):
    entry = fake_registry({NAME: fixture(NAME)})[NAME]
    bad = tmp_path / "bad.csv"
    shutil.copy(fixture(NAME), bad)
    flip_one_byte(bad)
    fake_pooch(bad)
    with pytest.raises(ChecksumError) as caught:
        remote.fetch(NAME)
    message = str(caught.value)
    assert entry.sha256 in message and sha256(bad) in message and entry.url in message
    assert cache_listing() == []


def test_a_failed_download_explains_how_to_work_offline(fake_registry, fake_pooch):
    import requests

    fake_registry({NAME: fixture(NAME)})
    fake_pooch(requests.exceptions.ConnectionError("no route to host"))
    with pytest.raises(RemoteDataUnavailableError, match="the download failed .*no route to host.*KZDATA_MIRROR"):
        remote.fetch(NAME)
    assert cache_listing() == []


def test_offline_mode_wins_over_the_network(fake_registry, fake_pooch, monkeypatch):
    fake_registry({NAME: fixture(NAME)})
    calls = fake_pooch(fixture(NAME))
    monkeypatch.setenv("KZDATA_OFFLINE", "yes")
    with pytest.raises(RemoteDataUnavailableError, match="downloads are switched off"):
        remote.fetch(NAME)
    assert calls == []


# --- load_remote: parsing, conforming, memory and disk caches -----------------------------------


def egdi_meta(**changes) -> DatasetInfo:
    columns = [
        ("survey_year", "Int64"), ("iso3", "string"), ("country", "string"), ("egdi_rank", "Int64"),
        ("egdi", "float64"), ("epart_index", "float64"), ("online_service_index", "float64"),
        ("human_capital_index", "float64"), ("telecom_infrastructure_index", "float64"),
        ("source_id", "string"),
    ]
    values = dict(
        name="test_egdi", tier="remote", title="t", description="d", topics=("t",), publishers=("p",),
        licence="l", citation="c", retrieved="2026-11-22", compiled="c", caveats=("c",),
        columns=tuple(ColumnInfo(n, "d", "none", t) for n, t in columns),
        source_ids=("un_egdi_surveys",), rows=2,
        remote=MappingProxyType({"files": [NAME], "parser": "kzdata.parsers.egdi:egdi",
                                 "reason_not_bundled": "test"}),
    )
    values.update(changes)
    return DatasetInfo(**values)


def test_load_remote_conforms_to_the_declared_columns_and_dtypes(mirror):
    frame = remote.load_remote(egdi_meta())
    assert frame.dtypes.astype(str).to_dict() == egdi_meta().dtypes
    assert frame["source_id"].unique().tolist() == ["un_egdi_surveys"]
    assert frame["iso3"].tolist() == ["EST", "KAZ"]
    assert remote.load_remote(egdi_meta()) is frame  # the session's copy


def test_columns_that_differ_from_the_sidecar_are_a_metadata_error(mirror):
    meta = egdi_meta()
    fewer = egdi_meta(columns=tuple(c for c in meta.columns if c.name != "egdi"))
    with pytest.raises(MetadataError, match=r"not declared: \['egdi'\]"):
        remote.load_remote(fewer)
    wrong = egdi_meta(columns=tuple(ColumnInfo(c.name, "d", "none", "Int64" if c.name == "egdi" else c.dtype)
                                    for c in meta.columns))
    with pytest.raises(MetadataError, match="column 'egdi' .* does not convert to the declared dtype Int64"):
        remote.load_remote(wrong)


@pytest.mark.parametrize(
    "remote_table, problem",
    [
        ({"files": [NAME], "parser": "os:system", "reason_not_bundled": "x"}, "parser must be 'kzdata.parsers"),
        ({"files": ["nope.csv"], "parser": "kzdata.parsers.egdi:egdi", "reason_not_bundled": "x"}, "not in kzdata/data/remote/files.toml"),
        ({"files": [NAME], "parser": "kzdata.parsers.egdi:egdi"}, "reason_not_bundled"),
        ({"parser": "kzdata.parsers.egdi:egdi", "reason_not_bundled": "x"}, "needs files"),
        ({"files": [NAME], "parser": "kzdata.parsers.egdi:nothing", "reason_not_bundled": "x"}, "cannot be imported"),
    ],
)
def test_bad_remote_tables_are_metadata_errors(mirror, remote_table, problem):
    with pytest.raises(MetadataError, match=problem):
        remote.load_remote(egdi_meta(remote=MappingProxyType(remote_table)))


def test_a_new_session_reads_the_parsed_table_from_disk(mirror, monkeypatch):
    pytest.importorskip("pyarrow")
    first = remote.load_remote(egdi_meta())
    assert list((remote.home_dir() / "parsed").glob("test_egdi-*.parquet"))
    remote.clear_memory()
    import kzdata.parsers.egdi

    def broken(*paths):
        raise AssertionError("the parser should not run again")

    monkeypatch.setattr(kzdata.parsers.egdi, "egdi", broken)
    again = remote.load_remote(egdi_meta())
    pd.testing.assert_frame_equal(again, first)


def test_a_damaged_parsed_copy_is_ignored(mirror):
    pytest.importorskip("pyarrow")
    first = remote.load_remote(egdi_meta())
    for path in (remote.home_dir() / "parsed").glob("*.parquet"):
        path.write_bytes(b"not parquet")
    remote.clear_memory()
    pd.testing.assert_frame_equal(remote.load_remote(egdi_meta()), first)


def test_new_files_are_readable_by_others(mirror):
    path = remote.fetch(NAME)
    mask = os.umask(0)
    os.umask(mask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask


def test_remote_machinery_imports_no_network_library_until_a_download():
    code = (
        "import sys, kzdata, kzdata.remote, kzdata.crosswalk, kzdata.parsers;"
        "print(sorted(m for m in ('pooch', 'requests', 'urllib3', 'openpyxl') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
