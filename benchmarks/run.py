"""Measure how fast the course is for a student and for CI, and print one table.

    python benchmarks/run.py              # everything (a few minutes)
    python benchmarks/run.py --quick      # fewer repeats, no notebooks
    python benchmarks/run.py --only import,load

Every figure is the median of several runs, reported beside a baseline measured in the same run
(the machines are noisy, so ratios mean more than seconds). Targets are in benchmarks/README.md;
this script prints PASS or MISS against each, and never fails: timings are facts to read, not
tests. Remote datasets are read from the mirror (KZDATA_MIRROR, or ../shared/kzdata-mirror).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGETS = {
    "import_ratio": 1.20,        # import kzdata adds at most 20% to import pandas
    "load_ratio": 1.50,          # warm load() within 1.5x of a bare read_csv
    "load_warm_ms": 20.0,        # and under 20 ms
    "explorer_ms": 100.0,        # an explorer update under 100 ms
    "notebook_ratio": 2.0,       # a lesson within 2x of the floor notebook
    "course_seconds": 300.0,     # the README test command under 5 minutes
}

Row = tuple[str, str, str, str]  # what, measured, baseline or ratio, verdict


def median_time(action: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def run_python(code: str, env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True)
    return time.perf_counter() - start


def bench_import(repeats: int) -> list[Row]:
    # Interleaved, so that a busy moment of the machine hits all three alike.
    times: dict[str, list[float]] = {"pass": [], "import pandas": [], "import kzdata": []}
    for _ in range(repeats):
        for code in times:
            times[code].append(run_python(code))
    bare, pandas, kzdata = (statistics.median(v) for v in times.values())
    ratio = (kzdata - bare) / (pandas - bare)
    return [
        ("import pandas (minus interpreter start)", f"{(pandas - bare) * 1000:.0f} ms", "baseline", ""),
        ("import kzdata (minus interpreter start)", f"{(kzdata - bare) * 1000:.0f} ms",
         f"x{ratio:.2f} of pandas", verdict(ratio <= TARGETS["import_ratio"])),
    ]


def bench_load(repeats: int) -> list[Row]:
    import pandas as pd

    import kzdata
    from kzdata import catalog, metadata

    def cold_load(name: str) -> None:
        # What the first load() of a session costs: metadata, CSV and dtypes.
        catalog._read_bundled.cache_clear()
        metadata.read_info.cache_clear()
        kzdata.load(name)

    rows: list[Row] = []
    for name in kzdata.list_datasets().query("tier == 'bundled'")["name"]:
        path = metadata.data_dir() / f"{name}.csv"
        dtypes = metadata.read_info(name).dtypes
        bare = median_time(lambda: pd.read_csv(path, dtype=dtypes), repeats)
        cold = median_time(lambda: cold_load(name), repeats)
        warm = median_time(lambda: kzdata.load(name), repeats)
        ratio = cold / bare
        ok = ratio <= TARGETS["load_ratio"] and warm * 1000 <= TARGETS["load_warm_ms"]
        rows.append((f"load('{name}'): first {cold * 1000:.1f} ms, then", f"{warm * 1000:.2f} ms",
                     f"first x{ratio:.2f} of read_csv ({bare * 1000:.1f} ms)", verdict(ok)))
    return rows


def mirror() -> str:
    return os.environ.get("KZDATA_MIRROR") or str(ROOT.parent / "shared" / "kzdata-mirror")


def bench_remote(repeats: int) -> list[Row]:
    import kzdata

    rows: list[Row] = []
    names = kzdata.list_datasets().query("tier == 'remote'")["name"]
    for name in names:
        first, cached = [], []
        for _ in range(repeats):
            with tempfile.TemporaryDirectory() as home:
                env = dict(os.environ, KZDATA_MIRROR=mirror(), KZDATA_HOME=home, KZDATA_OFFLINE="1")
                code = f"import kzdata, time; t=time.perf_counter(); kzdata.load({name!r}); print(time.perf_counter()-t)"
                out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                                     text=True, check=True)
                first.append(float(out.stdout))
                out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                                     text=True, check=True)
                cached.append(float(out.stdout))
        rows.append((f"load('{name}') first, from the mirror", f"{statistics.median(first):.2f} s",
                     f"next session, cached: {statistics.median(cached) * 1000:.0f} ms", ""))
    return rows


def bench_explorers(repeats: int) -> list[Row]:
    os.environ.setdefault("KZDATA_MIRROR", mirror())
    import kzdata.widgets as kw

    cases = {
        "survey_sampler: sample_size": (kw.survey_sampler, "sample_size", (400, 1434)),
        "scenario_explorer: speed": (kw.scenario_explorer, None, None),
        "exposure_explorer: first control": (kw.exposure_explorer, None, None),
        "claims_checker: claim": (kw.claims_checker, None, None),
        "labour_market_explorer: first control": (kw.labour_market_explorer, None, None),
    }
    rows: list[Row] = []
    for label, (factory, control, values) in cases.items():
        explorer = factory()
        name = control or next(iter(explorer.controls))
        widget = explorer.controls[name]
        options = values or _two_values(widget)
        flip = iter(options * repeats)
        latency = median_time(lambda: _set_and_read(explorer, widget, next(flip)), repeats)
        rows.append((f"explorer update, {label.split(':')[0]} ({name})", f"{latency * 1000:.1f} ms",
                     "target 100 ms", verdict(latency * 1000 <= TARGETS["explorer_ms"])))
    return rows


def _two_values(widget) -> tuple:
    options = getattr(widget, "options", None)
    if options:
        values = [o[1] if isinstance(o, tuple) else o for o in options]
        return (values[0], values[-1]) if len(values) > 1 else (values[0], values[0])
    low, high = getattr(widget, "min", 0), getattr(widget, "max", 1)
    return (low, high)


def _set_and_read(explorer, widget, value) -> None:
    widget.value = value
    explorer.chart.to_dict()  # the new chart spec, as the front end would receive it


def execute_notebook(path: Path, env: dict[str, str]) -> float:
    import nbclient
    import nbformat

    notebook = nbformat.read(path, as_version=4)
    old = dict(os.environ)
    os.environ.update(env)
    try:
        start = time.perf_counter()
        nbclient.NotebookClient(notebook, timeout=600, kernel_name="python3",
                                resources={"metadata": {"path": str(path.parent)}}).execute()
        return time.perf_counter() - start
    finally:
        os.environ.clear()
        os.environ.update(old)


FLOOR = {
    "cells": [{"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
               "source": "import kzdata\nimport kzdata.charts as kc\nimport kzdata.widgets\n"
                         "from kzdata.exercises import ____\nkc.setup()"}],
    "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
    "nbformat": 4, "nbformat_minor": 5,
}


def bench_notebooks(repeats: int) -> list[Row]:
    with tempfile.TemporaryDirectory() as scratch:
        env = dict(os.environ, KZDATA_MIRROR=mirror(), KZDATA_HOME=str(Path(scratch) / "cache"),
                   KZDATA_OFFLINE="1", KZDATA_CHART_MODE="static",
                   KZDATA_PROGRESS_FILE=str(Path(scratch) / "progress.json"))
        floor_path = Path(scratch) / "floor.ipynb"
        floor_path.write_text(json.dumps(FLOOR))
        floor = statistics.median(execute_notebook(floor_path, env) for _ in range(repeats))
        rows: list[Row] = [("floor notebook (kernel start + course imports)", f"{floor:.1f} s",
                            "baseline", "")]
        total = 0.0
        for path in sorted((ROOT / "lessons").glob("*.ipynb")) + sorted((ROOT / "exercises").glob("*.ipynb")):
            seconds = statistics.median(execute_notebook(path, env) for _ in range(repeats))
            total += seconds
            ratio = seconds / floor
            is_lesson = path.parent.name == "lessons"
            rows.append((f"execute {path.parent.name}/{path.name}", f"{seconds:.1f} s",
                         f"x{ratio:.2f} of floor",
                         verdict(ratio <= TARGETS["notebook_ratio"]) if is_lesson else ""))
        rows.append(("all notebooks, one after another", f"{total:.0f} s",
                     f"overhead x{total / (floor * (len(rows) - 1)):.2f} of floors", ""))
    return rows


def bench_course() -> list[Row]:
    start = time.perf_counter()
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "dev.py"), "test", "-q"],
                            capture_output=True, text=True)
    seconds = time.perf_counter() - start
    status = "passed" if result.returncode == 0 else f"FAILED (exit {result.returncode})"
    return [("README test command (make test), whole course", f"{seconds:.0f} s",
             f"tests {status}; target 300 s", verdict(seconds <= TARGETS["course_seconds"]))]


SECTIONS = {
    "import": bench_import, "load": bench_load, "remote": bench_remote,
    "explorers": bench_explorers, "notebooks": bench_notebooks, "course": bench_course,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer repeats; skip notebooks and course")
    parser.add_argument("--only", help="comma-separated sections: " + ", ".join(SECTIONS))
    args = parser.parse_args()
    chosen = args.only.split(",") if args.only else [
        s for s in SECTIONS if not (args.quick and s in ("notebooks", "course"))]
    repeats = {"import": 7, "load": 30, "remote": 3, "explorers": 15, "notebooks": 3}
    if args.quick:
        repeats = {k: max(1, v // 3) for k, v in repeats.items()}
    rows: list[Row] = []
    for section in chosen:
        print(f"[benchmarks] {section} ...", file=sys.stderr, flush=True)
        function = SECTIONS[section]
        rows += function() if section == "course" else function(repeats[section])
    widths = [max(len(r[i]) for r in rows + [("what", "median", "against", "target")]) for i in range(4)]
    header = ("what", "median", "against", "target")
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
