"""Lesson 00 (the start page): its links lead to notebooks of the manifest, its prose matches the data.

nbval already compares the stored outputs with a fresh run (so the module map, made from the
manifest in a code cell, cannot go stale unnoticed). These tests pin what nbval cannot see: the
links written in Markdown cells, and the figures that the prose states.
"""

from __future__ import annotations

import json
import re
from pathlib import Path, PurePosixPath

import pytest

import kzdata
from kzdata import course

ROOT = Path(__file__).resolve().parents[2]
LESSON = course.lesson("00")
NOTEBOOK = json.loads((ROOT / LESSON.notebook).read_text(encoding="utf-8"))
LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")


def _markdown_cells() -> list[str]:
    return ["".join(c["source"]) for c in NOTEBOOK["cells"] if c["cell_type"] == "markdown"]


def _map_output() -> str:
    for cell in NOTEBOOK["cells"]:
        if cell["cell_type"] == "code" and "module_map_markdown()" in "".join(cell["source"]):
            for output in cell["outputs"]:
                if "text/markdown" in output.get("data", {}):
                    return "".join(output["data"]["text/markdown"])
    raise AssertionError("the module map cell has no stored Markdown output")


def _resolve(target: str) -> str:
    """A link relative to lessons/ as a path from the repository root ('../course/' -> 'course')."""
    parts: list[str] = []
    for part in PurePosixPath("lessons", target).parts:
        if part == "..":
            parts.pop()
        elif part != ".":
            parts.append(part)
    return "/".join(parts)


def _relative_links(texts: list[str]) -> list[tuple[str, str]]:
    return [(text, target) for chunk in texts for text, target in LINK.findall(chunk)
            if not target.startswith(("http://", "https://", "#"))]


def test_every_relative_link_in_the_prose_leads_to_the_manifest_or_an_existing_file():
    notebooks = {i.notebook for i in course.lessons()} | {i.exercise for i in course.lessons()}
    links = _relative_links(_markdown_cells())
    assert links, "the start page links to no notebook"
    for text, target in links:
        path = _resolve(target)
        if path.endswith(".ipynb"):
            assert path in notebooks, f"[{text}]({target}) is not a notebook of course/course.toml"
        else:
            # JupyterLab cannot open a link to a folder ("... is a directory, not a file"):
            # link to a file that is committed with the course
            assert (ROOT / path).is_file(), f"[{text}]({target}) is not a file of the repository"


def test_lesson_links_in_the_prose_carry_the_manifest_titles():
    titles = {i.notebook: f"Lesson {i.id}: {i.title}" for i in course.lessons()}
    for text, target in _relative_links(_markdown_cells()):
        path = _resolve(target)
        if path in titles:
            assert text == titles[path], f"link text {text!r} should be {titles[path]!r}"


def test_the_stored_module_map_links_every_lesson_and_exercise_of_the_manifest():
    shown = {(text, _resolve(target)) for text, target in _relative_links([_map_output()])}
    for item in course.lessons():
        assert (f"Lesson {item.id}: {item.title}", item.notebook) in shown, (
            f"lesson {item.id} is missing from the stored map: run "
            f"python tools/execute_notebooks.py {LESSON.notebook}"
        )
        assert ("exercise", item.exercise) in shown, item.exercise


def test_employed_2024_is_the_bns_figure_the_prose_and_the_check_use():
    rows = kzdata.load("employment_headlines", period="2024", indicator="employed")
    everyone = rows[rows["age_band"].isna()]
    assert everyone["value"].tolist() == [9200.0]
    assert everyone["unit"].item() == "thousand persons"
    assert everyone["source_type"].item() == "primary"
    from kzdata.exercises import lesson00

    assert lesson00.q1.check(everyone["value"].item() / 1000).status == "correct"


def test_agriculture_shares_stated_in_the_prose():
    table = kzdata.load("employment_by_sector", sector_scheme="three_sector", sex="total",
                        sector="agriculture", year=[2001, 2020])
    shares = {(r.series, r.year): round(r.share_pct, 1) for r in table.itertuples()}
    assert shares == {("official", 2001): 35.0, ("official", 2020): 13.5,
                      ("modelled", 2001): 35.5, ("modelled", 2020): 13.5}
    # the takeaway: "fell by more than half ... in both series"
    assert all(shares[(s, 2020)] < shares[(s, 2001)] / 2 for s in ("official", "modelled"))


def test_the_13_percent_claim_and_the_ledger_counts_stated_in_the_prose():
    claims = kzdata.load("claims")
    claim = claims.loc[claims["claim_id"] == "seed_tasks_13pct"].iloc[0]
    assert claim["status"] == "source found" and claim["source_type"] == "secondary"
    assert claim["claim_date"] == "2025-11-13" and claim["claimed_by"].startswith("The Astana Times")
    counts = claims["status"].value_counts()
    assert (len(claims), counts["source found"], counts["confirmed"]) == (60, 31, 26)


@pytest.mark.parametrize("name", LESSON.datasets)
def test_every_dataset_of_the_lesson_is_cited_in_its_sources(name):
    sources = [i for i, c in enumerate(NOTEBOOK["cells"]) if "".join(c["source"]).startswith("## Sources")]
    assert sources, "the lesson has no '## Sources' section"
    after = ["".join(c["source"]) for c in NOTEBOOK["cells"][sources[0]:] if c["cell_type"] == "code"]
    assert f'kzdata.cite("{name}")' in after
