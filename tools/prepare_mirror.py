"""Prepare a mirror of kzdata's remote files for the test run, and print its path.

    python tools/prepare_mirror.py            # prints the mirror folder on the last line
    python tools/prepare_mirror.py --rebuild  # also replace bad files in .kzdata-mirror/

The test command exports ``KZDATA_MIRROR=<that folder>`` (see tools/dev.py), so that every remote
dataset loads without the network during the tests.

* On developer machines and in CI the project's shared folder sits beside the repository
  (``../shared``, or ``$KZDATA_SHARED``). If ``<shared>/kzdata-mirror`` exists, its files are
  checked against their pinned sha256 and its path is printed.
* Otherwise a mirror is built once in ``.kzdata-mirror/`` in the repository (git-ignored) with
  ``kzdata.remote.build_mirror``: files come from the kzdata cache or are downloaded from their
  publishers, so this step needs the network the first time. Later runs find the files there
  and only check them.

Messages go to stderr; stdout holds only the path. The exit status is 1, with a message saying
what to do, when the mirror cannot be prepared.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KZDATA_SHARED", ROOT.parent / "shared"))
SHARED_MIRROR = SHARED / "kzdata-mirror"
LOCAL_MIRROR = ROOT / ".kzdata-mirror"


def say(message: str) -> None:
    print(f"[prepare_mirror] {message}", file=sys.stderr, flush=True)


def fail(message: str) -> None:
    say(message)
    raise SystemExit(1)


def verify_shared() -> Path:
    from kzdata.remote import check_mirror

    report = check_mirror(SHARED_MIRROR)
    bad = report[~report["sha256_ok"].astype(bool)]
    if len(bad):
        lines = [
            f"  {row.file}: " + ("missing" if not row.present else f"sha256 {row.actual_sha256}, expected {row.expected_sha256}")
            for row in bad.itertuples()
        ]
        fail(
            f"the shared mirror {SHARED_MIRROR} is incomplete or damaged:\n" + "\n".join(lines)
            + "\nRestore those files (they must be byte-identical to the pinned originals)."
        )
    say(f"using the shared mirror {SHARED_MIRROR} ({len(report)} files, all verified)")
    return SHARED_MIRROR


def build_local(replace_bad: bool) -> Path:
    from kzdata.remote import build_mirror

    say(f"no shared mirror at {SHARED_MIRROR}; preparing {LOCAL_MIRROR} (needs the network the first time)")
    report = build_mirror(None, LOCAL_MIRROR, replace_bad=replace_bad)
    for row in report.itertuples():
        say(f"  {row.file}: {row.status}")
    failed = report[~report["sha256_ok"].astype(bool)]
    if len(failed):
        say(f"first problem ({failed['file'].iloc[0]}): {failed['note'].iloc[0]}")
        hint = (
            " Run again with --rebuild to replace files whose sha256 is wrong."
            if (report["status"] == "bad, not replaced").any()
            else ""
        )
        fail(
            f"the mirror {LOCAL_MIRROR} is not complete: see the files above. Check the network "
            "connection (this step downloads each file once from its publisher), or set "
            "KZDATA_MIRROR to a folder that already holds the files and run this again." + hint
        )
    return LOCAL_MIRROR


def main(argv: list[str]) -> int:
    unknown = [a for a in argv if a != "--rebuild"]
    if unknown:
        fail(f"unknown arguments {unknown}; usage: python tools/prepare_mirror.py [--rebuild]")
    sys.path.insert(0, str(ROOT))  # works before kzdata is installed, too
    try:
        mirror = verify_shared() if SHARED_MIRROR.is_dir() else build_local("--rebuild" in argv)
    except SystemExit:
        raise
    except Exception as exc:  # a clear message instead of a traceback in the test log
        fail(f"could not prepare the mirror: {type(exc).__name__}: {exc}")
    print(mirror)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
