"""Registry-wide data tests: every rule of kzdata/data/README.md, for every dataset."""

from __future__ import annotations

import pandas as pd
import pytest

import kzdata
from kzdata.metadata import dataset_names, read_info, read_sources
from kzdata.validate import problems

NAMES = dataset_names()
BUNDLED = [n for n in NAMES if read_info(n).tier == "bundled"]

# The datasets issue 2 promises; the registry may grow, never shrink below these.
REQUIRED_BUNDLED = {
    "claims", "employment_headlines", "employment_by_sector", "employment_by_occupation",
    "occupation_gender_shares", "unemployment_by_region", "wages", "education",
    "exposure_estimates", "genz_surveys", "policy_timeline", "digital_indicators",
    "isco_major_groups", "glossary",
}


def test_every_promised_dataset_is_bundled():
    assert REQUIRED_BUNDLED <= set(BUNDLED), sorted(REQUIRED_BUNDLED - set(BUNDLED))


@pytest.mark.parametrize("name", BUNDLED)
def test_bundled_dataset_keeps_the_storage_contract(name):
    assert problems(name) == []


@pytest.mark.parametrize("name", BUNDLED)
def test_loads_offline_with_declared_columns_and_dtypes(name):
    frame = kzdata.load(name)
    meta = kzdata.info(name)
    assert list(frame.columns) == meta.column_names
    assert {c: str(t) for c, t in frame.dtypes.items()} == meta.dtypes
    assert len(frame) > 0
    assert frame.attrs["name"] == name
    assert frame.attrs["licence"] == meta.licence


@pytest.mark.parametrize("name", NAMES)
def test_metadata_is_complete(name):
    meta = kzdata.info(name)
    for text in (meta.title, meta.description, meta.licence, meta.citation, meta.compiled):
        assert text.strip()
    assert meta.caveats and all(c.strip() for c in meta.caveats)
    assert meta.publishers and meta.topics
    for column in meta.columns:
        assert column.description.strip() and column.unit.strip()


@pytest.mark.parametrize("name", NAMES)
def test_every_dataset_cites_resolvable_sources(name):
    sources = kzdata.cite(name).sources
    assert sources, f"{name} cites no source"
    for source in sources:
        # Our own wording (the glossary) lives in this repository: a path, not a web address.
        own = source.publisher == "kzdata course team"
        assert source.url.startswith(("http://", "https://")) or (own and not source.url.startswith("http"))


@pytest.mark.parametrize("name", NAMES)
def test_info_renders_as_markdown_and_text(name):
    meta = kzdata.info(name)
    markdown = meta._repr_markdown_()
    text = str(meta)
    for column in meta.column_names:
        assert f"`{column}`" in markdown
        assert column in text
    assert "Caveats" in markdown and "Licence" in text


def test_loaded_frames_are_independent_copies():
    first = kzdata.load("isco_major_groups")
    first.loc[0, "label_en"] = "changed by a student"
    assert kzdata.load("isco_major_groups").loc[0, "label_en"] != "changed by a student"


def test_sources_registry_is_used_and_typed():
    registry = read_sources()
    used = {s.source_id for name in NAMES for s in kzdata.cite(name).sources}
    unused = sorted(set(registry) - used)
    assert not unused, f"sources.toml entries no dataset uses: {unused}"
    assert {s.type for s in registry.values()} <= {"primary", "secondary"}


def test_list_datasets_describes_every_dataset():
    table = kzdata.list_datasets()
    assert list(table.columns) == ["name", "title", "rows", "tier", "topics"]
    assert sorted(table["name"]) == sorted(NAMES)
    bundled = table[table["tier"] == "bundled"]
    for name, rows in zip(bundled["name"], bundled["rows"]):
        assert rows == len(kzdata.load(name))
    assert pd.api.types.is_integer_dtype(table["rows"])
