"""`kzdata solutions --to DIR`: lecturer's copies with the reference solutions filled in."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kzdata.exercises import ExerciseDefinitionError
from kzdata.exercises.nbtools import cell_source, cells_tagged, question_of, read_notebook
from kzdata.exercises.registry import find_question
from kzdata.exercises.solutions import default_exercises_dir, fill_solutions, main, write_solutions

REPO_ROOT = Path(__file__).resolve().parents[2]
EXERCISES = REPO_ROOT / "exercises"
NOTEBOOKS = sorted(p.name for p in EXERCISES.glob("*.ipynb"))


def _notebook(*cells: dict) -> dict:
    return {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": list(cells)}


def _answer_cell(source: str, question: str | None) -> dict:
    meta: dict = {"tags": ["answer"]}
    if question:
        meta["kzdata"] = {"question": question}
    return {"cell_type": "code", "id": "a1", "metadata": meta, "source": source, "outputs": [],
            "execution_count": None}


def test_default_exercises_dir_is_the_repositorys() -> None:
    assert default_exercises_dir() == EXERCISES


def test_writes_one_lecturer_copy_per_exercise_notebook_with_solutions(tmp_path: Path) -> None:
    written = write_solutions(tmp_path / "lecturer")
    assert [p.name for p in written] == NOTEBOOKS
    for path in written:
        notebook = read_notebook(path)
        assert cell_source(notebook["cells"][0]).startswith("> **Lecturer's copy, with reference solutions.**")
        for cell in cells_tagged(notebook, "answer"):
            question = find_question(question_of(cell) or "")
            assert question.reference is not None
            assert cell_source(cell) == question.reference.code.strip("\n")
            assert "____" not in cell_source(cell)
        notes = [c for c in notebook["cells"] if "solution-note" in c.get("metadata", {}).get("tags", [])]
        assert len(notes) >= 2
        ids = [c["id"] for c in notebook["cells"]]
        assert len(ids) == len(set(ids)), "cell ids must stay unique"
        student = read_notebook(EXERCISES / path.name)
        assert len(notebook["cells"]) > len(student["cells"])


def test_the_students_notebooks_are_not_changed(tmp_path: Path) -> None:
    before = {name: (EXERCISES / name).read_bytes() for name in NOTEBOOKS}
    write_solutions(tmp_path / "out")
    assert {name: (EXERCISES / name).read_bytes() for name in NOTEBOOKS} == before


@pytest.mark.parametrize("inside", ["", "sub", "sub/deeper"])
def test_refuses_to_write_into_the_exercises_folder(inside: str) -> None:
    target = EXERCISES / inside if inside else EXERCISES
    with pytest.raises(ValueError, match="Refusing to write solutions into .* students' exercises folder"):
        write_solutions(target)
    assert not (EXERCISES / "sub").exists()


def test_refuses_the_exercises_folder_given_by_a_relative_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO_ROOT)
    with pytest.raises(ValueError, match="Refusing"):
        write_solutions("exercises/../exercises")


def test_refuses_to_overwrite_and_then_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / NOTEBOOKS[0]).write_text("lecturer's own notes")
    with pytest.raises(FileExistsError, match=r"Not writing anything: .* already has .*--overwrite"):
        write_solutions(out)
    assert sorted(p.name for p in out.iterdir()) == [NOTEBOOKS[0]]
    assert (out / NOTEBOOKS[0]).read_text() == "lecturer's own notes"
    assert [p.name for p in write_solutions(out, overwrite=True)] == NOTEBOOKS
    assert json.loads((out / NOTEBOOKS[0]).read_text())["nbformat"] == 4


def test_refuses_a_target_that_is_a_file(tmp_path: Path) -> None:
    target = tmp_path / "file.txt"
    target.write_text("x")
    with pytest.raises(FileExistsError, match="is not a folder"):
        write_solutions(target)


def test_other_exercise_folders_and_their_errors(tmp_path: Path) -> None:
    source = tmp_path / "ex"
    source.mkdir()
    with pytest.raises(FileNotFoundError, match="No exercise notebooks"):
        write_solutions(tmp_path / "out", exercises_dir=source)
    (source / "01.ipynb").write_text(json.dumps(_notebook(_answer_cell("n_groups = ____", "ex00.q1"))))
    with pytest.raises(ValueError, match="Refusing"):
        write_solutions(source / "copies", exercises_dir=source)
    [path] = write_solutions(tmp_path / "out", exercises_dir=source)
    assert cell_source(cells_tagged(read_notebook(path), "answer")[0]) == "n_groups = len(isco)"


@pytest.mark.parametrize(
    ("question", "message"),
    [(None, "An answer cell has no question in its metadata"), ("ex00.q99", "No question has the id 'ex00.q99'")],
)
def test_badly_tagged_answer_cells_are_author_errors(question: str | None, message: str) -> None:
    with pytest.raises(ExerciseDefinitionError, match=message):
        fill_solutions(_notebook(_answer_cell("x = ____", question)))


def test_fill_solutions_without_notes_changes_only_answer_cells() -> None:
    student = read_notebook(EXERCISES / NOTEBOOKS[0])
    filled = fill_solutions(student, notes=False)
    assert len(filled["cells"]) == len(student["cells"])
    changed = [i for i, (a, b) in enumerate(zip(student["cells"], filled["cells"], strict=True)) if a != b]
    answers = [i for i, c in enumerate(student["cells"]) if "answer" in c["metadata"].get("tags", [])]
    assert changed == answers


def test_main_prints_what_it_wrote_and_returns_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--to", str(tmp_path / "out")]) == 0
    assert capsys.readouterr().out.count("wrote ") == len(NOTEBOOKS)
    assert main(["--to", str(tmp_path / "out")]) == 1
    assert "kzdata solutions: Not writing anything" in capsys.readouterr().err


def test_python_dash_m_works_on_its_own(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")])))
    run = subprocess.run(
        [sys.executable, "-m", "kzdata.exercises.solutions", "--to", str(tmp_path / "copies")],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120, check=False,
    )
    assert run.returncode == 0, run.stderr
    assert sorted(p.name for p in (tmp_path / "copies").iterdir()) == NOTEBOOKS
    refused = subprocess.run(
        [sys.executable, "-m", "kzdata.exercises.solutions", "--to", str(EXERCISES)],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120, check=False,
    )
    assert refused.returncode == 1 and "Refusing to write solutions" in refused.stderr
    usage = subprocess.run(
        [sys.executable, "-m", "kzdata.exercises.solutions"],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120, check=False,
    )
    assert usage.returncode == 2 and "--to" in usage.stderr
