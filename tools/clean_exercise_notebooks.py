"""Strip outputs and run-time metadata from the exercise notebooks (the students' blank pages).

Exercise notebooks are committed without outputs. After editing one in JupyterLab, run

    python tools/clean_exercise_notebooks.py            # clean every exercises/*.ipynb in place
    python tools/clean_exercise_notebooks.py --check    # CI: exit 1 if any needs cleaning

It removes outputs and execution counts, cell metadata other than ``tags`` and ``kzdata`` (the
answer/check cell markers), and notebook metadata other than the kernelspec and the language name.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from kzdata.exercises.nbtools import read_notebook, write_notebook  # noqa: E402

KEEP_CELL_METADATA = ("tags", "kzdata")
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def clean(notebook: dict[str, Any]) -> dict[str, Any]:
    """Return a cleaned copy of ``notebook``."""
    result = copy.deepcopy(notebook)
    for cell in result["cells"]:
        cell["metadata"] = {k: v for k, v in cell.get("metadata", {}).items() if k in KEEP_CELL_METADATA}
        if cell["cell_type"] == "code":
            cell["outputs"], cell["execution_count"] = [], None
    result["metadata"] = {"kernelspec": KERNELSPEC, "language_info": {"name": "python"}}
    return result


def _canonical(notebook: dict[str, Any]) -> str:
    copied = copy.deepcopy(notebook)
    for cell in copied["cells"]:
        source = cell.get("source", "")
        cell["source"] = "".join(source) if isinstance(source, list) else source
    return json.dumps(copied, sort_keys=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report; exit 1 if any needs cleaning")
    parser.add_argument("paths", nargs="*", type=Path, help="notebooks (default: exercises/*.ipynb)")
    args = parser.parse_args(argv)
    paths = args.paths or sorted((REPO_ROOT / "exercises").glob("*.ipynb"))
    dirty = []
    for path in paths:
        notebook = read_notebook(path)
        cleaned = clean(notebook)
        if _canonical(cleaned) == _canonical(notebook):
            continue
        dirty.append(path)
        if not args.check:
            write_notebook(cleaned, path)
            print(f"cleaned {path}")
    if args.check and dirty:
        print("needs cleaning (run python tools/clean_exercise_notebooks.py):", *dirty, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
