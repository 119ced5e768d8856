# The two commands of the README. Both set up the project-local environment (.venv) first.
PYTHON ?= python3

.PHONY: lab test setup browser-test
lab:
	$(PYTHON) tools/dev.py lab

test:
	$(PYTHON) tools/dev.py test

setup:
	$(PYTHON) tools/dev.py setup

# Maintainers: every lesson in JupyterLab in headless Chromium, network cut off (needs Debian's
# chromium: apt-get install chromium; Python playwright is installed into .venv if missing);
# screenshots and report.json in browser-report/.
browser-test: setup
	.venv/bin/python -c "import playwright" 2>/dev/null || \
		.venv/bin/python -m pip install --quiet -c binder/requirements.txt -e ".[test,browser]"
	.venv/bin/python tools/browser_check.py --all --out browser-report
