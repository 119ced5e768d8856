#!/usr/bin/env python
"""Check in a real browser that course charts and explorers show in JupyterLab with no network.

What it does:

1. writes a small demo notebook into a temporary folder (or copies the notebook given with
   ``--notebook``): cell 1 ``import kzdata.charts as kc; kc.setup()``, cell 2 a chart from a
   bundled dataset, cell 3 an explorer (the survey sampler);
2. starts JupyterLab on 127.0.0.1 with an empty token (``jupyterlab.galata``'s test
   configuration), in that folder;
3. opens the notebook in headless Chromium (Debian's ``chromium``, driven by Python
   Playwright) while **every request to a host other than 127.0.0.1 is aborted**, as on a
   laptop without network;
4. runs every cell in order (one at a time, after the kernel has settled) and checks: no error output, no "Error loading script", the chart drawn
   (an ``svg``/``canvas`` inside the output), the explorer's slider moves and its summary
   changes;
5. saves screenshots into ``--out`` and prints a JSON report; exits 1 on any failure.

Usage (from the repository root)::

    apt-get install chromium                      # once; no Playwright browser download
    .venv/bin/pip install playwright              # the optional "browser" extra
    .venv/bin/python tools/browser_check.py --out /tmp/kzdata-browser

Needs: jupyterlab, ipywidgets, anywidget, vl-convert-python and kzdata in the environment that
runs this script (the JupyterLab server and its kernel use the same Python), plus Chromium at
``/usr/lib/chromium/chromium`` (or ``--chromium PATH``). Runs in about 30-60 s.
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
from pathlib import Path
from urllib.parse import urlparse

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

DEMO_CELLS = [
    "import kzdata.charts as kc\nkc.setup()",
    "chart = kc.sector_shares_chart()\nchart",
    "from kzdata.widgets import survey_sampler\nsampler = survey_sampler()\nsampler",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def write_demo(folder: Path) -> Path:
    import nbformat

    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell(source) for source in DEMO_CELLS]
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                       "language": "python"}
    path = folder / "browser_check_demo.ipynb"
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


def start_server(folder: Path, config: Path, port: int, log_path: Path) -> subprocess.Popen:
    env = dict(os.environ)
    env.pop("KZDATA_CHART_MODE", None)  # let setup() decide as it would for a student
    env["TMPDIR"] = str(folder)  # galata's own temporary folders end up in ours
    env["JUPYTERLAB_GALATA_ROOT_DIR"] = str(folder / "notebooks")
    log = open(log_path, "w")  # noqa: SIM115 - closed when the process ends
    process = subprocess.Popen(
        [sys.executable, "-m", "jupyter", "lab", f"--config={config}"],
        cwd=folder, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
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
    raise RuntimeError(f"JupyterLab did not answer within 60 s; see {log_path}")

_KERNEL_JS = """() => {
    const w = window.jupyterapp.shell.currentWidget;
    const k = w && w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel;
    return k ? [k.id, k.status, k.connectionStatus].join(' ') : '';
}"""
_PROMPTS_JS = """() => [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputArea-prompt')]
    .map(p => p.textContent.trim())"""


def wait_for_stable_kernel(page, seconds: float = 60) -> str:
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


def run_all_cells(page, timeout: float) -> None:
    """Run every code cell in order, one at a time, each after the previous one finished.

    Equivalent to "Run All", but it cannot lose cells: a cell whose prompt is still "[ ]"
    long after it was sent (kernel idle) is sent again, once.
    """
    count = len(page.evaluate(_PROMPTS_JS))
    deadline = time.monotonic() + timeout
    for index in range(count):
        for attempt in range(2):
            page.evaluate(
                """(i) => { const nb = window.jupyterapp.shell.currentWidget.content;
                           nb.activeCellIndex = i; nb.mode = 'command';
                           window.jupyterapp.commands.execute('notebook:run-cell'); }""", index)
            sent = time.monotonic()
            while time.monotonic() < deadline:
                prompt = page.evaluate(_PROMPTS_JS)[index]
                if prompt.startswith("[") and prompt[1:-2].isdigit():
                    break
                if prompt == "[ ]:" and time.monotonic() - sent > 20 and attempt == 0:
                    break  # never started: send it again
                page.wait_for_timeout(250)
            else:
                raise RuntimeError(f"cell {index + 1} did not finish within {timeout:.0f} s")
            if page.evaluate(_PROMPTS_JS)[index][1:-2].isdigit():
                break
        else:
            raise RuntimeError(f"cell {index + 1} was sent twice and never ran")


def cell_outputs_text(page, index: int) -> str:
    return page.locator(".jp-Notebook .jp-CodeCell").nth(index).locator(
        ".jp-OutputArea").inner_text()


def run_check(args: argparse.Namespace, folder: Path, out: Path) -> dict:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    report: dict = {"checks": {}, "blocked_requests": [], "failed_requests": [],
                    "console_errors": [], "screenshots": []}
    checks = report["checks"]
    notebooks = folder / "notebooks"
    notebooks.mkdir()
    if args.notebook:
        target = notebooks / Path(args.notebook).name
        shutil.copy(args.notebook, target)
    else:
        target = write_demo(notebooks)
    port = args.port or free_port()
    config = write_server_config(folder, port)
    server = start_server(folder, config, port, out / "jupyterlab.log")
    report["server_log"] = str(out / "jupyterlab.log")
    started = time.monotonic()
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS,
                                         headless=True)
            page = browser.new_page(viewport={"width": 1280, "height": 1400})

            def route(route_, request) -> None:
                host = urlparse(request.url).hostname or ""
                if args.allow_network or host in LOOPBACK or request.url.startswith(("data:", "blob:")):
                    route_.continue_()
                else:
                    report["blocked_requests"].append(request.url)
                    route_.abort()

            page.route("**/*", route)
            page.on("requestfailed", lambda r: report["failed_requests"].append(r.url))
            page.on("console", lambda m: report["console_errors"].append(m.text)
                    if m.type == "error" else None)

            try:
                page.goto(f"http://127.0.0.1:{port}/lab/tree/{target.name}", timeout=60_000)
                page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']",
                                       timeout=90_000)
                wait_for_stable_kernel(page)
                page.locator(".jp-Notebook .jp-Cell").first.click()
                run_all_cells(page, timeout=args.timeout)
                checks["all_cells_ran"] = True
                report["run_seconds"] = round(time.monotonic() - started, 1)
                n_cells = page.locator(".jp-Notebook .jp-CodeCell").count()

                errors = page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr'],"
                                      ".jp-RenderedText[data-mime-type='application/vnd.jupyter.error']")
                error_texts = [errors.nth(i).inner_text() for i in range(errors.count())]
                all_output = "\n".join(cell_outputs_text(page, i) for i in range(n_cells))
                report["setup_message"] = cell_outputs_text(page, 0).strip()
                checks["no_error_output"] = not error_texts and "Traceback" not in all_output
                report["error_outputs"] = error_texts
                checks["no_error_loading_script"] = "Error loading script" not in all_output

                if args.notebook is None:
                    chart_cell = page.locator(".jp-Notebook .jp-CodeCell").nth(1)
                    try:
                        chart_cell.locator(".jp-OutputArea svg.marks, .jp-OutputArea canvas").first.wait_for(
                            timeout=30_000)
                        checks["chart_rendered"] = True
                        # what a screen reader announces for the chart (Vega's SVG renderer)
                        report["chart_aria"] = chart_cell.evaluate(
                            """cell => [...cell.querySelectorAll('.jp-OutputArea [aria-label]')]
                                .slice(0, 3).map(e => e.tagName + ' ' + (e.getAttribute('role') || '')
                                + ': ' + e.getAttribute('aria-label').slice(0, 160))""")
                    except PlaywrightTimeout:
                        checks["chart_rendered"] = False
                    shot = out / "chart.png"
                    chart_cell.screenshot(path=str(shot))
                    report["screenshots"].append(str(shot))

                    explorer = page.locator(".jp-Notebook .jp-CodeCell").nth(2)
                    explorer.scroll_into_view_if_needed()
                    try:
                        explorer.locator(".widget-slider").first.wait_for(timeout=30_000)
                        explorer.locator(".jp-OutputArea svg.marks, .jp-OutputArea canvas").first.wait_for(
                            timeout=30_000)
                        checks["explorer_rendered"] = True
                    except PlaywrightTimeout:
                        checks["explorer_rendered"] = False
                    shot = out / "explorer_before.png"
                    explorer.screenshot(path=str(shot))
                    report["screenshots"].append(str(shot))
                    summary = explorer.locator(".widget-html-content").last
                    readout = explorer.locator(".widget-readout").first
                    before = {"readout": readout.inner_text(), "summary": summary.inner_text()}
                    handle = explorer.locator(".widget-slider .noUi-handle").first
                    handle.focus()
                    for _ in range(5):
                        handle.press("ArrowRight")
                    try:
                        page.wait_for_function(
                            "([el, old]) => el.innerText !== old",
                            arg=[summary.element_handle(), before["summary"]], timeout=30_000)
                        page.wait_for_timeout(1500)  # let the chart redraw
                    except PlaywrightTimeout:
                        pass
                    after = {"readout": readout.inner_text(), "summary": summary.inner_text()}
                    report["slider"] = {"before": before, "after": after}
                    checks["explorer_responds_to_slider"] = (
                        before["readout"] != after["readout"] and before["summary"] != after["summary"])
                    shot = out / "explorer_after.png"
                    explorer.screenshot(path=str(shot))
                    report["screenshots"].append(str(shot))
                if args.notebook is not None:  # one picture per cell, to look at
                    cells = page.locator(".jp-Notebook .jp-CodeCell")
                    for i in range(n_cells):
                        cells.nth(i).scroll_into_view_if_needed()
                        page.wait_for_timeout(500)
                        shot = out / f"cell_{i + 1:02d}.png"
                        cells.nth(i).screenshot(path=str(shot))
                        report["screenshots"].append(str(shot))
                shot = out / "notebook.png"
                page.screenshot(path=str(shot), full_page=True)
                report["screenshots"].append(str(shot))
            except Exception as exc:  # keep a picture of what went wrong
                report["error"] = f"{type(exc).__name__}: {exc}"
                checks["no_exception"] = False
                shot = out / "failure.png"
                page.screenshot(path=str(shot), full_page=True)
                report["screenshots"].append(str(shot))
                report["prompts"] = page.evaluate(
                    "() => [...document.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')]"
                    ".map(p => p.textContent.trim())")
            browser.close()
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
    report["seconds"] = round(time.monotonic() - started, 1)
    report["ok"] = all(checks.values()) and bool(checks)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=None,
                        help="folder for screenshots, the server log and report.json "
                             "(default: a new temporary folder)")
    parser.add_argument("--notebook", type=Path, default=None,
                        help="check this notebook (run all, no errors, no 'Error loading script') "
                             "instead of the demo")
    parser.add_argument("--chromium", default=CHROMIUM, help=f"Chromium binary (default {CHROMIUM})")
    parser.add_argument("--port", type=int, default=0, help="server port (default: a free one)")
    parser.add_argument("--timeout", type=int, default=180, help="seconds allowed for 'run all'")
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
    out = args.out or Path(tempfile.mkdtemp(prefix="kzdata-browser-"))
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="kzdata-browser-work-"))
    try:
        report = run_check(args, folder, out)
    except Exception as exc:  # report, do not hide: the exit code says it failed
        report = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    report["out"] = str(out)
    (out / "report.json").write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))
    return 0 if report.get("ok") else 1


if __name__ == "__main__":
    raise SystemExit(main())
