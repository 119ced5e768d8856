"""Explorers for the lessons: controls that drive kzdata's models and charts.

Each factory returns an :class:`Explorer`. Leave it as the last line of a cell to show it::

    import kzdata.charts as kc
    from kzdata.widgets import survey_sampler
    kc.setup()
    sampler = survey_sampler()
    sampler                      # controls, chart and a summary in JupyterLab

Its parts are there for you (and for tests) without a browser:

* ``sampler.controls`` - the ipywidgets controls by name (``sampler.controls["sample_size"]``);
* ``sampler.widget`` - the whole box; ``sampler.chart`` - the current chart;
* ``sampler.state`` and ``sampler.summary`` - the current settings and numbers;
* ``sampler.set(sample_size=400)`` - change settings from code.

Explorers hold no logic of their own: every number comes from :mod:`kzdata.exposure`,
:mod:`kzdata.scenarios` or :mod:`kzdata.survey`, and every chart from :mod:`kzdata.charts`.
Where no widget front end exists (a script, a notebook run by nbclient or nbval, static chart
mode) an explorer shows its chart for the current settings, with a note.

Factories: :func:`exposure_explorer`, :func:`scenario_explorer`, :func:`survey_sampler`,
:func:`claims_checker`, :func:`labour_market_explorer`.
"""

from __future__ import annotations

from ._base import Control, Explorer, ExplorerInputError, Result, widget_front_end
from ._data_explorers import claims_checker, labour_market_explorer
from ._model_explorers import exposure_explorer, scenario_explorer, survey_sampler

__all__ = [
    "exposure_explorer",
    "scenario_explorer",
    "survey_sampler",
    "claims_checker",
    "labour_market_explorer",
    "Explorer",
    "Control",
    "Result",
    "ExplorerInputError",
    "widget_front_end",
]
