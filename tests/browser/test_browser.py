"""Every lesson runs, draws its charts and answers its explorers in real JupyterLab, offline.

Runs ``tools/browser_check.py --all`` once (headless Chromium + Python Playwright, one
JupyterLab server, every non-loopback request aborted) and turns its report into one test for
the demo notebook and one per lesson. Slow (about 30-90 s a lesson) and needs a browser, so it
runs only when asked::

    KZDATA_BROWSER_TESTS=1 .venv/bin/python -m pytest tests/browser -m browser

``make browser-test`` runs the same tool directly and keeps its screenshots in
``browser-report/``. Needs ``apt-get install chromium`` and ``pip install playwright`` (no
Playwright browser download). Marked ``browser``; skipped otherwise, with the reason.
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
LESSONS = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "lessons").glob("[0-9]*.ipynb"))

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(os.environ.get("KZDATA_BROWSER_TESTS") != "1",
                       reason="real-browser check: set KZDATA_BROWSER_TESTS=1 to run it"),
    pytest.mark.skipif(importlib.util.find_spec("playwright") is None,
                       reason="Python playwright is not installed (pip install playwright)"),
    pytest.mark.skipif(not Path(CHROMIUM).exists(),
                       reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)"),
]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("browser")
    done = subprocess.run([sys.executable, str(TOOL), "--all", "--out", str(out)],
                          capture_output=True, text=True, timeout=60 * (2 + 3 * len(LESSONS)))
    path = out / "report.json"
    assert path.exists(), done.stdout + done.stderr
    result = json.loads(path.read_text())
    result["stdout"] = done.stdout
    return result


def entry(report: dict, label: str) -> dict:
    found = [n for n in report["notebooks"] if n["notebook"] == label]
    assert found, f"{label} was not checked:\n{report.get('error', '')}\n{report['stdout']}"
    return found[0]


def test_demo_chart_and_explorer_show_without_network(report: dict) -> None:
    demo = entry(report, "demo")
    assert demo["ok"], json.dumps(demo, indent=2)
    assert [c["kind"] for c in demo["charts"]] == ["chart", "explorer"]
    assert demo["explorers"][0]["control"] == "slider"
    assert demo["explorers"][0]["responded"]
    assert demo["failed_requests"] == []  # nothing needed the network
    assert "work without internet" in demo["setup_message"]
    shots = [c["screenshot"] for c in demo["charts"]]
    assert all(Path(shot).stat().st_size > 10_000 for shot in shots)


@pytest.mark.parametrize("lesson", LESSONS)
def test_lesson_runs_draws_and_responds(report: dict, lesson: str) -> None:
    checked = entry(report, lesson)
    assert checked["ok"], json.dumps({k: checked.get(k) for k in (
        "checks", "problems", "error", "notes", "empty_chart_cells")}, indent=2) + "\n" + "\n".join(
        f"cell {c['cell']} ({c['kind']}): {c.get('why')}" for c in checked["charts"] if not c["drawn"])
    assert checked["charts"], "no chart checked: the lesson's stored outputs hold no chart"
