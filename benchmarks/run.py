"""Measure how fast the course is for a student and for CI, and print one table.

    python benchmarks/run.py                    # import, load, remote, explorers, notebooks
    python benchmarks/run.py --quick            # fewer repeats, no notebooks
    python benchmarks/run.py --only import,load
    python benchmarks/run.py --only course      # the whole README test command (make test)

Every figure is the median of several runs, reported beside a baseline measured in the same run
(the machines are noisy, so ratios mean more than seconds). Targets are in benchmarks/README.md;
this script prints PASS or MISS against each, and never fails: timings are facts to read, not
tests. Remote datasets are read from the mirror (KZDATA_MIRROR, or ../shared/kzdata-mirror).
The results are also written to benchmarks/results/<date-time>.json (git-ignored).

The child Pythons this script starts cache their bytecode in a temporary folder (as a student's
Python caches it beside the code), even where PYTHONDONTWRITEBYTECODE is set, and write nothing
into the repository.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGETS = {
    "import_ratio": 1.20,        # import kzdata adds at most 20% to import pandas
    "load_ratio": 1.50,          # a bundled load() within 1.5x of a bare read_csv of the file
    "load_warm_ms": 20.0,        # and under 20 ms in a warm process
    "explorer_ms": 100.0,        # an explorer update (control set -> new chart spec) under 100 ms
    "notebook_ratio": 2.0,       # a lesson within 2x of the floor notebook
    "course_seconds": 300.0,     # the README test command under 5 minutes (2 cores)
}

Row = tuple[str, str, str, str]  # what, measured, baseline or ratio, verdict
SCRATCH = Path(tempfile.mkdtemp(prefix="kzdata-bench-"))
atexit.register(shutil.rmtree, SCRATCH, ignore_errors=True)
RESULTS: dict[str, Any] = {}  # section -> machine-readable figures, saved as JSON


def median_time(action: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def mirror() -> str:
    return os.environ.get("KZDATA_MIRROR") or str(ROOT.parent / "shared" / "kzdata-mirror")


def child_env(**extra: str) -> dict[str, str]:
    """Environment of a child Python: bytecode cached (outside the repo), data offline."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(SCRATCH / "pycache")
    env.setdefault("KZDATA_MIRROR", mirror())
    env["KZDATA_HOME"] = str(SCRATCH / "cache")
    env["KZDATA_OFFLINE"] = "1"
    env["KZDATA_PROGRESS_FILE"] = str(SCRATCH / "progress.json")
    env.update(extra)
    return env


def run_python(code: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True, cwd=ROOT)
    return time.perf_counter() - start


# -------------------------------------------------------------------------------------------
# import
# -------------------------------------------------------------------------------------------
def _importtime(module: str, env: dict[str, str]) -> dict[str, int]:
    """Cumulative import time (us) of each top-level module, from python -X importtime."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {module}"],
                          env=env, capture_output=True, text=True, check=True, cwd=ROOT)
    out: dict[str, int] = {}
    for line in done.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if match:
            out[match.group(4)] = int(match.group(2))
    return out


def bench_import(repeats: int) -> list[Row]:
    env = child_env()
    codes = {"pass": "pass", "pandas": "import pandas", "kzdata": "import kzdata"}
    for code in codes.values():  # warm-up: bytecode written, files in the OS cache
        run_python(code, env)
    times: dict[str, list[float]] = {name: [] for name in codes}
    for _ in range(repeats):  # interleaved, so that a busy moment hits all three alike
        for name, code in codes.items():
            times[name].append(run_python(code, env))
    bare, pandas, kzdata = (statistics.median(times[n]) for n in codes)
    ratio = (kzdata - bare) / (pandas - bare)
    own_times = []
    for _ in range(max(3, repeats // 2)):
        tree = _importtime("kzdata", env)
        own_times.append(tree.get("kzdata", 0) - tree.get("pandas", 0))
    own = statistics.median(own_times)
    RESULTS["import"] = {"interpreter_s": bare, "pandas_s": pandas - bare,
                         "kzdata_s": kzdata - bare, "ratio": ratio, "kzdata_own_ms": own / 1000}
    return [
        ("python -c pass (interpreter start, subtracted below)", f"{bare * 1000:.0f} ms", "", ""),
        ("import pandas", f"{(pandas - bare) * 1000:.0f} ms", "baseline", ""),
        ("import kzdata (imports pandas)", f"{(kzdata - bare) * 1000:.0f} ms",
         f"x{ratio:.2f} of pandas", verdict(ratio <= TARGETS["import_ratio"])),
        ("  of which kzdata's own modules (-X importtime)", f"{own / 1000:.0f} ms",
         f"{own / 1000 / ((pandas - bare) * 1000) * 100:.0f}% of pandas", ""),
    ]


# -------------------------------------------------------------------------------------------
# bundled load()
# -------------------------------------------------------------------------------------------
def bench_load(repeats: int) -> list[Row]:
    import pandas as pd

    import kzdata
    from kzdata import catalog, metadata

    def first_load(name: str) -> None:
        # What the first load() of a dataset in a session costs: metadata, CSV, dtypes, copy.
        catalog._read_bundled.cache_clear()
        metadata.read_info.cache_clear()
        kzdata.load(name)

    rows: list[Row] = []
    figures = {}
    for name in kzdata.list_datasets().query("tier == 'bundled'")["name"]:
        path = metadata.data_dir() / f"{name}.csv"
        dtypes = metadata.read_info(name).dtypes

        def bare_read() -> None:  # the target's baseline: pandas' defaults
            pd.read_csv(path)

        def typed_read() -> None:  # the same parse as kzdata's (its dtypes; only "" is missing)
            pd.read_csv(path, dtype=dtypes, keep_default_na=False, na_values=[""])

        actions = {"bare": bare_read, "typed": typed_read, "first": lambda: first_load(name)}
        for action in actions.values():  # warm-up
            action()
        times: dict[str, list[float]] = {key: [] for key in actions}
        for _ in range(repeats):  # interleaved
            for key, action in actions.items():
                times[key].append(median_time(action, 1))
        bare, typed, first = (statistics.median(times[key]) for key in actions)
        again = median_time(lambda: kzdata.load(name), repeats)
        ratio = first / bare
        ok = ratio <= TARGETS["load_ratio"] and first * 1000 <= TARGETS["load_warm_ms"]
        figures[name] = {"read_csv_ms": bare * 1000, "read_csv_kzdata_dtypes_ms": typed * 1000,
                         "load_ms": first * 1000, "load_again_ms": again * 1000, "ratio": ratio}
        rows.append((f"load('{name}'), first in a session", f"{first * 1000:.1f} ms",
                     f"x{ratio:.2f} of read_csv {bare * 1000:.1f} ms | x{first / typed:.2f} of "
                     f"read_csv+dtypes {typed * 1000:.1f} ms | again {again * 1000:.2f} ms",
                     verdict(ok)))
    RESULTS["load"] = figures
    return rows


# -------------------------------------------------------------------------------------------
# remote first load
# -------------------------------------------------------------------------------------------
def bench_remote(repeats: int) -> list[Row]:
    import kzdata

    rows: list[Row] = []
    figures = {}
    names = kzdata.list_datasets().query("tier == 'remote'")["name"]
    code = ("import kzdata, time; t = time.perf_counter(); kzdata.load({!r}); "
            "print(time.perf_counter() - t)")
    for name in names:
        first, cached = [], []
        for _ in range(repeats):
            with tempfile.TemporaryDirectory() as home:
                env = child_env(KZDATA_HOME=home)
                for times in (first, cached):  # a fresh cache, then the next session
                    out = subprocess.run([sys.executable, "-c", code.format(name)], env=env,
                                         capture_output=True, text=True, check=True, cwd=ROOT)
                    times.append(float(out.stdout))
        figures[name] = {"first_s": statistics.median(first), "cached_s": statistics.median(cached)}
        rows.append((f"load('{name}') first, from the mirror", f"{statistics.median(first):.2f} s",
                     f"next session, cached: {statistics.median(cached) * 1000:.0f} ms", ""))
    RESULTS["remote"] = figures
    return rows


# -------------------------------------------------------------------------------------------
# explorers
# -------------------------------------------------------------------------------------------
def _values_to_try(spec, current: Any) -> list[Any]:
    """Two values of a control to flip between, the first one different from ``current``."""
    if spec.kind in ("int", "float"):
        # five steps up (or down at the top), as a student's drag would do
        step = spec.step or (1 if spec.kind == "int" else 0.01)
        moved = spec.value + 5 * step if spec.value + 5 * step <= spec.maximum else spec.value - 5 * step
        pair = [spec.value, int(moved) if spec.kind == "int" else round(float(moved), 10)]
    else:
        values = [v for _, v in spec.options]
        if spec.kind == "multi":
            current = tuple(current)
            pair = [tuple(spec.value), (values[0],) if tuple(spec.value) != (values[0],)
                    else tuple(values[:2])]
        else:
            pair = [spec.value, next((v for v in reversed(values) if v != spec.value), spec.value)]
    return pair if pair[0] != current else pair[::-1]


def _make_visible(explorer, name: str) -> None:
    """Put the explorer in a state where control ``name`` is shown (e.g. its view)."""
    spec = explorer._specs[name]
    if spec.visible is None or spec.visible(explorer.values):
        return
    for other, other_spec in explorer._specs.items():
        if other == name or other_spec.kind not in ("toggle", "dropdown"):
            continue
        for _, value in other_spec.options:
            if spec.visible({**explorer.values, other: value}):
                explorer.set(**{other: value})
                return


def bench_explorers(repeats: int) -> list[Row]:
    """Set a control as the browser does and wait for the chart spec the front end receives.

    Charts in offline mode, as in JupyterLab: each explorer's chart is an ``alt.JupyterChart``
    whose ``spec`` is recomputed when the chart changes; the time runs from ``control.value =``
    until that new spec is there. Split: the explorer's compute (model + chart object) and
    the rest (the spec: ``to_dict`` with schema validation).
    """
    os.environ.setdefault("KZDATA_MIRROR", mirror())
    os.environ["KZDATA_HOME"] = str(SCRATCH / "cache")
    os.environ["KZDATA_OFFLINE"] = "1"
    os.environ.pop("KZDATA_CHART_MODE", None)
    import kzdata.charts as kc
    import kzdata.widgets as kw

    kc.setup("offline", quiet=True)
    factories = [kw.survey_sampler, kw.scenario_explorer, kw.exposure_explorer,
                 kw.claims_checker, kw.labour_market_explorer]
    rows: list[Row] = []
    figures: dict[str, Any] = {}
    for factory in factories:
        explorer = factory()
        explorer.widget  # noqa: B018 - builds the box and its JupyterChart, as display would
        per_control = {}
        for name, spec in explorer._specs.items():
            _make_visible(explorer, name)
            widget = explorer.controls[name]
            flips = iter(_values_to_try(spec, widget.value) * repeats)
            totals, computes = [], []
            for _ in range(repeats):
                value = next(flips)
                start = time.perf_counter()
                widget.value = value
                spec_now = explorer._view._jchart.spec  # the new spec, as sent to the page
                totals.append(time.perf_counter() - start)
                assert spec_now, f"{factory.__name__}: no chart spec after setting {name}"
                assert not explorer.error, f"{factory.__name__}.{name}={value!r}: {explorer.error}"
                start = time.perf_counter()
                explorer.compute(dict(explorer.values))
                computes.append(time.perf_counter() - start)
            per_control[name] = {"update_ms": statistics.median(totals) * 1000,
                                 "compute_ms": statistics.median(computes) * 1000}
        worst_name = max(per_control, key=lambda n: per_control[n]["update_ms"])
        worst = per_control[worst_name]
        typical = statistics.median(c["update_ms"] for c in per_control.values())
        figures[factory.__name__] = per_control
        rows.append((f"explorer {factory.__name__}: slowest control '{worst_name}' "
                     f"(compute {worst['compute_ms']:.0f} ms)",
                     f"{worst['update_ms']:.0f} ms",
                     f"median of its {len(per_control)} controls {typical:.0f} ms",
                     verdict(worst["update_ms"] <= TARGETS["explorer_ms"])))
    RESULTS["explorers"] = figures
    return rows


# -------------------------------------------------------------------------------------------
# notebooks
# -------------------------------------------------------------------------------------------
def execute_notebook(path: Path, env: dict[str, str]) -> float:
    """Seconds to run a notebook in a fresh kernel (start included), as nbval/nbclient do."""
    import nbclient
    import nbformat

    notebook = nbformat.read(path, as_version=4)
    old = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)  # the kernel inherits this environment
    try:
        start = time.perf_counter()
        nbclient.NotebookClient(notebook, timeout=600, kernel_name="python3",
                                resources={"metadata": {"path": str(path.parent)}}).execute()
        return time.perf_counter() - start
    finally:
        os.environ.clear()
        os.environ.update(old)


FLOOR = {
    "cells": [{"cell_type": "code", "id": "floor", "metadata": {}, "outputs": [], "execution_count": None,
               "source": "import kzdata\nimport kzdata.charts as kc\nimport kzdata.widgets\n"
                         "from kzdata.exercises import ____\nkc.setup()"}],
    "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
    "nbformat": 4, "nbformat_minor": 5,
}


def bench_notebooks(repeats: int, only: list[str] | None = None) -> list[Row]:
    env = child_env(KZDATA_CHART_MODE="static")  # as under `make test`
    floor_path = SCRATCH / "floor.ipynb"
    floor_path.write_text(json.dumps(FLOOR))
    # warm-up: bytecode, OS cache, and every remote dataset parsed once into the kzdata cache
    # (a student pays that first load once per machine; see the "remote" section for its cost)
    subprocess.run([sys.executable, "-c", "import kzdata\nfor n in kzdata.list_datasets()"
                    ".query(\"tier == 'remote'\")['name']: kzdata.load(n)"],
                   env=env, check=True, capture_output=True, cwd=ROOT)
    execute_notebook(floor_path, env)
    paths = sorted((ROOT / "lessons").glob("[0-9]*.ipynb")) + sorted(
        (ROOT / "exercises").glob("[0-9]*.ipynb"))
    if only:
        paths = [p for p in paths if any(o in str(p) for o in only)]
    floors: list[float] = []
    times: dict[Path, list[float]] = {p: [] for p in paths}
    for _ in range(repeats):  # interleaved with the floor, so busy moments hit both
        floors.append(execute_notebook(floor_path, env))
        for path in paths:
            times[path].append(execute_notebook(path, env))
    floor = statistics.median(floors)
    rows: list[Row] = [("floor notebook (kernel start + course imports)", f"{floor:.1f} s",
                        "baseline", "")]
    figures: dict[str, Any] = {"floor_s": floor, "notebooks": {}}
    totals = {"lessons": 0.0, "exercises": 0.0}
    for path in paths:
        seconds = statistics.median(times[path])
        kind = path.parent.name
        totals[kind] += seconds
        ratio = seconds / floor
        figures["notebooks"][f"{kind}/{path.name}"] = {"seconds": seconds, "ratio": ratio}
        rows.append((f"execute {kind}/{path.name}", f"{seconds:.1f} s", f"x{ratio:.2f} of floor",
                     verdict(ratio <= TARGETS["notebook_ratio"]) if kind == "lessons" else ""))
    for kind, total in totals.items():
        count = sum(1 for p in paths if p.parent.name == kind)
        if count:
            rows.append((f"all {count} {kind}, one after another", f"{total:.0f} s",
                         f"overhead x{total / (floor * count):.2f} of {count} floors", ""))
    total = sum(totals.values())
    rows.append((f"course total: {len(paths)} notebooks", f"{total:.0f} s",
                 f"overhead x{total / (floor * len(paths)):.2f} of {len(paths)} floors", ""))
    figures["total_s"] = total
    RESULTS["notebooks"] = figures
    return rows


def bench_course() -> list[Row]:
    start = time.perf_counter()
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "dev.py"), "test", "-q"],
                            capture_output=True, text=True)
    seconds = time.perf_counter() - start
    status = "passed" if result.returncode == 0 else f"FAILED (exit {result.returncode})"
    RESULTS["course"] = {"seconds": seconds, "status": status}
    return [("README test command (make test), whole course", f"{seconds:.0f} s",
             f"tests {status}; target 300 s", verdict(seconds <= TARGETS["course_seconds"]))]


SECTIONS = ("import", "load", "remote", "explorers", "notebooks", "course")


def machine() -> str:
    load = os.getloadavg() if hasattr(os, "getloadavg") else (float("nan"),) * 3
    return (f"{time.strftime('%Y-%m-%d %H:%M')}, {platform.system()} {platform.machine()}, "
            f"{os.cpu_count()} CPUs, Python {platform.python_version()}, "
            f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer repeats; skip notebooks")
    parser.add_argument("--only", help="comma-separated sections: " + ", ".join(SECTIONS)
                        + " (default: all but course)")
    parser.add_argument("--repeats", type=int, help="repeats for every section chosen")
    parser.add_argument("--notebooks", help="comma-separated parts of notebook paths to run "
                        "(e.g. 03-,07-); default every lesson and exercise")
    args = parser.parse_args()
    chosen = args.only.split(",") if args.only else [
        s for s in SECTIONS if s != "course" and not (args.quick and s == "notebooks")]
    unknown = [s for s in chosen if s not in SECTIONS]
    if unknown:
        parser.error(f"unknown section {unknown[0]!r}; choose from {', '.join(SECTIONS)}")
    repeats = {"import": 11, "load": 21, "remote": 3, "explorers": 11, "notebooks": 3}
    if args.quick:
        repeats = {k: max(1, v // 3) for k, v in repeats.items()}
    if args.repeats:
        repeats = dict.fromkeys(repeats, args.repeats)
    print(f"[benchmarks] {machine()}", file=sys.stderr, flush=True)
    RESULTS["machine_before"] = machine()
    rows: list[Row] = []
    for section in chosen:
        print(f"[benchmarks] {section} ...", file=sys.stderr, flush=True)
        if section == "course":
            rows += bench_course()
        elif section == "notebooks":
            only = args.notebooks.split(",") if args.notebooks else None
            rows += bench_notebooks(repeats[section], only)
        else:
            rows += globals()[f"bench_{section}"](repeats[section])
    RESULTS["machine_after"] = machine()
    RESULTS["repeats"] = repeats
    header = ("what", "median", "against", "target")
    widths = [max(len(r[i]) for r in rows + [header]) for i in range(4)]
    print(f"kzdata benchmarks: {RESULTS['machine_before']}")
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    print(f"(finished: {RESULTS['machine_after']})")
    results = ROOT / "benchmarks" / "results"
    results.mkdir(exist_ok=True)
    (results / f"{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(
        json.dumps({"rows": rows, **RESULTS}, indent=2, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
