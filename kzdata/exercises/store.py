"""Local progress: each check's outcome, kept in a small JSON file on your own computer.

Nothing is ever sent anywhere, and no answer text is stored: only, per question, the best outcome
so far, how many times you checked a real answer, and when you last checked. A lecturer cannot
see any of it. The file lives in your user data directory (for example
``~/.local/share/kzdata/progress.json`` on Linux); set the environment variable
``KZDATA_PROGRESS_FILE`` to use another path.

A damaged file is moved aside (never deleted) and reported; a file that cannot be written is
reported too, and the check still gives its feedback.
"""

from __future__ import annotations

import json
import os
import tempfile
import warnings
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from kzdata.exercises._text import md_code, safe_str, type_name
from kzdata.exercises.outcome import STATUSES

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ENV_VAR", "progress", "progress_path", "record", "reset_progress"]

ENV_VAR: Final = "KZDATA_PROGRESS_FILE"
FORMAT: Final = "kzdata-progress"
VERSION: Final = 1
_RANK: Final = {"not_attempted": 0, "incorrect": 1, "reflection": 2, "correct": 2}
COLUMNS: Final = ("exercise", "question", "status", "attempts", "last_checked")


class _Unreadable(Exception):
    """The progress file exists but must not be touched (unreadable or from a newer kzdata)."""


def progress_path() -> Path:
    """Return the progress file's path: ``$KZDATA_PROGRESS_FILE`` or the user data directory.

    Examples
    --------
    >>> progress_path().name
    'progress.json'
    """
    override = os.environ.get(ENV_VAR, "").strip()
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("kzdata", appauthor=False)) / "progress.json"


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _empty() -> dict[str, Any]:
    return {"format": FORMAT, "version": VERSION, "questions": {}}


def _valid_entry(entry: object) -> bool:
    return (
        isinstance(entry, dict)
        and entry.get("status") in STATUSES
        and isinstance(entry.get("attempts"), int)
        and not isinstance(entry.get("attempts"), bool)
        and entry["attempts"] >= 0
        and isinstance(entry.get("last_checked"), str)
    )


def _move_aside(path: Path, tag: str) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.{tag}-{stamp}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.{tag}-{stamp}-{n}")
        n += 1
    os.replace(path, target)
    return target


def _load(path: Path) -> tuple[dict[str, Any], list[str]]:
    """Read the file. A damaged file is moved aside and a note says where it went.

    Raises ``_Unreadable`` when the file exists but must be left alone.
    """
    try:
        raw = path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        return _empty(), []
    except OSError as exc:
        raise _Unreadable(
            f"Your progress file {md_code(str(path))} could not be read ({type_name(exc)}), so "
            "this check was not recorded. Your answer was still checked."
        ) from exc
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a kzdata progress file")
        if isinstance(data.get("version"), int) and data["version"] > VERSION:
            raise _Unreadable(
                f"Your progress file {md_code(str(path))} was written by a newer kzdata; it was "
                "left unchanged. Update kzdata to record progress again."
            )
        questions = data.get("questions")
        if data.get("version") != VERSION or not isinstance(questions, dict):
            raise ValueError("unknown layout")
        if not all(isinstance(k, str) and _valid_entry(v) for k, v in questions.items()):
            raise ValueError("bad entry")
    except (ValueError, UnicodeDecodeError):
        try:
            moved = _move_aside(path, "corrupt")
        except OSError as exc:
            raise _Unreadable(
                f"Your progress file {md_code(str(path))} is damaged and could not be moved aside "
                f"({type_name(exc)}); it was left unchanged."
            ) from exc
        return _empty(), [
            f"Your progress file was damaged, so it was moved to {md_code(str(moved))} and a new "
            "one was started."
        ]
    return data, []


def _write(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=1, sort_keys=True)
            handle.write("\n")
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def record(question_id: str, status: str) -> list[str]:
    """Record one check's outcome; return notes for the student (empty when all went well).

    Never raises: any problem with the file becomes a one-line note.

    Examples
    --------
    >>> record("demo.q1", "correct")
    []
    """
    try:
        path = progress_path()
    except Exception as exc:  # e.g. no home directory at all
        return [f"Your progress could not be saved ({type_name(exc)}: {safe_str(exc)})."]
    try:
        data, notes = _load(path)
    except _Unreadable as exc:
        return [str(exc)]
    except Exception as exc:
        return [f"Your progress could not be read from {md_code(str(path))} ({type_name(exc)})."]
    entry = data["questions"].get(question_id, {"status": "not_attempted", "attempts": 0})
    if _RANK.get(status, 0) >= _RANK.get(entry["status"], 0):
        entry["status"] = status
    if status != "not_attempted":
        entry["attempts"] = entry.get("attempts", 0) + 1
    entry["last_checked"] = _now()
    data["questions"][question_id] = entry
    try:
        _write(path, data)
    except Exception as exc:
        notes.append(
            f"Your progress could not be saved to {md_code(str(path))} ({type_name(exc)}). "
            "Your answer was still checked."
        )
    return notes


def progress() -> pd.DataFrame:
    """Show your progress: one row per question, with the best outcome so far.

    Lists every question of every exercise in kzdata, so you can see what is left.

    Returns
    -------
    pandas.DataFrame
        Columns ``exercise``, ``question``, ``status`` (``not_attempted``, ``incorrect``,
        ``correct`` or ``reflection``), ``attempts`` and ``last_checked`` (UTC; empty if never).

    Examples
    --------
    >>> table = progress()
    >>> list(table.columns)
    ['exercise', 'question', 'status', 'attempts', 'last_checked']
    """
    import pandas as pd

    from kzdata.exercises.registry import all_questions

    path = progress_path()
    try:
        data, notes = _load(path)
    except _Unreadable as exc:
        data, notes = _empty(), [str(exc)]
    for note in notes:
        warnings.warn(note.replace("`", ""), UserWarning, stacklevel=2)
    recorded: dict[str, Any] = data["questions"]
    ids = [q.id for q in all_questions()]
    ids += sorted(set(recorded) - set(ids))
    rows = []
    for qid in ids:
        entry = recorded.get(qid, {})
        exercise, _, name = qid.partition(".")
        rows.append(
            {
                "exercise": exercise,
                "question": name,
                "status": entry.get("status", "not_attempted"),
                "attempts": entry.get("attempts", 0),
                "last_checked": entry.get("last_checked"),
            }
        )
    table = pd.DataFrame(rows, columns=list(COLUMNS))
    table["attempts"] = table["attempts"].astype("int64")
    table["last_checked"] = pd.to_datetime(table["last_checked"], utc=True, errors="coerce")
    table.attrs["progress_file"] = str(path)
    return table


def reset_progress(confirm: bool = False) -> Path | None:
    """Start your progress again. The old file is moved aside, never deleted.

    Parameters
    ----------
    confirm : bool, default False
        Must be True; without it nothing happens and a ``ValueError`` explains why.

    Returns
    -------
    pathlib.Path or None
        Where the old file went, or None if there was no progress file.
    """
    if confirm is not True:
        raise ValueError(
            "reset_progress() starts your progress again and moves the current file aside. "
            "To do it, call reset_progress(confirm=True)."
        )
    path = progress_path()
    if not path.exists():
        return None
    return _move_aside(path, "reset")
