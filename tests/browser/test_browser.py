"""A lesson cell's chart and an explorer show in real JupyterLab, in a browser, with no network.

Runs ``tools/browser_check.py`` (headless Chromium + Python Playwright, every non-loopback
request aborted). Slow (about 20-40 s) and needs a browser, so it runs only when asked::

    KZDATA_BROWSER_TESTS=1 .venv/bin/python -m pytest tests/browser -m browser

Needs ``apt-get install chromium`` and ``pip install playwright`` (no Playwright browser
download). Marked ``browser``; skipped otherwise, with the reason.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "tools" / "browser_check.py"
CHROMIUM = "/usr/lib/chromium/chromium"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(os.environ.get("KZDATA_BROWSER_TESTS") != "1",
                       reason="real-browser check: set KZDATA_BROWSER_TESTS=1 to run it"),
    pytest.mark.skipif(importlib.util.find_spec("playwright") is None,
                       reason="Python playwright is not installed (pip install playwright)"),
    pytest.mark.skipif(not Path(CHROMIUM).exists(),
                       reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)"),
]


def test_chart_and_explorer_show_in_jupyterlab_without_network(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(TOOL), "--out", str(tmp_path), "--timeout", "180"],
                          capture_output=True, text=True, timeout=600)
    report = json.loads((tmp_path / "report.json").read_text())
    assert done.returncode == 0, json.dumps(report, indent=2)
    assert report["checks"] == {
        "all_cells_ran": True,
        "no_error_output": True,
        "no_error_loading_script": True,
        "chart_rendered": True,
        "explorer_rendered": True,
        "explorer_responds_to_slider": True,
    }
    assert report["failed_requests"] == []  # nothing needed the network
    assert "work without internet" in report["setup_message"]
    assert all(Path(shot).stat().st_size > 10_000 for shot in report["screenshots"])
