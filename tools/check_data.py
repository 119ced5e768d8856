"""Check bundled datasets against the storage contract (kzdata/data/README.md).

Usage:
    python tools/check_data.py                 # every dataset
    python tools/check_data.py wages claims    # some datasets
    python tools/check_data.py NAME --sources kzdata/data/_sources_x.toml   # a draft fragment too
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kzdata.metadata import Source, dataset_names, read_sources  # noqa: E402
from kzdata.validate import problems  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("names", nargs="*", help="dataset names (default: all)")
    parser.add_argument("--sources", action="append", default=[], help="extra sources fragment(s)")
    args = parser.parse_args()
    registry = dict(read_sources())
    for fragment in args.sources:
        with open(fragment, "rb") as handle:
            for key, entry in tomllib.load(handle).items():
                registry[key] = Source(key, **{k: str(v) for k, v in entry.items()})
    names = args.names or list(dataset_names())
    failed = 0
    for name in names:
        found = problems(name, registry)
        print(f"{name}: {'ok' if not found else 'PROBLEMS'}")
        for problem in found:
            print(f"  - {problem}")
        failed += bool(found)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
