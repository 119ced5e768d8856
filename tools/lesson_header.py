"""Write each lesson notebook's header, key points and metadata from course/course.toml.

    python tools/lesson_header.py             # update every lesson notebook that exists
    python tools/lesson_header.py 01 02       # some lessons
    python tools/lesson_header.py --check     # exit 1 if a notebook differs from the manifest

The first cell of a lesson (tag ``lesson-header``) and the cell tagged ``key-points`` are
rendered from the manifest; the notebook metadata key ``kzdata`` repeats the manifest entry.
Edit the manifest, not those cells.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kzdata import course  # noqa: E402


def _source(text: str) -> list[str]:
    lines = text.split("\n")
    return [line + "\n" for line in lines[:-1]] + [lines[-1]]


def _tagged(notebook: dict, tag: str) -> list[dict]:
    return [c for c in notebook["cells"] if tag in c.get("metadata", {}).get("tags", [])]


def _normalised(notebook: dict) -> dict:
    """The notebook with every cell source as one string (files store either form)."""
    result = json.loads(json.dumps(notebook))
    for cell in result["cells"]:
        if isinstance(cell.get("source"), list):
            cell["source"] = "".join(cell["source"])
    return result


def updated(notebook: dict, item: course.Lesson) -> dict:
    """Return the notebook with header, key points and metadata rendered from the manifest."""
    result = json.loads(json.dumps(notebook))
    header = {"cell_type": "markdown", "metadata": {"tags": [course.HEADER_TAG]},
              "source": _source(course.header_markdown(item))}
    headers = _tagged(result, course.HEADER_TAG)
    if headers:
        headers[0]["source"] = header["source"]
    else:
        result["cells"].insert(0, header)
    points = {"cell_type": "markdown", "metadata": {"tags": [course.KEY_POINTS_TAG]},
              "source": _source(course.key_points_markdown(item))}
    existing = _tagged(result, course.KEY_POINTS_TAG)
    if existing:
        existing[0]["source"] = points["source"]
    else:
        result["cells"].append(points)
    result["metadata"]["kzdata"] = course.notebook_metadata(item)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("ids", nargs="*")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    stale = []
    for item in course.lessons():
        path = ROOT / item.notebook
        if (args.ids and item.id not in args.ids) or not path.exists():
            continue
        notebook = json.loads(path.read_text(encoding="utf-8"))
        new = updated(notebook, item)
        if _normalised(new) != _normalised(notebook):
            stale.append(item.notebook)
            if not args.check:
                path.write_text(json.dumps(new, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    for name in stale:
        print(f"{'differs from the manifest' if args.check else 'updated'}: {name}")
    return 1 if (args.check and stale) else 0


if __name__ == "__main__":
    raise SystemExit(main())
