"""The course manifest (``course/course.toml``) and what is generated from it.

The manifest is the single place where the sequence of lessons is written down. Each lesson
notebook carries a copy of its entry in its metadata, and starts and ends with cells rendered
from it (the header with objectives, and the key points); ``python tools/lesson_header.py``
writes them and the tests fail when a notebook and the manifest differ.

This module needs a checkout of the course repository (the manifest is not part of the
installed package).
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kzdata.errors import KzdataError

__all__ = [
    "Lesson",
    "CourseManifestError",
    "repository_root",
    "read_manifest",
    "lessons",
    "lesson",
    "notebook_metadata",
    "header_markdown",
    "key_points_markdown",
    "module_map_markdown",
    "HEADER_TAG",
    "KEY_POINTS_TAG",
]

HEADER_TAG = "lesson-header"
KEY_POINTS_TAG = "key-points"
#: The manifest fields a lesson notebook repeats in ``metadata["kzdata"]``.
NOTEBOOK_FIELDS = (
    "id", "title", "module", "minutes_teaching", "minutes_exercises", "prerequisites",
    "objectives", "key_points", "competencies", "datasets",
)


class CourseManifestError(KzdataError):
    """The course manifest is missing or breaks its own rules."""


@dataclass(frozen=True)
class Lesson:
    """One lesson of the course, as the manifest describes it."""

    id: str
    slug: str
    module: str
    title: str
    notebook: str
    exercise: str
    minutes_teaching: int
    minutes_exercises: int
    prerequisites: tuple[str, ...]
    objectives: tuple[str, ...]
    key_points: tuple[str, ...]
    competencies: tuple[str, ...]
    datasets: tuple[str, ...]


def repository_root() -> Path:
    """Return the root of the course repository that this kzdata was installed from."""
    root = Path(__file__).resolve().parents[1]
    if not (root / "course" / "course.toml").exists():
        raise CourseManifestError(
            f"the course manifest is not at {root / 'course' / 'course.toml'}. The course "
            "commands work in a checkout of the course repository (git clone, then make lab)."
        )
    return root


@functools.cache
def read_manifest() -> dict[str, Any]:
    """Read ``course/course.toml`` as a dictionary (cached)."""
    with open(repository_root() / "course" / "course.toml", "rb") as handle:
        return tomllib.load(handle)


def lessons() -> list[Lesson]:
    """Return every lesson of the manifest, in course order."""
    result = []
    for entry in read_manifest()["lessons"]:
        fields = {name: entry[name] for name in Lesson.__dataclass_fields__}
        for name in ("prerequisites", "objectives", "key_points", "competencies", "datasets"):
            fields[name] = tuple(fields[name])
        result.append(Lesson(**fields))
    return result


def lesson(lesson_id: str) -> Lesson:
    """Return one lesson by its id (``"01"``)."""
    for item in lessons():
        if item.id == lesson_id:
            return item
    known = ", ".join(item.id for item in lessons())
    raise CourseManifestError(f"there is no lesson {lesson_id!r} in the manifest; lessons: {known}.")


def notebook_metadata(item: Lesson) -> dict[str, Any]:
    """Return the ``metadata["kzdata"]`` a lesson notebook must carry."""
    values = {name: getattr(item, name) for name in NOTEBOOK_FIELDS}
    return {k: list(v) if isinstance(v, tuple) else v for k, v in values.items()}


def _module_title(module_id: str) -> str:
    for module in read_manifest()["modules"]:
        if module["id"] == module_id:
            return str(module["title"])
    raise CourseManifestError(f"lesson module {module_id!r} is not in the manifest's modules.")


def header_markdown(item: Lesson) -> str:
    """Render the first cell of a lesson notebook: title, time, objectives, competencies, data."""
    names = read_manifest()["competencies"]
    before = (
        "lessons " + ", ".join(item.prerequisites) if len(item.prerequisites) > 1
        else f"lesson {item.prerequisites[0]}" if item.prerequisites else "nothing"
    )
    lines = [
        f"# Lesson {item.id} · {item.title}",
        "",
        f"*Module {item.module}: {_module_title(item.module)} · about {item.minutes_teaching} "
        f"minutes, then about {item.minutes_exercises} minutes of exercises "
        f"(`{item.exercise}`) · before this: {before}*",
        "",
        "**By the end of this lesson you can:**",
        "",
    ]
    lines += [f"{n}. {objective}" for n, objective in enumerate(item.objectives, start=1)]
    lines += [
        "",
        "**Competencies** (UNESCO AI competency framework for students, 2024): "
        + "; ".join(f"{c} {names[c].split(' (')[0]}" for c in item.competencies),
        "",
        "**Data:** " + ", ".join(f"`{d}`" for d in item.datasets)
        + " (run `kzdata.info(name)` to see where each comes from)",
        "",
        "**How to use this notebook:** run the cells from top to bottom with Shift+Enter. Change "
        "the code and the controls as you like. If something goes wrong, choose "
        "*Kernel → Restart Kernel and Run All Cells*.",
    ]
    return "\n".join(lines)


def key_points_markdown(item: Lesson) -> str:
    """Render the key-points cell that closes a lesson notebook."""
    return "\n".join(["## Key points", ""] + [f"- {point}" for point in item.key_points])


def module_map_markdown() -> str:
    """Render the course map of the start page: one table per module, with links.

    Links are relative to ``lessons/``, where the start page is, so they open in JupyterLab.

    >>> "[Lesson 01: Reading the headline](01-reading-the-headline.ipynb)" in module_map_markdown()
    True
    """
    items = lessons()
    lines: list[str] = []
    for module in read_manifest()["modules"]:
        lines += [f"**Module {module['id']}: {module['title']}.** *{module['question']}*", "",
                  "| lesson | time | exercise |", "|---|---|---|"]
        for item in (i for i in items if i.module == module["id"]):
            lesson_link = f"[Lesson {item.id}: {item.title}]({item.notebook.removeprefix('lessons/')})"
            lines.append(f"| {lesson_link} | {item.minutes_teaching} min "
                         f"| [exercise](../{item.exercise}), {item.minutes_exercises} min |")
        lines.append("")
    teaching = sum(i.minutes_teaching for i in items) / 60
    practice = sum(i.minutes_exercises for i in items) / 60
    lines.append(f"In all: {len(items)} lessons, about {teaching:.1f} hours of lessons "
                 f"and {practice:.1f} hours of exercises.")
    return "\n".join(lines)
