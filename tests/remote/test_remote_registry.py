"""The file registry, the remote sidecars and their sources; the real mirror; damaged copies."""

from __future__ import annotations

import csv
import shutil

import pytest

import kzdata
from kzdata import remote
from kzdata.errors import ChecksumError, RemoteDataUnavailableError
from kzdata.metadata import read_info, read_sources
from remote_builders import flip_one_byte, sha256

REMOTE = sorted(remote.remote_datasets())


def test_files_toml_equals_the_mirror_manifest(real_mirror):
    if not (real_mirror / "MANIFEST.csv").is_file():
        pytest.skip("this mirror has no MANIFEST.csv (only the project's shared mirror has one)")
    with open(real_mirror / "MANIFEST.csv", encoding="utf-8") as handle:
        manifest = {row["file"]: row for row in csv.DictReader(handle)}
    registry = remote.files()
    assert list(registry) == list(manifest)
    for name, row in manifest.items():
        entry = registry[name]
        assert (entry.url, entry.sha256, entry.bytes) == (row["url"], row["sha256"], int(row["bytes"]))
        assert (entry.repository, entry.commit, entry.path) == (row["repository"], row["commit"], row["path"])
        assert (entry.content, entry.licence) == (row["content"], row["licence"])


def test_urls_are_pinned_to_a_commit():
    for entry in remote.files().values():
        assert entry.commit and entry.commit in entry.url, entry.name


def test_the_real_mirror_verifies(real_mirror):
    report = remote.check_mirror(real_mirror)
    assert report["present"].all() and report["sha256_ok"].all(), report[~report["sha256_ok"]]


def test_every_pinned_file_is_used_by_a_dataset():
    used = {f for files in remote.remote_datasets().values() for f in files}
    assert used == set(remote.files())


@pytest.mark.parametrize("name", REMOTE)
def test_remote_sidecars_are_complete(name):
    meta = read_info(name)
    assert meta.tier == "remote" and isinstance(meta.rows, int) and meta.rows > 0
    assert meta.source_ids, "sources = [...] is required"
    assert meta.remote["reason_not_bundled"].strip()
    assert meta.column_names[-1] == "source_id"
    for text in (meta.title, meta.description, meta.licence, meta.citation, meta.compiled):
        assert text.strip()
    assert meta.caveats and meta.publishers and meta.topics
    assert all(c.description.strip() and c.unit.strip() for c in meta.columns)


@pytest.mark.parametrize("name", REMOTE)
def test_remote_sources_resolve(name):
    missing = set(read_info(name).source_ids) - set(read_sources())
    assert not missing, f"{name} cites unknown sources {missing}"


# --- the real files, damaged -----------------------------------------------------------------------


@pytest.fixture
def copied_mirror(tmp_path, real_mirror, monkeypatch):
    """A copy of the real files of un_egdi in a mirror folder of their own."""
    folder = tmp_path / "mirror"
    folder.mkdir()
    for name in remote.files_of(["un_egdi"]):
        shutil.copy(real_mirror / name, folder / name)
    monkeypatch.setenv("KZDATA_MIRROR", str(folder))
    return folder


def test_one_changed_byte_in_the_mirror_is_detected_and_never_cached(copied_mirror):
    bad = copied_mirror / "egdi-2016.csv"
    flip_one_byte(bad, offset=200)
    with pytest.raises(ChecksumError) as caught:
        kzdata.load("un_egdi")
    message = str(caught.value)
    assert "egdi-2016.csv" in message and remote.files()["egdi-2016.csv"].sha256 in message
    assert sha256(bad) in message and str(copied_mirror) in message
    assert not (remote.cache_dir() / "egdi-2016.csv").exists()
    assert not [p for p in remote.cache_dir().iterdir() if p.name.startswith(".")]


def test_one_changed_byte_in_the_cache_is_detected_and_replaced(copied_mirror):
    good = kzdata.load("un_egdi")
    cached = remote.cache_dir() / "egdi-2012.csv"
    flip_one_byte(cached, offset=300)
    remote.clear_memory()  # as in a new session
    with pytest.warns(remote.CorruptCacheWarning, match="egdi-2012.csv was damaged"):
        again = kzdata.load("un_egdi")
    assert sha256(cached) == remote.files()["egdi-2012.csv"].sha256
    assert again.equals(good)


def test_no_network_and_no_mirror_names_the_file_and_the_fix():
    with pytest.raises(RemoteDataUnavailableError) as caught:
        kzdata.load("frey_osborne")
    message = str(caught.value)
    entry = remote.files()["frey_osborne_automation_risk_index_clean.csv"]
    for part in (entry.name, "'frey_osborne'", entry.url, "KZDATA_MIRROR", "kzdata download --to DIR"):
        assert part in message
