"""Re-execute lesson notebooks in place, so their stored outputs never go stale.

    python tools/execute_notebooks.py                   # every lesson
    python tools/execute_notebooks.py lessons/01-*.ipynb

Each notebook runs top to bottom in a fresh kernel with the settings the tests use: charts as
static SVG (visible on GitHub and in print, and stable for nbval), remote data from the mirror,
no network, and exercise progress written to a throw-away file. Header, key points and
metadata are refreshed from course/course.toml first. A notebook that raises is not written.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import nbclient  # noqa: E402
import nbformat  # noqa: E402

# Cell metadata that changes on every run and says nothing to a reader.
VOLATILE_CELL_METADATA = ("execution", "collapsed", "scrolled")


def environment(scratch: Path) -> dict[str, str]:
    env = dict(os.environ)
    mirror = subprocess.run([sys.executable, str(ROOT / "tools" / "prepare_mirror.py")],
                            capture_output=True, text=True, check=True)
    env.update(
        KZDATA_MIRROR=mirror.stdout.strip().splitlines()[-1],
        KZDATA_HOME=str(scratch / "cache"),
        KZDATA_PROGRESS_FILE=str(scratch / "progress.json"),
        KZDATA_OFFLINE="1",
        KZDATA_CHART_MODE="static",
    )
    return env


def execute(path: Path, env: dict[str, str]) -> float:
    notebook = nbformat.read(path, as_version=4)
    started = time.perf_counter()
    old_env = dict(os.environ)
    os.environ.update(env)  # the kernel inherits the environment of this process
    try:
        client = nbclient.NotebookClient(
            notebook, timeout=300, kernel_name="python3", store_widget_state=False,
            resources={"metadata": {"path": str(path.parent)}},
        )
        client.execute()
    finally:
        os.environ.clear()
        os.environ.update(old_env)
    for cell in notebook.cells:
        for key in VOLATILE_CELL_METADATA:
            cell.metadata.pop(key, None)
    notebook.metadata.pop("widgets", None)
    notebook.metadata["kernelspec"] = {
        "display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
    notebook.metadata["language_info"] = {"name": "python"}
    nbformat.write(notebook, path)  # the standard layout: sources as lists of lines, indent 1
    return time.perf_counter() - started


def main(paths: list[str]) -> int:
    targets = [Path(p).resolve() for p in paths] or sorted((ROOT / "lessons").glob("*.ipynb"))
    # Refresh header, key points and metadata from the manifest, for these notebooks only.
    ids = [t.name[:2] for t in targets]
    subprocess.run([sys.executable, str(ROOT / "tools" / "lesson_header.py"), *ids], check=True)
    with tempfile.TemporaryDirectory(prefix="kzdata-execute-") as scratch:
        env = environment(Path(scratch))
        failed = 0
        for path in targets:
            try:
                seconds = execute(path, env)
                print(f"executed {path.relative_to(ROOT)} in {seconds:.1f} s")
            except nbclient.exceptions.CellExecutionError as exc:
                failed += 1
                print(f"FAILED {path.relative_to(ROOT)} (not written):\n{exc}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
