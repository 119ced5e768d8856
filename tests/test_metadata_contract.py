"""The metadata reader rejects sidecars that break the storage contract, with a clear message.

These build small datasets in a temporary folder, so they test the rules themselves rather than
the bundled tables (which tests/data/test_registry.py covers).
"""

from __future__ import annotations

import hashlib
import textwrap

import pytest

from kzdata import metadata
from kzdata.errors import MetadataError
from kzdata.validate import problems

GOOD_TOML = """
title = "A tiny table"
description = "Two rows for testing."
topics = ["testing"]
publishers = ["Nobody"]
licence = "CC0"
citation = "Test table."
retrieved = "2026-11-22"
compiled = "Typed in by the test."
caveats = ["Not real data."]
sha256 = "{sha}"

[columns.year]
description = "Year."
unit = "none"
dtype = "Int64"

[columns.value_pct]
description = "A share."
unit = "%"
dtype = "float64"

[columns.source_id]
description = "Source."
unit = "none"
dtype = "string"
"""

SOURCES = """
[src]
publisher = "Nobody"
title = "Nothing"
date = "2026"
url = "https://example.org"
type = "primary"
"""


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setattr(metadata, "data_dir", lambda: tmp_path)
    for cached in (metadata.read_info, metadata.read_sources, metadata.dataset_names,
                   metadata._sidecar_paths):
        cached.cache_clear()
    yield tmp_path
    for cached in (metadata.read_info, metadata.read_sources, metadata.dataset_names,
                   metadata._sidecar_paths):
        cached.cache_clear()


def write(folder, csv="year,value_pct,source_id\n2020,1.5,src\n2021,2.5,src\n", toml=GOOD_TOML,
          sources=SOURCES):
    (folder / "tiny.csv").write_text(csv)
    sha = hashlib.sha256(csv.encode()).hexdigest()
    (folder / "tiny.toml").write_text(textwrap.dedent(toml).replace("{sha}", sha))
    (folder / "sources.toml").write_text(sources)


def test_a_sound_dataset_has_no_problems(folder):
    write(folder)
    assert problems("tiny") == []
    assert metadata.read_info("tiny").dtypes == {
        "year": "Int64", "value_pct": "float64", "source_id": "string"
    }


def test_missing_keys_are_named(folder):
    write(folder, toml=GOOD_TOML.replace('licence = "CC0"\n', ""))
    with pytest.raises(MetadataError) as caught:
        metadata.read_info("tiny")
    assert str(caught.value) == (
        "metadata of 'tiny' (tiny.toml): missing required keys: licence. "
        "See kzdata/data/README.md for the metadata rules."
    )


def test_unknown_dtype_is_rejected(folder):
    write(folder, toml=GOOD_TOML.replace('dtype = "float64"', 'dtype = "float"'))
    with pytest.raises(MetadataError, match=r"dtype 'float' is not one of string, Int64"):
        metadata.read_info("tiny")


def test_column_without_unit_is_rejected(folder):
    write(folder, toml=GOOD_TOML.replace('unit = "%"', 'unit = ""'))
    with pytest.raises(MetadataError, match=r"\[columns.value_pct\] lacks unit"):
        metadata.read_info("tiny")


def test_stale_checksum_is_reported(folder):
    write(folder)
    (folder / "tiny.csv").write_text("year,value_pct,source_id\n2020,9.9,src\n2021,2.5,src\n")
    found = problems("tiny")
    assert len(found) == 1 and found[0].startswith("sha256 of tiny.csv is ")


def test_unknown_source_and_empty_source_are_reported(folder):
    write(folder, csv="year,value_pct,source_id\n2020,1.5,elsewhere\n2021,2.5,\n")
    found = problems("tiny")
    assert "1 rows have an empty source_id" in found
    assert "source ids not in sources.toml: elsewhere" in found


def test_header_that_differs_from_metadata_is_reported(folder):
    write(folder, csv="year,share_pct,source_id\n2020,1.5,src\n")
    assert problems("tiny")[0].startswith("CSV header ['year', 'share_pct', 'source_id'] differs")


def test_values_that_do_not_fit_the_dtype_are_reported(folder):
    write(folder, csv="year,value_pct,source_id\n2020,one and a half,src\n")
    assert "does not load with the declared dtypes" in problems("tiny")[0]


def test_bad_source_type_and_date_are_rejected(folder):
    write(folder, sources=SOURCES.replace('type = "primary"', 'type = "blog"'))
    with pytest.raises(MetadataError, match=r"type 'blog' is not primary or secondary"):
        metadata.read_sources()
    metadata.read_sources.cache_clear()
    write(folder, sources=SOURCES.replace('date = "2026"', 'date = "last year"'))
    with pytest.raises(MetadataError, match=r"date 'last year' is not YYYY-MM-DD"):
        metadata.read_sources()


def test_duplicate_rows_are_reported(folder):
    write(folder, csv="year,value_pct,source_id\n2020,1.5,src\n2020,1.5,src\n")
    assert "1 rows are exact duplicates of another row" in problems("tiny")
