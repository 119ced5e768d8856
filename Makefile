# The two commands of the README. Both set up the project-local environment (.venv) first.
PYTHON ?= python3

.PHONY: lab test setup
lab:
	$(PYTHON) tools/dev.py lab

test:
	$(PYTHON) tools/dev.py test

setup:
	$(PYTHON) tools/dev.py setup
