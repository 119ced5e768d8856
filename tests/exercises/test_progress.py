"""Local progress: round trip, a damaged file moved aside and reported, unwritable places."""

from __future__ import annotations

import json
import os
import warnings
from pathlib import Path

import pandas as pd
import pytest

from kzdata.exercises import (
    NumberQuestion,
    ReflectionQuestion,
    Solution,
    ____,
    progress,
    progress_path,
    reset_progress,
)
from kzdata.exercises import store
from kzdata.exercises.registry import all_questions

Q = NumberQuestion(id="ex99.q1", prompt="p", expected=10, reference=Solution(code="x = 10"))
SECRET = "my private thoughts about my future job, which nobody else should read"
REFLECT = ReflectionQuestion(id="ex99.q2", prompt="p", model_answer="m", rubric=["r"], min_words=3)


def _entries(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))["questions"]


def test_the_env_var_chooses_the_file(progress_file: Path) -> None:
    assert progress_path() == progress_file


def test_the_default_is_the_user_data_directory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import platformdirs

    monkeypatch.delenv("KZDATA_PROGRESS_FILE")
    calls = []
    monkeypatch.setattr(
        platformdirs, "user_data_dir", lambda *a, **k: calls.append((a, k)) or str(tmp_path / "data")
    )
    assert progress_path() == tmp_path / "data" / "progress.json"
    assert calls == [(("kzdata",), {"appauthor": False})]


def test_round_trip_keeps_the_best_status_and_counts_real_attempts(progress_file: Path) -> None:
    Q.check(____)
    assert _entries(progress_file)["ex99.q1"]["status"] == "not_attempted"
    assert _entries(progress_file)["ex99.q1"]["attempts"] == 0
    Q.check(9)
    Q.check(10)
    Q.check(9)  # a later wrong answer does not undo a correct one
    entry = _entries(progress_file)["ex99.q1"]
    assert entry["status"] == "correct" and entry["attempts"] == 3
    assert entry["last_checked"].endswith("Z")


def test_progress_table_lists_every_question_of_every_exercise(progress_file: Path) -> None:
    Q.check(10)
    table = progress()
    assert list(table.columns) == ["exercise", "question", "status", "attempts", "last_checked"]
    known = [q.id for q in all_questions()]
    assert [f"{e}.{q}" for e, q in zip(table["exercise"], table["question"], strict=True)] == known + ["ex99.q1"]
    row = table.set_index(["exercise", "question"]).loc[("ex99", "q1")]
    assert row["status"] == "correct" and row["attempts"] == 1
    assert isinstance(row["last_checked"], pd.Timestamp)
    untouched = table[table["exercise"] == "ex00"]
    assert (untouched["status"] == "not_attempted").all() and (untouched["attempts"] == 0).all()
    assert untouched["last_checked"].isna().all()
    assert table.attrs["progress_file"] == str(progress_file)
    assert "ex99" in repr(table)  # a readable table


def test_no_answer_text_is_ever_stored(progress_file: Path) -> None:
    assert REFLECT.check(SECRET).status == "reflection"
    text = progress_file.read_text(encoding="utf-8")
    assert "private" not in text and _entries(progress_file)["ex99.q2"]["status"] == "reflection"


def test_writes_are_atomic_and_leave_no_temporary_files(progress_file: Path) -> None:
    for _ in range(5):
        Q.check(10)
    assert sorted(p.name for p in progress_file.parent.iterdir()) == ["progress.json"]


@pytest.mark.parametrize(
    "damage",
    [b"{not json", b"\xff\xfe\x00garbage", b"[]", b'{"format": "kzdata-progress", "version": 1}',
     b'{"format": "kzdata-progress", "version": 1, "questions": {"ex99.q1": {"status": "great"}}}',
     b'{"format": "something else"}', b""],
)
def test_a_damaged_file_is_moved_aside_reported_once_and_never_lost(progress_file: Path, damage: bytes) -> None:
    progress_file.parent.mkdir(parents=True)
    progress_file.write_bytes(damage)
    outcome = Q.check(10)
    assert outcome.status == "correct"
    assert len(outcome.notes) == 1 and "was damaged, so it was moved to" in outcome.notes[0]
    assert "Note: Your progress file was damaged" in str(outcome)
    assert "*Note: Your progress file was damaged" in outcome._repr_markdown_()
    moved = list(progress_file.parent.glob("progress.json.corrupt-*"))
    assert len(moved) == 1 and moved[0].read_bytes() == damage and moved[0].name in outcome.notes[0]
    assert _entries(progress_file)["ex99.q1"]["status"] == "correct"
    assert Q.check(10).notes == ()  # reported once: the new file is fine


def test_two_damaged_files_in_the_same_second_both_survive(progress_file: Path) -> None:
    progress_file.parent.mkdir(parents=True)
    for damage in (b"{one", b"{two"):
        progress_file.write_bytes(damage)
        Q.check(10)
    kept = sorted(p.read_bytes() for p in progress_file.parent.glob("progress.json.corrupt-*"))
    assert kept == [b"{one", b"{two"]


def test_progress_table_warns_about_a_damaged_file(progress_file: Path) -> None:
    progress_file.parent.mkdir(parents=True)
    progress_file.write_bytes(b"{broken")
    with pytest.warns(UserWarning, match="was damaged, so it was moved to"):
        table = progress()
    assert (table["status"] == "not_attempted").all()
    assert list(progress_file.parent.glob("progress.json.corrupt-*"))


def test_an_unwritable_location_still_gives_feedback_with_a_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("KZDATA_PROGRESS_FILE", str(blocker / "progress.json"))
    outcome = Q.check(10)
    assert outcome.status == "correct"
    assert len(outcome.notes) == 1 and "could not be saved" in outcome.notes[0]
    assert "Your answer was still checked." in str(outcome)
    assert blocker.read_text() == "not a folder"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root ignores permissions")
def test_a_read_only_folder_still_gives_feedback_with_a_note(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        monkeypatch.setenv("KZDATA_PROGRESS_FILE", str(folder / "progress.json"))
        outcome = Q.check(10)
        assert outcome.status == "correct" and "could not be saved" in outcome.notes[0]
    finally:
        folder.chmod(0o700)


def test_a_failing_write_leaves_the_old_file_intact(progress_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Q.check(9)
    before = progress_file.read_bytes()

    def broken_dump(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store.json, "dump", broken_dump)
    outcome = Q.check(10)
    assert outcome.status == "correct" and "could not be saved" in outcome.notes[0]
    assert progress_file.read_bytes() == before
    assert sorted(p.name for p in progress_file.parent.iterdir()) == ["progress.json"]


def test_an_unreadable_file_is_left_alone(progress_file: Path) -> None:
    progress_file.mkdir(parents=True)  # a folder where the file should be: reading fails
    outcome = Q.check(10)
    assert outcome.status == "correct" and "could not be read" in outcome.notes[0]
    assert progress_file.is_dir()


def test_a_file_from_a_newer_kzdata_is_left_unchanged(progress_file: Path) -> None:
    progress_file.parent.mkdir(parents=True)
    newer = b'{"format": "kzdata-progress", "version": 99, "questions": {}}'
    progress_file.write_bytes(newer)
    outcome = Q.check(10)
    assert outcome.status == "correct" and "newer kzdata" in outcome.notes[0]
    assert progress_file.read_bytes() == newer


def test_reset_refuses_without_confirmation_and_moves_the_file_aside(progress_file: Path) -> None:
    Q.check(10)
    with pytest.raises(ValueError, match=r"call reset_progress\(confirm=True\)"):
        reset_progress()
    with pytest.raises(ValueError):
        reset_progress(confirm="yes")  # type: ignore[arg-type]
    assert progress_file.exists()
    moved = reset_progress(confirm=True)
    assert moved is not None and moved.name.startswith("progress.json.reset-") and moved.exists()
    assert not progress_file.exists()
    assert reset_progress(confirm=True) is None
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert (progress()["status"] == "not_attempted").all()
