"""kzdata: data and tools for the course "AI and work in Kazakhstan".

The whole student-facing API of the data layer is four functions:

>>> import kzdata
>>> table = kzdata.list_datasets()   # what is there
>>> groups = kzdata.load("isco_major_groups")   # a tidy pandas DataFrame
>>> card = kzdata.info("isco_major_groups")   # description, columns, units, caveats
>>> citation = kzdata.cite("isco_major_groups")   # every source, formatted

Charts (``kzdata.charts``), explorers (``kzdata.widgets``), models (``kzdata.exposure``,
``kzdata.scenarios``, ``kzdata.survey``) and exercises (``kzdata.exercises``) are imported on
their own, so that ``import kzdata`` stays fast and never imports Altair, ipywidgets or a
network library.
"""

from kzdata.catalog import cite, info, list_datasets, load
from kzdata.errors import (
    ChecksumError,
    DatasetNotFoundError,
    FilterError,
    KzdataError,
    MetadataError,
    RemoteDataUnavailableError,
)

__version__ = "0.1.0"

__all__ = [
    "load",
    "list_datasets",
    "info",
    "cite",
    "KzdataError",
    "DatasetNotFoundError",
    "FilterError",
    "MetadataError",
    "ChecksumError",
    "RemoteDataUnavailableError",
    "__version__",
]
