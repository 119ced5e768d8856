"""Building and checking a classroom mirror; the set-up script of the test command."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from kzdata import remote
from kzdata.errors import DatasetNotFoundError, RemoteDataUnavailableError
from remote_builders import REPO_ROOT, fixture, flip_one_byte, sha256

A, B = "egdi-2010.csv", "egdi-2018.csv"


@pytest.fixture
def source_mirror(tmp_path, monkeypatch, fake_registry):
    folder = tmp_path / "source-mirror"
    folder.mkdir()
    for name in (A, B):
        shutil.copy(fixture(name), folder / name)
    entries = fake_registry({A: folder / A, B: folder / B})
    monkeypatch.setenv("KZDATA_MIRROR", str(folder))
    return folder, entries


def statuses(report) -> dict[str, str]:
    return dict(zip(report["file"], report["status"]))


def test_build_mirror_copies_every_file_verified(source_mirror, tmp_path):
    target = tmp_path / "classroom"
    report = remote.build_mirror(None, target)
    assert list(report.columns) == ["file", "status", "sha256_ok", "source", "note"]
    assert statuses(report) == {A: "copied", B: "copied"}
    assert report["sha256_ok"].all()
    assert sorted(p.name for p in target.iterdir()) == [A, B]
    again = remote.build_mirror(None, target)
    assert statuses(again) == {A: "already there", B: "already there"}
    check = remote.check_mirror(target)
    assert check["present"].all() and check["sha256_ok"].all()


def test_a_bad_file_in_the_target_is_reported_not_replaced(source_mirror, tmp_path):
    target = tmp_path / "classroom"
    remote.build_mirror(None, target)
    flip_one_byte(target / A)
    damaged = (target / A).read_bytes()
    report = remote.build_mirror(None, target)
    row = report.set_index("file").loc[A]
    assert row["status"] == "bad, not replaced" and not row["sha256_ok"]
    assert "replace_bad=True" in row["note"]
    assert (target / A).read_bytes() == damaged
    fixed = remote.build_mirror(None, target, replace_bad=True).set_index("file").loc[A]
    assert fixed["status"] == "copied" and fixed["sha256_ok"] and "replaced" in fixed["note"]
    assert sha256(target / A) == source_mirror[1][A].sha256


def test_check_mirror_reports_missing_and_damaged_files(source_mirror, tmp_path):
    target = tmp_path / "classroom"
    remote.build_mirror([A], target)
    flip_one_byte(target / A)
    check = remote.check_mirror(target).set_index("file")
    assert list(check.columns) == ["present", "sha256_ok", "expected_sha256", "actual_sha256"]
    assert bool(check.loc[A, "present"]) and not bool(check.loc[A, "sha256_ok"])
    assert check.loc[A, "actual_sha256"] == sha256(target / A)
    assert not bool(check.loc[B, "present"]) and check.loc[B, "actual_sha256"] is pd.NA


def test_check_mirror_of_a_missing_folder_is_an_error(tmp_path):
    with pytest.raises(RemoteDataUnavailableError, match="There is no folder .* `kzdata download --to"):
        remote.check_mirror(tmp_path / "nowhere")


def test_files_that_cannot_be_had_are_reported_as_failed(fake_registry, tmp_path):
    fake_registry({A: fixture(A)})
    report = remote.build_mirror(None, tmp_path / "classroom")
    row = report.iloc[0]
    assert row["status"] == "failed" and not row["sha256_ok"]
    assert "KZDATA_MIRROR" in row["note"]


def test_the_target_folder_is_not_used_as_its_own_source(source_mirror, monkeypatch):
    folder, _ = source_mirror
    flip_one_byte(folder / A)
    report = remote.build_mirror([A], folder, replace_bad=True)
    assert statuses(report) == {A: "failed"}  # not copied onto itself; no other source offline


def test_downloads_are_reported_as_downloaded(fake_registry, monkeypatch, tmp_path):
    pooch = pytest.importorskip("pooch")
    fake_registry({A: fixture(A)})

    def retrieve(url, known_hash=None, fname=None, path=None, **kwargs):
        shutil.copy(fixture(A), Path(path) / fname)
        return str(Path(path) / fname)

    monkeypatch.setattr(pooch, "retrieve", retrieve)
    monkeypatch.delenv("KZDATA_OFFLINE")
    report = remote.build_mirror(None, tmp_path / "classroom")
    assert statuses(report) == {A: "downloaded"}
    assert report["source"].iloc[0] == f"https://example.org/pinned/{A}"


def test_names_select_the_files_of_datasets():
    assert remote.files_of(["un_egdi"]) == [f"egdi-{y}.csv" for y in (2010, 2012, 2014, 2016, 2018)]
    assert remote.files_of(["aioe", "aioe_industries"]) == [
        "AIOE_DataAppendix.xlsx", "Language_Modeling_AIOE_and_AIIE.xlsx"
    ]
    assert remote.files_of("Frey-Osborne") == ["frey_osborne_automation_risk_index_clean.csv"]
    assert remote.files_of(None) == list(remote.files())


def test_unknown_or_bundled_names_are_explained(tmp_path):
    with pytest.raises(DatasetNotFoundError, match="Did you mean 'frey_osborne'"):
        remote.build_mirror(["frey_osbourne"], tmp_path / "x")
    with pytest.raises(DatasetNotFoundError, match="'wages' is bundled with kzdata"):
        remote.build_mirror(["wages"], tmp_path / "x")
    assert not (tmp_path / "x").exists()


# --- tools/prepare_mirror.py ----------------------------------------------------------------------


def load_tool():
    spec = importlib.util.spec_from_file_location("prepare_mirror", REPO_ROOT / "tools" / "prepare_mirror.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_prepare_mirror_prints_a_good_shared_mirror(tmp_path, source_mirror, monkeypatch, capsys):
    tool = load_tool()
    monkeypatch.setattr(tool, "SHARED_MIRROR", source_mirror[0])
    assert tool.main([]) == 0
    assert capsys.readouterr().out.strip() == str(source_mirror[0])


def test_prepare_mirror_refuses_a_damaged_shared_mirror(tmp_path, source_mirror, monkeypatch, capsys):
    tool = load_tool()
    flip_one_byte(source_mirror[0] / B)
    monkeypatch.setattr(tool, "SHARED_MIRROR", source_mirror[0])
    with pytest.raises(SystemExit) as caught:
        tool.main([])
    assert caught.value.code == 1
    err = capsys.readouterr().err
    assert f"{B}: sha256" in err and "incomplete or damaged" in err


def test_prepare_mirror_builds_a_local_mirror_without_a_shared_one(tmp_path, source_mirror, monkeypatch, capsys):
    tool = load_tool()
    monkeypatch.setattr(tool, "SHARED_MIRROR", tmp_path / "no-shared")
    monkeypatch.setattr(tool, "LOCAL_MIRROR", tmp_path / "local")
    assert tool.main([]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "local")
    assert sorted(p.name for p in (tmp_path / "local").iterdir()) == [A, B]


def test_prepare_mirror_fails_clearly_offline_without_sources(tmp_path, fake_registry, monkeypatch, capsys):
    tool = load_tool()
    fake_registry({A: fixture(A)})
    monkeypatch.setattr(tool, "SHARED_MIRROR", tmp_path / "no-shared")
    monkeypatch.setattr(tool, "LOCAL_MIRROR", tmp_path / "local")
    with pytest.raises(SystemExit) as caught:
        tool.main([])
    assert caught.value.code == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "is not complete" in captured.err and "downloads are switched off" in captured.err


def test_prepare_mirror_runs_as_a_script_on_the_real_mirror(real_mirror, monkeypatch):
    monkeypatch.setenv("KZDATA_SHARED", str(real_mirror.parent))
    if real_mirror.name != "kzdata-mirror":
        pytest.skip("the exported mirror is not a shared folder's kzdata-mirror")
    done = subprocess.run([sys.executable, str(REPO_ROOT / "tools" / "prepare_mirror.py")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == str(real_mirror)
