"""Doctest set-up for ``pytest --doctest-modules kzdata``: examples never touch your real progress.

Every doctest in this package runs with ``KZDATA_PROGRESS_FILE`` pointing into a fresh temporary
folder, so the examples that call ``check()`` record nothing in the user's data directory.
"""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _private_progress_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KZDATA_PROGRESS_FILE", str(tmp_path / "progress.json"))
