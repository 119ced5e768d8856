"""The `kzdata` command: list, info, cite, export (and its refusals)."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

import kzdata
from kzdata.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_list_shows_every_dataset(capsys):
    code, out, _ = run(capsys, "list")
    assert code == 0
    for name in kzdata.list_datasets()["name"]:
        assert name in out


def test_info_prints_the_plain_text_card(capsys):
    code, out, _ = run(capsys, "info", "wages")
    assert code == 0
    assert out.strip() == str(kzdata.info("wages")).strip()


def test_cite_prints_every_source(capsys):
    code, out, _ = run(capsys, "cite", "claims")
    assert code == 0
    for source in kzdata.cite("claims").sources:
        assert source.url in out


def test_unknown_dataset_exits_2_with_the_library_message(capsys):
    code, out, err = run(capsys, "info", "wage")
    assert code == 2 and out == ""
    assert err.strip() == (
        "kzdata info: There is no dataset called 'wage'. Did you mean 'wages'? "
        "Run kzdata.list_datasets() to see every dataset name."
    )


@pytest.mark.parametrize("suffix", ["csv", "xlsx", "json"])
def test_export_round_trips_each_format(capsys, tmp_path, suffix):
    target = tmp_path / f"groups.{suffix}"
    code, out, _ = run(capsys, "export", "isco_major_groups", str(target))
    assert code == 0 and target.exists()
    original = kzdata.load("isco_major_groups")
    if suffix == "csv":
        back = pd.read_csv(target, dtype=str)
    elif suffix == "xlsx":
        back = pd.read_excel(target, sheet_name="data", dtype=str)
        sources = pd.read_excel(target, sheet_name="sources")
        assert any("Sources" in str(v) for v in sources["citation"])
    else:
        back = pd.DataFrame(json.loads(target.read_text(encoding="utf-8")))
    assert list(back.columns) == list(original.columns)
    assert back["label_en"].tolist() == original["label_en"].tolist()


def test_export_with_where_filters_typed_values(capsys, tmp_path):
    target = tmp_path / "u.csv"
    code, _, err = run(capsys, "export", "unemployment_by_region", str(target),
                       "--where", "year=2022")
    assert code == 0, err
    back = pd.read_csv(target)
    assert set(back["year"]) == {2022}


def test_export_never_overwrites_without_being_told(capsys, tmp_path):
    target = tmp_path / "mine.csv"
    target.write_text("a student's own work\n")
    code, _, err = run(capsys, "export", "wages", str(target))
    assert code == 2
    assert "already exists" in err and "--overwrite" in err
    assert target.read_text() == "a student's own work\n"
    code, _, _ = run(capsys, "export", "wages", str(target), "--overwrite")
    assert code == 0 and target.read_text() != "a student's own work\n"


def test_export_needs_a_known_format(capsys, tmp_path):
    code, _, err = run(capsys, "export", "wages", str(tmp_path / "wages.parquet"))
    assert code == 2
    assert "Give --format with one of csv, xlsx, json" in err


def test_export_rejects_a_malformed_where(capsys, tmp_path):
    code, _, err = run(capsys, "export", "wages", str(tmp_path / "w.csv"), "--where", "year")
    assert code == 2
    assert "is not COLUMN=VALUE" in err


def test_export_into_a_missing_folder_is_refused(capsys, tmp_path):
    code, _, err = run(capsys, "export", "wages", str(tmp_path / "no" / "w.csv"))
    assert code == 2 and "does not exist" in err


def test_console_script_runs_as_a_module():
    out = subprocess.run([sys.executable, "-m", "kzdata", "list"], capture_output=True, text=True)
    assert out.returncode == 0 and "isco_major_groups" in out.stdout
