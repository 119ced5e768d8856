"""Set up the project-local environment and open the course or run every test.

    python3 tools/dev.py lab     # set up (first time only), then open the course in JupyterLab
    python3 tools/dev.py test    # set up (first time only), then run every test

`make lab` and `make test` call this script; on Windows run `py tools\\dev.py lab` / `test`.
Only the Python standard library is used here, so it runs on a fresh machine with Python 3.11+.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".kzdata-setup"
PINS = ROOT / "binder" / "requirements.txt"
START_PAGE = "lessons/00-start-here.ipynb"
# JupyterLab asks every new user whether to fetch Jupyter news; in a classroom that pop-up
# covers the notebook, so the course's environment answers "no" once for everyone.
LAB_OVERRIDES = {
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False}
}


def say(message: str) -> None:
    print(f"[kzdata] {message}", flush=True)


def run(command: list[str], **kwargs) -> None:
    completed = subprocess.run(command, cwd=ROOT, **kwargs)
    if completed.returncode != 0:
        raise SystemExit(completed.returncode)


def setup_fingerprint() -> str:
    digest = hashlib.sha256()
    for path in (ROOT / "pyproject.toml", PINS):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def ensure_environment() -> None:
    """Create .venv and install the course with the pinned versions, once per change."""
    if sys.version_info < (3, 11):
        raise SystemExit(f"Python 3.11 or newer is needed; this is {sys.version.split()[0]}.")
    if not PYTHON.exists():
        say("creating the project environment in .venv (first time only)")
        venv.EnvBuilder(with_pip=True).create(VENV)
    if STAMP.exists() and STAMP.read_text() == setup_fingerprint():
        return
    say("installing the course and its tools into .venv (a few minutes the first time)")
    run([str(PYTHON), "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
    run([str(PYTHON), "-m", "pip", "install", "--quiet", "-c", str(PINS), "-e", ".[test]"])
    settings = VENV / "share" / "jupyter" / "lab" / "settings"
    settings.mkdir(parents=True, exist_ok=True)
    (settings / "overrides.json").write_text(json.dumps(LAB_OVERRIDES, indent=2))
    STAMP.write_text(setup_fingerprint())


def trust_lessons() -> None:
    """Mark the committed lessons as trusted, so JupyterLab shows their stored charts at once."""
    lessons = sorted(str(p) for p in (ROOT / "lessons").glob("*.ipynb"))
    if lessons:
        subprocess.run([str(BIN / "jupyter"), "trust", *lessons], cwd=ROOT, capture_output=True)


def lab(extra: list[str]) -> None:
    trust_lessons()
    start = START_PAGE if (ROOT / START_PAGE).exists() else "lessons"
    say(f"opening JupyterLab on {start} (stop it with Ctrl+C)")
    # The repository is the root of the file browser, so the start page's links to
    # ../exercises/ work; JupyterLab opens on the start page.
    run([str(BIN / "jupyter"), "lab", f"--ServerApp.root_dir={ROOT}",
         f"--LabApp.default_url=/lab/tree/{start}", *extra])


def test_environment(scratch: Path) -> dict[str, str]:
    """Environment for the tests: a mirror for remote data, a fresh cache, no network."""
    env = dict(os.environ)
    mirror = subprocess.run(
        [str(PYTHON), str(ROOT / "tools" / "prepare_mirror.py")],
        cwd=ROOT, capture_output=True, text=True,
    )
    if mirror.returncode != 0:
        sys.stderr.write(mirror.stdout + mirror.stderr)
        raise SystemExit(mirror.returncode)
    env["KZDATA_MIRROR"] = mirror.stdout.strip().splitlines()[-1]
    env["KZDATA_HOME"] = str(scratch / "cache")
    env["KZDATA_PROGRESS_FILE"] = str(scratch / "progress.json")
    env["KZDATA_OFFLINE"] = "1"  # a test that tried to download would fail loudly
    env["KZDATA_CHART_MODE"] = "static"  # notebooks under test draw SVG, as in their stored outputs
    say(f"remote data from the mirror at {env['KZDATA_MIRROR']}")
    return env


def test(extra: list[str]) -> None:
    notebooks = ["lessons"] if any((ROOT / "lessons").glob("*.ipynb")) else []
    with tempfile.TemporaryDirectory(prefix="kzdata-test-") as scratch:
        env = test_environment(Path(scratch))
        command = [
            str(PYTHON), "-m", "pytest", "tests", "kzdata", *notebooks,
            "-n", "auto", "--dist", "loadfile",
            "--nbval", "--nbval-current-env",
            "--nbval-sanitize-with", str(ROOT / "tests" / "nbval_sanitize.cfg"),
            *extra,
        ]
        run(command, env=env)


def main(argv: list[str]) -> None:
    if not argv or argv[0] not in ("lab", "test", "setup"):
        raise SystemExit(__doc__)
    ensure_environment()
    if argv[0] == "lab":
        lab(argv[1:])
    elif argv[0] == "test":
        test(argv[1:])


if __name__ == "__main__":
    main(sys.argv[1:])
