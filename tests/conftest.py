"""Shared fixtures.

The project's reference extracts and mirror live beside the repository in ``../shared`` on
developer machines and in CI. A user's clone does not have them, so every test that needs them
asks for the ``shared_dir`` fixture and is skipped, with the reason, when it is absent.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = Path(os.environ.get("KZDATA_SHARED", REPO_ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED_DIR / "reference").is_dir():
        pytest.skip(
            f"the project's reference folder is not at {SHARED_DIR}; "
            "cross-checks against it run on developer machines and in CI only"
        )
    return SHARED_DIR


@pytest.fixture(scope="session")
def reference(shared_dir: Path):
    """Return a function that reads one CSV of ``shared/reference`` by file name."""

    def read(file_name: str) -> pd.DataFrame:
        return pd.read_csv(shared_dir / "reference" / file_name)

    return read

