"""Parsers: one module per publisher's file format, each returning a tidy ``pandas.DataFrame``.

Each parser takes the local path(s) of verified original files (``kzdata.remote`` fetches and
checks them) and returns a long, tidy frame with snake_case ASCII column names. Parsers do not
know about the catalogue: ``kzdata.remote.load_remote`` adds the ``source_id`` column and
coerces the result to the columns and dtypes of the dataset's sidecar.

============================  ==============================================================
module                        files
============================  ==============================================================
``kzdata.parsers.ilo``        ILO/NASK task-score workbook (WP140 2025, with WP96 2023 scores)
``kzdata.parsers.aioe``       Felten-Raj-Seamans AIOE data appendix and language-modelling file
``kzdata.parsers.research_csv``  Frey-Osborne table, GPTs-are-GPTs occupation file, BLS OEWS
``kzdata.parsers.ibs``        IBS crosswalk archive (Stata files in a zip)
``kzdata.parsers.worldbank``  World Bank WDI bulk CSV and its indicator metadata CSV
``kzdata.parsers.bns``        BNS workbooks (Russian- and English-language)
``kzdata.parsers.egdi``       UN E-Government Development Index CSV files
============================  ==============================================================

A file that does not have the layout a parser expects raises
:class:`kzdata.parsers.ParseError` naming the file and what was missing, rather than returning
a frame with wrong figures.
"""

from kzdata.parsers._common import ParseError

__all__ = ["ParseError"]
