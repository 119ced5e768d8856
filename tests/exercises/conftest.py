"""Fixtures for the exercise-engine tests.

Every test here records progress into its own temporary file (``KZDATA_PROGRESS_FILE``), never
into the real user data directory.
"""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def progress_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the progress store at a fresh temporary file for each test."""
    path = tmp_path / "kzdata-progress" / "progress.json"
    monkeypatch.setenv("KZDATA_PROGRESS_FILE", str(path))
    return path
