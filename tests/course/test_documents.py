"""Generated course documents agree with the manifest and the answer keys, and are not stale."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from kzdata import course, coursedocs
from kzdata.cli import main
from kzdata.errors import KzdataError
from kzdata.exercises.registry import all_questions

ROOT = Path(__file__).resolve().parents[2]
LESSONS = course.lessons()


def test_generated_documents_are_up_to_date():
    assert coursedocs.build(check=True) == [], "run `kzdata course build` and commit the result"


def test_syllabus_lists_every_lesson_in_both_schedules():
    text = coursedocs.syllabus_markdown()
    for item in LESSONS:
        assert f"**{item.id} {item.title}**" in text
    for schedule in course.read_manifest()["schedules"]:
        taught = [i for s in schedule["sessions"] for i in s["lessons"]]
        assert sorted(taught) == [i.id for i in LESSONS], schedule["id"]
        assert schedule["title"] in text


def test_competency_counts_match_the_manifest():
    text = coursedocs.competencies_markdown()
    names = course.read_manifest()["competencies"]
    counts_row = next(line for line in text.splitlines() if line.startswith("| **lessons covering it**"))
    counts = [int(c.strip()) for c in counts_row.split("|")[2:-1]]
    expected = [sum(code in i.competencies for i in LESSONS) for code in names]
    assert counts == expected


def test_lecturer_guide_has_every_lesson_and_every_model_answer():
    text = coursedocs.lecturer_guide_markdown()
    for item in LESSONS:
        assert f"## Lesson {item.id}: {item.title}" in text
    for question in all_questions():
        if question.kind == "reflection":
            assert f"**{question.id}.**" in text
            assert " ".join(question.model_answer.split()) in text


@pytest.mark.parametrize("item", LESSONS, ids=lambda i: i.id)
def test_every_lesson_has_lecturer_notes(item):
    notes = ROOT / "course" / "notes" / f"{item.id}-{item.slug}.md"
    assert notes.exists(), f"write {notes.relative_to(ROOT)}"
    text = notes.read_text(encoding="utf-8")
    for heading in ("### Timing plan", "### Discussion prompts", "### Common misconceptions"):
        assert heading in text, f"{notes.name} lacks {heading}"


def test_hub_links_open_every_notebook_through_nbgitpuller():
    links = coursedocs.hub_links("https://hub.example.kz/", repo="https://github.com/org/ai-work-kz.git")
    assert len(links) == 2 * len(LESSONS)
    for (label, link), notebook in zip(links, [n for i in LESSONS for n in (i.notebook, i.exercise)]):
        parsed = urlparse(link)
        assert parsed.netloc == "hub.example.kz" and parsed.path == "/hub/user-redirect/git-pull"
        query = parse_qs(parsed.query)
        assert query["repo"] == ["https://github.com/org/ai-work-kz.git"]
        assert query["urlpath"] == [f"lab/tree/ai-work-kz/{notebook}"]
        assert query["branch"] == ["main"]


def test_hub_links_need_a_web_address():
    with pytest.raises(KzdataError, match="is not a web address"):
        coursedocs.hub_links("hub.example.kz", repo="https://github.com/org/x")


def test_cli_links_without_hub_is_a_clear_error(capsys):
    assert main(["course", "links"]) == 2
    assert "give your hub's address" in capsys.readouterr().err
