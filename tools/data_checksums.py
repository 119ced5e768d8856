"""Rewrite the `sha256 = "..."` line of each bundled dataset's sidecar from its CSV.

Run it after changing a CSV on purpose; the registry test fails while a checksum is stale, so an
accidental edit of a bundled table never passes unnoticed.

Usage: python tools/data_checksums.py [NAMES...]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kzdata.metadata import data_dir, sha256_of  # noqa: E402

LINE = re.compile(r'^sha256\s*=\s*".*"\s*$', re.MULTILINE)


def main(names: list[str]) -> int:
    folder = data_dir()
    targets = names or sorted(p.stem for p in folder.glob("*.csv"))
    for name in targets:
        sidecar = folder / f"{name}.toml"
        digest = sha256_of(folder / f"{name}.csv")
        text = sidecar.read_text(encoding="utf-8")
        new_line = f'sha256 = "{digest}"'
        if LINE.search(text):
            updated = LINE.sub(new_line, text, count=1)
        else:  # a top-level key must come before the first [table]
            first_table = re.search(r"^\[", text, re.MULTILINE)
            at = first_table.start() if first_table else len(text)
            updated = text[:at] + new_line + "\n\n" + text[at:]
        if updated != text:
            sidecar.write_text(updated, encoding="utf-8")
            print(f"{name}: updated")
        else:
            print(f"{name}: unchanged")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
