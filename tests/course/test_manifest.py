"""The course manifest is sound, and every notebook agrees with it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import kzdata
from kzdata import course

ROOT = Path(__file__).resolve().parents[2]
LESSONS = course.lessons()
MANIFEST = course.read_manifest()


def test_lesson_ids_are_unique_and_in_order():
    ids = [item.id for item in LESSONS]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert ids == [f"{n:02d}" for n in range(len(ids))]


@pytest.mark.parametrize("item", LESSONS, ids=[item.id for item in LESSONS])
def test_entry_is_complete_and_consistent(item):
    assert item.notebook == f"lessons/{item.id}-{item.slug}.ipynb"
    assert item.exercise == f"exercises/{item.id}-{item.slug}.ipynb"
    assert item.module in {m["id"] for m in MANIFEST["modules"]}
    assert len(item.objectives) == 3 and len(item.key_points) >= 3
    assert set(item.competencies) <= set(MANIFEST["competencies"])
    assert all(p < item.id for p in item.prerequisites)
    assert item.minutes_teaching > 0 and item.minutes_exercises > 0


@pytest.mark.parametrize("item", LESSONS, ids=[item.id for item in LESSONS])
def test_every_dataset_a_lesson_names_exists(item):
    names = set(kzdata.list_datasets()["name"])
    assert set(item.datasets) <= names, sorted(set(item.datasets) - names)


@pytest.mark.parametrize("item", LESSONS, ids=[item.id for item in LESSONS])
def test_every_entry_has_its_notebooks(item):
    assert (ROOT / item.notebook).exists(), f"{item.notebook} is in the manifest but missing"
    assert (ROOT / item.exercise).exists(), f"{item.exercise} is in the manifest but missing"


def test_every_notebook_is_in_the_manifest():
    listed = {item.notebook for item in LESSONS} | {item.exercise for item in LESSONS}
    found = {
        str(p.relative_to(ROOT)) for folder in ("lessons", "exercises")
        for p in (ROOT / folder).glob("*.ipynb")
    }
    assert not found - listed, f"notebooks missing from course/course.toml: {sorted(found - listed)}"


@pytest.mark.parametrize(
    "item", [i for i in LESSONS if (ROOT / i.notebook).exists()], ids=lambda i: i.id
)
def test_lesson_metadata_equals_the_manifest(item):
    notebook = json.loads((ROOT / item.notebook).read_text(encoding="utf-8"))
    assert notebook["metadata"].get("kzdata") == course.notebook_metadata(item)
    first = notebook["cells"][0]
    assert course.HEADER_TAG in first["metadata"].get("tags", [])
    assert "".join(first["source"]) == course.header_markdown(item)
    points = [c for c in notebook["cells"] if course.KEY_POINTS_TAG in c["metadata"].get("tags", [])]
    assert len(points) == 1 and "".join(points[0]["source"]) == course.key_points_markdown(item)


def test_the_header_tool_finds_nothing_to_change():
    out = subprocess.run([sys.executable, str(ROOT / "tools" / "lesson_header.py"), "--check"],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
