#!/usr/bin/env python
"""Check in a real browser that the course's notebooks run, draw their charts and respond, offline.

One JupyterLab server and one headless Chromium check, one notebook after another:

* a small **demo** notebook (``kc.setup()``, a chart from a bundled dataset, the survey sampler);
* with ``--all``, **every lesson** in ``lessons/``; or the notebooks named on the command line.

For each notebook it:

1. opens it in JupyterLab (server on 127.0.0.1, galata's test configuration) in Chromium, with
   **every request to a host other than 127.0.0.1 aborted**, as on a laptop without network;
2. clears the stored outputs, then runs every code cell in order (one at a time, after the
   kernel has settled, as "Run All" would);
3. checks: every cell ran; no error output (traceback or stderr) and no "Error loading script";
   ``kc.setup()`` chose the offline interactive renderer; **every chart drew**: each code cell
   whose stored output in the ``.ipynb`` holds an ``image/svg+xml`` picture (each chart or
   explorer cell) shows an ``svg.marks`` or ``canvas`` with marks in the live page (an explorer
   inside its widget box, with its controls), and no chart container anywhere stayed empty;
4. moves a control of **every explorer**: a slider where the explorer has one (arrow keys on
   the handle), else a dropdown, and checks that the summary or the chart changed. A lesson
   without any slider is reported as such (its explorers are checked through their dropdowns);
5. saves screenshots (each chart cell, each explorer before and after) into ``--out/<notebook>/``.

The kernel gets ``KZDATA_MIRROR`` (from the environment, else ``../shared/kzdata-mirror`` or
``.kzdata-mirror/`` when present), ``KZDATA_OFFLINE=1``, a fresh ``KZDATA_HOME`` cache and a
scratch ``KZDATA_PROGRESS_FILE``; ``KZDATA_CHART_MODE`` is removed, so ``kc.setup()`` picks the
renderer a student gets in JupyterLab. Lessons are copied into a temporary folder first; the
repository is never written to (except ``--out``).

Writes ``report.json`` into ``--out``, prints one line per notebook, exits 1 on any failure.

Usage (from the repository root)::

    apt-get install chromium                        # once; no Playwright browser download
    .venv/bin/pip install playwright                # the optional "browser" extra
    .venv/bin/python tools/browser_check.py --all --out browser-report      # = make browser-test
    .venv/bin/python tools/browser_check.py lessons/06-survey-literacy.ipynb --no-demo --out /tmp/b
    .venv/bin/python tools/browser_check.py         # the demo notebook only (about 30 s)

Needs: jupyterlab, ipywidgets, anywidget, vl-convert-python and kzdata in the environment that
runs this script (the JupyterLab server and its kernels use the same Python), plus Chromium at
``/usr/lib/chromium/chromium`` (or ``--chromium PATH``). About 30-90 s per lesson.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlparse

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/lib/chromium/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOOPBACK = {"127.0.0.1", "localhost", "[::1]", "::1"}
DEMO_NAME = "browser_check_demo.ipynb"
DEMO_CELLS = [
    "import kzdata.charts as kc\nkc.setup()",
    "chart = kc.sector_shares_chart()\nchart",
    "from kzdata.widgets import survey_sampler\nsampler = survey_sampler()\nsampler",
]
# what the demo must show: notebook cell index -> "chart" | "explorer"
DEMO_EXPECTED = {1: "chart", 2: "explorer"}
# the static note an explorer leaves in stored outputs (kzdata.widgets._base.Explorer.note)
EXPLORER_NOTE = "the controls need a live notebook"
OFFLINE_SETUP = "work without internet"  # in kc.setup()'s message for the offline renderer
BAD_PHRASES = (
    "Error loading script",  # Altair's html renderer without network
    "it means the renderer has not been properly enabled",  # a mimetype chart Lab cannot show
    "Error displaying widget",  # ipywidgets front end failed
    "Javascript Error",
)


# -------------------------------------------------------------------------------------------
# environment, server
# -------------------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def find_mirror() -> tuple[str | None, str]:
    """Return (mirror folder or None, how it was found)."""
    given = os.environ.get("KZDATA_MIRROR", "").strip()
    if given:
        return given, "KZDATA_MIRROR from the environment"
    shared = Path(os.environ.get("KZDATA_SHARED", ROOT.parent / "shared")) / "kzdata-mirror"
    if shared.is_dir():
        return str(shared), "the project's shared mirror (KZDATA_MIRROR was unset)"
    local = ROOT / ".kzdata-mirror"
    if local.is_dir():
        return str(local), "the repository's .kzdata-mirror/ (KZDATA_MIRROR was unset)"
    return None, ("no mirror: KZDATA_MIRROR is unset and neither ../shared/kzdata-mirror nor "
                  ".kzdata-mirror/ exists. Lessons that use remote research data will fail. "
                  "Build one with `.venv/bin/python tools/prepare_mirror.py` (prints its path) or "
                  "`.venv/bin/kzdata download --to DIR`, then run with KZDATA_MIRROR=DIR.")


def write_demo(folder: Path) -> Path:
    import nbformat

    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell(source) for source in DEMO_CELLS]
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                       "language": "python"}
    path = folder / DEMO_NAME
    nbformat.write(notebook, path)
    return path


def write_server_config(folder: Path, port: int) -> Path:
    settings = folder / "settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True)
    # no "news" toast over the screenshots, and no update check (it would need the network)
    (settings / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False}))
    config = folder / "jupyter_server_config.py"
    config.write_text(
        "from jupyterlab.galata import configure_jupyter_server\n"
        "configure_jupyter_server(c)\n"
        f"c.ServerApp.ip = '127.0.0.1'\n"
        f"c.ServerApp.port = {port}\n"
        "c.ServerApp.allow_root = True\n"
        "c.ServerApp.open_browser = False\n"
        f"c.ServerApp.root_dir = {str(folder / 'notebooks')!r}\n"
        f"c.LabApp.workspaces_dir = {str(folder / 'workspaces')!r}\n"
        f"c.LabApp.user_settings_dir = {str(folder / 'settings')!r}\n"
    )
    (folder / "workspaces").mkdir()
    return config


def kernel_environment(folder: Path, mirror: str | None) -> dict[str, str]:
    """The server's (and so the kernels') environment: as a student's, minus the network."""
    env = dict(os.environ)
    env.pop("KZDATA_CHART_MODE", None)  # let setup() decide as it would for a student
    if mirror:
        env["KZDATA_MIRROR"] = mirror
    env["KZDATA_OFFLINE"] = "1"  # the kernel must not download either: data come from the mirror
    env["KZDATA_HOME"] = str(folder / "kzdata-cache")  # a first session: nothing cached yet
    env["KZDATA_PROGRESS_FILE"] = str(folder / "progress.json")  # never the user's progress
    env["TMPDIR"] = str(folder)  # galata's own temporary folders end up in ours
    env["JUPYTERLAB_GALATA_ROOT_DIR"] = str(folder / "notebooks")
    return env


def start_server(folder: Path, config: Path, port: int, log_path: Path,
                 env: dict[str, str]) -> subprocess.Popen:
    log = open(log_path, "w")  # noqa: SIM115 - closed when the process ends
    process = subprocess.Popen(
        [sys.executable, "-m", "jupyter", "lab", f"--config={config}"],
        cwd=folder, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"JupyterLab stopped at start; see {log_path}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/status", timeout=2) as r:
                if r.status == 200:
                    return process
        except OSError:
            time.sleep(0.5)
    process.terminate()
    raise RuntimeError(f"JupyterLab did not answer within 90 s; see {log_path}")


def shut_down_kernels(port: int) -> None:
    """End every session (and its kernel) so that the next notebook starts alone."""
    base = f"http://127.0.0.1:{port}/api/sessions"
    try:
        with urllib.request.urlopen(base, timeout=10) as response:
            sessions = json.load(response)
        for session in sessions:
            request = urllib.request.Request(f"{base}/{session['id']}", method="DELETE")
            urllib.request.urlopen(request, timeout=30).close()
    except OSError:
        pass


# -------------------------------------------------------------------------------------------
# what a notebook must show
# -------------------------------------------------------------------------------------------
@dataclass
class Target:
    """One notebook to check."""

    label: str  # as printed: lessons/02-....ipynb or "demo"
    path: Path  # the copy inside the server's folder
    relative: str  # its path under the server's root
    expected: dict[int, str]  # notebook cell index -> "chart" | "explorer"
    sources: dict[int, str] = field(default_factory=dict)  # cell index -> first source line


def expected_charts(path: Path) -> tuple[dict[int, str], dict[int, str]]:
    """Cells whose stored outputs hold an SVG picture: a chart, or an explorer (with its note)."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    expected: dict[int, str] = {}
    sources: dict[int, str] = {}
    for index, cell in enumerate(notebook.get("cells", [])):
        if cell.get("cell_type") != "code":
            continue
        source = "".join(cell.get("source", ""))
        lines = [line for line in source.strip().splitlines() if line.strip()]
        sources[index] = lines[-1].strip()[:80] if lines else ""
        outputs = cell.get("outputs", [])
        if not any("image/svg+xml" in o.get("data", {}) for o in outputs):
            continue
        text = json.dumps([o.get("data", {}).get("text/markdown", "") for o in outputs])
        expected[index] = "explorer" if EXPLORER_NOTE in text else "chart"
    return expected, sources


# -------------------------------------------------------------------------------------------
# the browser side
# -------------------------------------------------------------------------------------------
_NB = "window.jupyterapp.shell.currentWidget.content"
_KERNEL_JS = """() => {
    const w = window.jupyterapp.shell.currentWidget;
    const k = w && w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel;
    return k ? [k.id, k.status, k.connectionStatus].join(' ') : '';
}"""
_CELLS_JS = f"""() => {_NB}.widgets.map(w => ({{
    type: w.model.type,
    count: w.model.type === 'code' ? w.model.executionCount : null,
    empty: !w.model.sharedModel.getSource().trim(),
}}))"""
_COUNT_JS = f"(i) => {_NB}.widgets[i].model.executionCount"
_RUN_JS = f"""(i) => {{ const nb = {_NB};
    nb.deselectAll(); nb.activeCellIndex = i; nb.mode = 'command';
    window.jupyterapp.commands.execute('notebook:run-cell'); }}"""
_OUTPUTS_JS = f"""(i) => {_NB}.widgets[i].model.outputs.toJSON().map(o => ({{
    type: o.output_type, name: o.name || '', ename: o.ename || '', evalue: o.evalue || '',
    text: Array.isArray(o.text) ? o.text.join('') : (o.text || ''),
    plain: o.data && o.data['text/plain'] ? [].concat(o.data['text/plain']).join('') : '',
    mimes: o.data ? Object.keys(o.data) : [],
}}))"""
_NODE_JS = f"(i) => {_NB}.widgets[i].node"
# what is drawn inside one cell's output area
_DRAWN_JS = """(node) => {
    const area = node.querySelector('.jp-OutputArea');
    if (!area) return {svg: 0, canvas: 0, marks: 0, width: 0, height: 0, in_box: false,
                       controls: 0, sliders: 0, aria: ''};
    const drawn = [...area.querySelectorAll('svg.marks, canvas')];
    let marks = 0, width = 0, height = 0;
    for (const el of drawn) {
        const r = el.getBoundingClientRect();
        width = Math.max(width, r.width); height = Math.max(height, r.height);
        marks += el.tagName.toLowerCase() === 'canvas' ? 1
               : el.querySelectorAll('g.role-mark > *').length;
    }
    const labelled = area.querySelector('[aria-label][role="graphics-document"]')
                  || area.querySelector('[aria-label]');
    return {
        svg: area.querySelectorAll('svg.marks').length,
        canvas: area.querySelectorAll('canvas').length,
        marks, width: Math.round(width), height: Math.round(height),
        in_box: !!area.querySelector('.widget-box svg.marks, .widget-box canvas'),
        controls: area.querySelectorAll('.widget-slider, .widget-dropdown, .widget-toggle-buttons,'
                                         + ' .widget-select-multiple').length,
        sliders: area.querySelectorAll('.widget-slider').length,
        aria: labelled ? labelled.getAttribute('aria-label').slice(0, 200) : '',
    };
}"""
# chart containers anywhere in the notebook that drew nothing
_EMPTY_EMBEDS_JS = f"""() => {{
    const out = [];
    {_NB}.widgets.forEach((w, i) => {{
        for (const e of w.node.querySelectorAll('.jp-OutputArea .vega-embed')) {{
            if (!e.querySelector('svg.marks, canvas')) out.push(i);
        }}
    }});
    return [...new Set(out)];
}}"""
# cells whose output area shows one of the phrases
_PHRASES_JS = f"""(phrases) => {{
    const out = [];
    {_NB}.widgets.forEach((w, i) => {{
        const area = w.node.querySelector('.jp-OutputArea');
        const text = area ? area.textContent : '';
        for (const p of phrases) if (text.includes(p)) out.push([i, p]);
    }});
    return out;
}}"""
_EXPLORER_STATE_JS = """(node) => {
    const area = node.querySelector('.jp-OutputArea');
    const htmls = area.querySelectorAll('.widget-html-content');
    const svg = area.querySelector('svg.marks');
    return [htmls.length ? htmls[htmls.length - 1].textContent.trim() : '',
            svg ? svg.outerHTML : ''];
}"""
_CHANGED_JS = """([node, summary, svg]) => {
    const area = node.querySelector('.jp-OutputArea');
    const htmls = area.querySelectorAll('.widget-html-content');
    const now = htmls.length ? htmls[htmls.length - 1].textContent.trim() : '';
    const chart = area.querySelector('svg.marks');
    return now !== summary || (chart ? chart.outerHTML : '') !== svg;
}"""


def wait_for_stable_kernel(page, seconds: float = 90) -> str:
    """Wait until the notebook's kernel is the same, idle and connected twice in a row.

    Opening a notebook sometimes starts two kernels and shuts one down (a JupyterLab race);
    cells sent in that moment are lost. So wait for the kernel to settle first.
    """
    deadline = time.monotonic() + seconds
    last = ""
    while time.monotonic() < deadline:
        now = page.evaluate(_KERNEL_JS)
        if now and now == last and now.endswith("idle connected"):
            return now
        last = now
        page.wait_for_timeout(1500)
    raise RuntimeError(f"the notebook's kernel did not settle within {seconds:.0f} s ({last!r})")


def dismiss_dialogs(page, notes: list[str]) -> None:
    """Note and close any JupyterLab dialog (none is expected; one would block the run)."""
    dialogs = page.locator(".jp-Dialog")
    for _ in range(3):
        if not dialogs.count():
            return
        notes.append("dialog: " + dialogs.first.inner_text().strip().replace("\n", " ")[:300])
        page.keyboard.press("Escape")
        page.wait_for_timeout(500)


def run_all_cells(page, timeout: float) -> list[int]:
    """Clear every output, then run each code cell in order, each after the previous finished.

    Equivalent to "Run All", but it cannot lose cells: a cell still not started long after it
    was sent (kernel idle) is sent again, once. Returns the indices of the code cells run.
    """
    page.evaluate("() => window.jupyterapp.commands.execute('notebook:clear-all-cell-outputs')")
    page.wait_for_function(f"() => {_NB}.widgets.every(w => w.model.type !== 'code' "
                           "|| w.model.executionCount === null)", timeout=30_000)
    cells = page.evaluate(_CELLS_JS)
    code = [i for i, c in enumerate(cells) if c["type"] == "code" and not c["empty"]]
    deadline = time.monotonic() + timeout
    for index in code:
        for attempt in range(2):
            page.evaluate(_RUN_JS, index)
            sent = time.monotonic()
            while time.monotonic() < deadline:
                if page.evaluate(_COUNT_JS, index) is not None:
                    break
                kernel = page.evaluate(_KERNEL_JS)
                if attempt == 0 and time.monotonic() - sent > 20 and kernel.endswith("idle connected"):
                    break  # never started: send it again
                page.wait_for_timeout(200)
            else:
                raise RuntimeError(f"cell {index + 1} did not finish within {timeout:.0f} s "
                                   "of the start of the run")
            if page.evaluate(_COUNT_JS, index) is not None:
                break
        else:
            raise RuntimeError(f"cell {index + 1} was sent twice and never ran")
    return code


def cell_problems(page, index: int) -> list[str]:
    """Error outputs of one cell (from the notebook model, whatever is on screen)."""
    problems = []
    for output in page.evaluate(_OUTPUTS_JS, index):
        if output["type"] == "error":
            problems.append(f"{output['ename']}: {output['evalue']}"[:400])
        elif output["type"] == "stream" and output["name"] == "stderr":
            problems.append(f"stderr: {output['text'].strip()}"[:400])
        text = output["text"] + output["plain"]
        problems += [f"output says {phrase!r}" for phrase in BAD_PHRASES if phrase in text]
    return problems


def setup_message(page, code: list[int]) -> str:
    for index in code[:5]:
        for output in page.evaluate(_OUTPUTS_JS, index):
            if "kzdata charts:" in output["text"]:
                return output["text"].strip()
    return ""


def wait_drawn(page, node, seconds: float) -> dict:
    """Wait until the cell's output shows an svg.marks or canvas with marks; return what is drawn."""
    deadline = time.monotonic() + seconds
    drawn = page.evaluate(_DRAWN_JS, node)
    while time.monotonic() < deadline:
        if (drawn["svg"] or drawn["canvas"]) and drawn["marks"] and drawn["width"] > 0:
            break
        page.wait_for_timeout(300)
        drawn = page.evaluate(_DRAWN_JS, node)
    return drawn


def visible(handles: list) -> list:
    return [h for h in handles if h.is_visible()]


def _wait_changed(page, node, before: list[str], seconds: float = 30) -> float | None:
    """When the explorer's summary or chart first differs from ``before`` (None: never)."""
    try:
        page.wait_for_function(_CHANGED_JS, arg=[node, before[0], before[1]],
                               timeout=seconds * 1000, polling=20)
        return time.monotonic()
    except Exception:  # noqa: BLE001 - playwright's TimeoutError
        return None


def exercise_explorer(page, node, index: int, shots: Path) -> dict:
    """Move one control of the explorer in this cell; report whether the summary or chart changed."""
    result: dict = {"cell": index + 1}
    node.scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    sliders = visible(node.query_selector_all(".jp-OutputArea .widget-slider"))
    dropdowns = visible(node.query_selector_all(".jp-OutputArea .widget-dropdown select"))
    before = page.evaluate(_EXPLORER_STATE_JS, node)
    shot = shots / f"cell_{index + 1:03d}_explorer_before.png"
    node.screenshot(path=str(shot))
    result["screenshots"] = [str(shot)]
    if sliders:
        slider = sliders[0]
        label = slider.query_selector(".widget-label")
        readout = slider.query_selector(".widget-readout")
        result["control"] = "slider"
        result["label"] = label.inner_text().strip() if label else ""
        old_value = readout.inner_text().strip() if readout else ""
        handle = slider.query_selector(".noUi-handle")
        handle.focus()
        key = "ArrowRight"
        if handle.get_attribute("aria-valuenow") == handle.get_attribute("aria-valuemax"):
            key = "ArrowLeft"  # already at the top: move down instead
        moved = time.monotonic()
        handle.press(key)  # one step first: the time until the page changes is the latency
        first_change = _wait_changed(page, node, before)
        for _ in range(4):  # then a few more, so that the move is plain on the pictures
            handle.press(key)
        new_value = readout.inner_text().strip() if readout else ""
        result["value"] = [old_value, new_value]
    elif dropdowns:
        select = dropdowns[0]
        result["control"] = "dropdown"
        label = select.evaluate("s => (s.parentElement.querySelector('.widget-label') || {}).textContent || ''")
        result["label"] = label.strip()
        options = select.evaluate("s => [...s.options].map(o => o.textContent)")
        current = select.evaluate("s => s.selectedIndex")
        choice = 1 if current == 0 and len(options) > 1 else 0
        result["value"] = [options[current] if current >= 0 else "", options[choice]]
        moved = time.monotonic()
        select.select_option(index=choice)
        first_change = _wait_changed(page, node, before)
    else:
        result["control"] = "none"
        result["responded"] = False
        result["why"] = "no visible slider or dropdown in this explorer"
        return result
    changed = first_change is not None
    if changed:
        result["seconds_to_change"] = round(first_change - moved, 2)
    page.wait_for_timeout(1500)  # let the chart finish redrawing before the picture
    after = page.evaluate(_EXPLORER_STATE_JS, node)
    drawn = page.evaluate(_DRAWN_JS, node)
    result["summary"] = {"before": before[0][:400], "after": after[0][:400]}
    result["summary_changed"] = before[0] != after[0]
    result["chart_changed"] = before[1] != after[1]
    result["chart_still_drawn"] = bool(drawn["marks"])
    value_moved = result["control"] != "slider" or result["value"][0] != result["value"][1]
    result["responded"] = bool(changed and value_moved and drawn["marks"]
                               and (result["summary_changed"] or result["chart_changed"]))
    if not result["responded"]:
        result["why"] = ("the slider did not move" if not value_moved else
                         "neither the summary nor the chart changed within 30 s" if not changed else
                         "the chart disappeared")
    shot = shots / f"cell_{index + 1:03d}_explorer_after.png"
    node.screenshot(path=str(shot))
    result["screenshots"].append(str(shot))
    return result


def check_notebook(browser, port: int, target: Target, out: Path, args: argparse.Namespace,
                   number: int) -> dict:
    """Open one notebook in a fresh page, run it, check it; return its report."""
    started = time.monotonic()
    shots = out / Path(target.relative).stem
    shutil.rmtree(shots, ignore_errors=True)
    shots.mkdir(parents=True)
    report: dict = {"notebook": target.label, "checks": {}, "charts": [], "explorers": [],
                    "notes": [], "problems": [], "blocked_requests": [], "failed_requests": [],
                    "console_errors": [], "screenshots_dir": str(shots)}
    checks = report["checks"]
    page = browser.new_page(viewport={"width": 1280, "height": 2000})

    def route(route_, request) -> None:
        host = urlparse(request.url).hostname or ""
        if args.allow_network or host in LOOPBACK or request.url.startswith(("data:", "blob:")):
            route_.continue_()
        else:
            report["blocked_requests"].append(request.url)
            route_.abort()

    page.route("**/*", route)
    page.on("requestfailed", lambda r: report["failed_requests"].append(r.url))
    page.on("console", lambda m: report["console_errors"].append(m.text[:300])
            if m.type == "error" else None)
    try:
        # a workspace of its own, so JupyterLab does not reopen the previous notebook
        page.goto(f"http://127.0.0.1:{port}/lab/workspaces/check{number}/tree/"
                  f"{quote(target.relative)}", timeout=90_000)
        page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']",
                               timeout=120_000)
        wait_for_stable_kernel(page)
        dismiss_dialogs(page, report["notes"])
        page.locator(".jp-Notebook .jp-Cell").first.click()
        code = run_all_cells(page, timeout=args.timeout)
        checks["all_cells_ran"] = True
        report["cells"] = len(code)
        report["run_seconds"] = round(time.monotonic() - started, 1)
        dismiss_dialogs(page, report["notes"])

        # errors, anywhere
        for index in code:
            for problem in cell_problems(page, index):
                report["problems"].append({"cell": index + 1, "source": target.sources.get(index, ""),
                                           "problem": problem})
        report["setup_message"] = setup_message(page, code)
        checks["offline_renderer_chosen"] = OFFLINE_SETUP in report["setup_message"]

        # every chart drew
        for index, kind in sorted(target.expected.items()):
            node = page.evaluate_handle(_NODE_JS, index).as_element()
            node.scroll_into_view_if_needed()
            drawn = wait_drawn(page, node, args.chart_timeout)
            entry = {"cell": index + 1, "kind": kind, "source": target.sources.get(index, ""),
                     **drawn}
            ok = bool((drawn["svg"] or drawn["canvas"]) and drawn["marks"] and drawn["width"] > 0)
            if kind == "explorer":
                ok = ok and drawn["in_box"] and drawn["controls"] > 0
            entry["drawn"] = ok
            if not ok:
                entry["why"] = ("nothing drawn" if not (drawn["svg"] or drawn["canvas"]) else
                                "drawn but no marks" if not drawn["marks"] else
                                "not inside a live widget box with controls (a static fallback?)"
                                if kind == "explorer" else "zero size")
            shot = shots / f"cell_{index + 1:03d}_{kind}.png"
            node.screenshot(path=str(shot))
            entry["screenshot"] = str(shot)
            report["charts"].append(entry)
        if not target.expected:
            report["notes"].append("no stored chart outputs in the .ipynb: no chart was expected "
                                   "(is the notebook committed executed?)")
        checks["every_chart_drawn"] = all(c["drawn"] for c in report["charts"])
        empty = page.evaluate(_EMPTY_EMBEDS_JS)
        report["empty_chart_cells"] = [i + 1 for i in empty]
        checks["no_empty_chart_container"] = not empty
        # after the charts had time to load: what the page shows (e.g. a failed script load)
        flagged = page.evaluate(_PHRASES_JS, list(BAD_PHRASES))
        for index, phrase in flagged:  # shown on the page, not in the outputs' text
            problem = f"the page shows {phrase!r}"
            if not any(p["cell"] == index + 1 and phrase in p["problem"] for p in report["problems"]):
                report["problems"].append({"cell": index + 1,
                                           "source": target.sources.get(index, ""),
                                           "problem": problem})
        checks["no_error_output"] = not report["problems"]
        checks["no_error_loading_script"] = not any(p == "Error loading script" for _, p in flagged)

        # explorers respond
        explorer_cells = [c["cell"] - 1 for c in report["charts"] if c["kind"] == "explorer"]
        for index in code:  # explorers the stored outputs did not announce
            if index in explorer_cells or index in target.expected:
                continue
            node = page.evaluate_handle(_NODE_JS, index).as_element()
            if page.evaluate(_DRAWN_JS, node)["controls"] and node.query_selector(
                    ".jp-OutputArea .widget-box svg.marks, .jp-OutputArea .widget-box canvas"):
                explorer_cells.append(index)
        has_slider = False
        for index in sorted(explorer_cells):
            node = page.evaluate_handle(_NODE_JS, index).as_element()
            has_slider = has_slider or bool(visible(node.query_selector_all(".jp-OutputArea .widget-slider")))
            report["explorers"].append(exercise_explorer(page, node, index, shots))
        report["has_slider"] = has_slider
        if not explorer_cells:
            report["notes"].append("no explorer in this notebook")
        elif not has_slider:
            report["notes"].append("no slider in this lesson's explorers: checked through "
                                   "their dropdowns instead")
        if explorer_cells:
            checks["explorers_respond"] = all(e["responded"] for e in report["explorers"])
        checks["nothing_needed_network"] = not report["blocked_requests"]
        shot = shots / "last_view.png"
        page.screenshot(path=str(shot))
    except Exception as exc:  # keep a picture of what went wrong
        report["error"] = f"{type(exc).__name__}: {exc}"[:1000]
        checks["no_exception"] = False
        shot = shots / "failure.png"
        try:
            page.screenshot(path=str(shot), full_page=True)
            report["failure_screenshot"] = str(shot)
        except Exception:  # noqa: BLE001
            pass
    finally:
        page.close()
        shut_down_kernels(port)
    report["seconds"] = round(time.monotonic() - started, 1)
    report["ok"] = bool(checks) and all(checks.values())
    return report


# -------------------------------------------------------------------------------------------
# the whole run
# -------------------------------------------------------------------------------------------
def prepare_targets(args: argparse.Namespace, notebooks: Path) -> list[Target]:
    targets: list[Target] = []
    if not args.no_demo:
        path = write_demo(notebooks)
        _, sources = expected_charts(path)
        targets.append(Target("demo", path, path.name, dict(DEMO_EXPECTED), sources))
    chosen = list(args.notebooks) + list(args.notebook or [])
    if args.all:
        chosen += sorted((ROOT / "lessons").glob("[0-9]*.ipynb"))
    seen = set()
    for source in chosen:
        source = Path(source).resolve()
        if source in seen:
            continue
        seen.add(source)
        if not source.is_file():
            raise SystemExit(f"no notebook at {source}")
        folder = source.parent.name or "notebooks"
        copy = notebooks / folder / source.name
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, copy)
        expected, sources = expected_charts(source)
        try:
            label = str(source.relative_to(ROOT))
        except ValueError:
            label = str(source)
        targets.append(Target(label, copy, f"{folder}/{source.name}", expected, sources))
    return targets


def one_line(entry: dict) -> str:
    """The summary line of one notebook."""
    verdict = "PASS" if entry.get("ok") else "FAIL"
    parts = []
    if "cells" in entry:
        parts.append(f"{entry['cells']} cells ran")
    charts = entry.get("charts", [])
    if charts:
        parts.append(f"{sum(c['drawn'] for c in charts)}/{len(charts)} charts drawn")
    for explorer in entry.get("explorers", []):
        state = "responded" if explorer["responded"] else "DID NOT RESPOND"
        took = f" after {explorer['seconds_to_change']:.2f} s" if "seconds_to_change" in explorer else ""
        parts.append(f"cell {explorer['cell']} {explorer['control']} {state}{took}")
    if entry.get("explorers") and not entry.get("has_slider"):
        parts.append("no slider in this lesson")
    if not entry.get("explorers") and "cells" in entry:
        parts.append("no explorer")
    failed = [name for name, ok in entry.get("checks", {}).items() if not ok]
    if failed:
        parts.append("FAILED: " + ", ".join(failed))
    for problem in entry.get("problems", [])[:3]:
        parts.append(f"cell {problem['cell']}: {problem['problem'][:120]}")
    for chart in charts:
        if not chart["drawn"]:
            parts.append(f"cell {chart['cell']} ({chart['kind']}): {chart.get('why')}")
    if entry.get("error"):
        parts.append(entry["error"][:200])
    return f"{verdict}  {entry['notebook']:<58} {entry.get('seconds', 0):>5.0f} s  " + "; ".join(parts)


def run(args: argparse.Namespace, folder: Path, out: Path) -> dict:
    from playwright.sync_api import sync_playwright

    notebooks = folder / "notebooks"
    notebooks.mkdir()
    targets = prepare_targets(args, notebooks)
    mirror, how = find_mirror()
    report: dict = {"started": time.strftime("%Y-%m-%d %H:%M:%S"), "mirror": mirror,
                    "mirror_found_by": how, "notebooks": []}
    if mirror is None:
        print(f"[browser_check] warning: {how}", file=sys.stderr)
    port = args.port or free_port()
    config = write_server_config(folder, port)
    env = kernel_environment(folder, mirror)
    report["kernel_environment"] = {k: env.get(k) for k in (
        "KZDATA_MIRROR", "KZDATA_OFFLINE", "KZDATA_HOME", "KZDATA_PROGRESS_FILE", "KZDATA_CHART_MODE")}
    log_path = out / "jupyterlab.log"
    server = start_server(folder, config, port, log_path, env)
    report["server_log"] = str(log_path)
    started = time.monotonic()
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS,
                                         headless=True)
            for number, target in enumerate(targets, start=1):
                print(f"[browser_check] {target.label} ...", file=sys.stderr, flush=True)
                entry = check_notebook(browser, port, target, out, args, number)
                report["notebooks"].append(entry)
                print(one_line(entry), flush=True)
            browser.close()
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
    report["seconds"] = round(time.monotonic() - started, 1)
    report["ok"] = bool(report["notebooks"]) and all(n["ok"] for n in report["notebooks"])
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="Example: .venv/bin/python tools/browser_check.py --all --out browser-report")
    parser.add_argument("notebooks", nargs="*", type=Path,
                        help="lesson notebooks to check (after the demo)")
    parser.add_argument("--all", action="store_true",
                        help="check every lesson in lessons/ (after the demo)")
    parser.add_argument("--no-demo", action="store_true", help="skip the demo notebook")
    parser.add_argument("--notebook", type=Path, action="append",
                        help="same as naming a notebook (kept for old scripts)")
    parser.add_argument("--out", type=Path, default=None,
                        help="folder for screenshots, the server log and report.json "
                             "(default: a new temporary folder)")
    parser.add_argument("--chromium", default=CHROMIUM, help=f"Chromium binary (default {CHROMIUM})")
    parser.add_argument("--port", type=int, default=0, help="server port (default: a free one)")
    parser.add_argument("--timeout", type=int, default=420,
                        help="seconds allowed to run all cells of one notebook (default 420)")
    parser.add_argument("--chart-timeout", type=int, default=30,
                        help="seconds a chart may take to appear once its cell ran (default 30)")
    parser.add_argument("--allow-network", action="store_true",
                        help="do not block requests to other hosts (check the online case)")
    args = parser.parse_args(argv)
    try:
        import playwright  # noqa: F401
    except ImportError:
        print("Python playwright is missing: .venv/bin/pip install playwright "
              "(the browser itself comes from apt-get install chromium).", file=sys.stderr)
        return 2
    if not Path(args.chromium).exists():
        print(f"No Chromium at {args.chromium}: apt-get install chromium, or pass --chromium.",
              file=sys.stderr)
        return 2
    if args.no_demo and not (args.all or args.notebooks or args.notebook):
        parser.error("nothing to check: name notebooks, or use --all, or drop --no-demo")
    out = (args.out or Path(tempfile.mkdtemp(prefix="kzdata-browser-"))).resolve()
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="kzdata-browser-work-"))
    try:
        report = run(args, folder, out)
    except Exception as exc:  # report, do not hide: the exit code says it failed
        report = {"ok": False, "error": f"{type(exc).__name__}: {exc}", "notebooks": []}
        print(f"FAIL  {report['error']}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    report["out"] = str(out)
    (out / "report.json").write_text(json.dumps(report, indent=2))
    passed = sum(n["ok"] for n in report["notebooks"])
    print(f"{'OK' if report['ok'] else 'FAILED'}: {passed}/{len(report['notebooks'])} notebooks "
          f"passed in {report.get('seconds', 0):.0f} s; report and screenshots in {out}")
    if report.get("mirror") is None and report["notebooks"]:
        print(f"note: {report.get('mirror_found_by', '')}")
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
