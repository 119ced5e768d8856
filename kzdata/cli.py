"""The ``kzdata`` command.

    kzdata list                                   every dataset
    kzdata info NAME                              description, columns, sources, caveats
    kzdata cite NAME                              the citation and every source
    kzdata export NAME PATH [--format F] [--where COL=VALUE] [--overwrite]
    kzdata download [NAMES...] --to DIR           build a mirror of the remote files
    kzdata download --check DIR                   verify a mirror
    kzdata solutions --to DIR                     lecturer copies of the exercise notebooks
    kzdata course build [--check]                 regenerate syllabus, competency map, guide
    kzdata course links --hub URL [--repo URL]    nbgitpuller links for a JupyterHub

Errors print one clear message to standard error and exit with status 2; nothing is written.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from kzdata import catalog
from kzdata.errors import KzdataError

EXPORT_FORMATS = ("csv", "xlsx", "json")


class UsageError(KzdataError):
    """A command-line request that cannot be carried out as given."""


def _parse_where(items: Sequence[str]) -> dict[str, list[str]]:
    filters: dict[str, list[str]] = {}
    for item in items:
        column, sep, value = item.partition("=")
        if not sep or not column:
            raise UsageError(f"--where {item!r} is not COLUMN=VALUE, for example --where year=2022.")
        filters.setdefault(column.strip(), []).append(value.strip())
    return filters


def _typed_filters(name: str, raw: dict[str, list[str]]) -> dict[str, list[object]]:
    """Turn text from the command line into values of each column's dtype."""
    dtypes = catalog.info(name).dtypes
    typed: dict[str, list[object]] = {}
    for column, values in raw.items():
        dtype = dtypes.get(column, "string")
        try:
            if dtype == "Int64":
                typed[column] = [int(v) for v in values]
            elif dtype == "float64":
                typed[column] = [float(v) for v in values]
            elif dtype == "boolean":
                typed[column] = [v.lower() in ("true", "1", "yes") for v in values]
            else:
                typed[column] = list(values)
        except ValueError as exc:
            raise UsageError(f"--where {column}=...: the column holds {dtype} values ({exc}).") from exc
    return typed


def export(name: str, path: Path, *, fmt: str | None = None, where: Sequence[str] = (),
           overwrite: bool = False) -> Path:
    """Write a dataset (optionally filtered) to ``path`` as CSV, Excel or JSON.

    Refuses to replace an existing file unless ``overwrite=True``.
    """
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in EXPORT_FORMATS:
        raise UsageError(
            f"cannot tell the format of {str(path)!r}. Give --format with one of "
            f"{', '.join(EXPORT_FORMATS)}, or end the path in .csv, .xlsx or .json."
        )
    if path.exists() and not overwrite:
        raise UsageError(
            f"{path} already exists, and kzdata never replaces a file without being told. "
            "Choose another path, or add --overwrite to replace it."
        )
    if not path.parent.exists():
        raise UsageError(f"the folder {path.parent} does not exist. Create it first.")
    frame = catalog.load(name, **_typed_filters(name, _parse_where(where)))
    if fmt == "csv":
        frame.to_csv(path, index=False)
    elif fmt == "xlsx":
        with pd.ExcelWriter(path, engine="openpyxl") as writer:
            frame.to_excel(writer, sheet_name="data", index=False)
            pd.DataFrame({"citation": str(catalog.cite(name)).splitlines()}).to_excel(
                writer, sheet_name="sources", index=False
            )
    else:
        frame.to_json(path, orient="records", force_ascii=False, indent=1)
    return path


def _cmd_list(args: argparse.Namespace) -> None:
    with pd.option_context("display.max_rows", None, "display.width", 120,
                           "display.max_colwidth", 60):
        print(catalog.list_datasets().to_string(index=False))


def _cmd_info(args: argparse.Namespace) -> None:
    print(str(catalog.info(args.name)))


def _cmd_cite(args: argparse.Namespace) -> None:
    print(str(catalog.cite(args.name)))


def _cmd_export(args: argparse.Namespace) -> None:
    written = export(args.name, Path(args.path), fmt=args.format, where=args.where,
                     overwrite=args.overwrite)
    print(f"wrote {written}")


def _cmd_download(args: argparse.Namespace) -> None:
    from kzdata import remote  # deferred: pulls in the download machinery

    if args.check:
        report = remote.check_mirror(Path(args.check))
        print(report.to_string(index=False))
        if not bool(report["sha256_ok"].all()):
            raise UsageError(f"the mirror {args.check} has missing or corrupt files (see above).")
        return
    if not args.to:
        raise UsageError("say where to put the files: kzdata download --to DIR")
    report = remote.build_mirror(args.names or None, Path(args.to), replace_bad=args.replace_bad)
    print(report.to_string(index=False))
    if not bool(report["sha256_ok"].all()):
        raise UsageError(f"some files could not be placed in {args.to} (see the table above).")


def _cmd_solutions(args: argparse.Namespace) -> None:
    from kzdata.exercises.solutions import write_solutions

    for path in write_solutions(Path(args.to), overwrite=False):
        print(f"wrote {path}")


def _cmd_course(args: argparse.Namespace) -> None:
    from kzdata import coursedocs

    if args.action == "build":
        stale = coursedocs.build(check=args.check)
        for name in stale:
            print(f"{'stale' if args.check else 'wrote'}: {name}")
        if args.check and stale:
            raise UsageError("generated course documents are stale: run `kzdata course build`.")
        return
    if not args.hub:
        raise UsageError("give your hub's address: kzdata course links --hub https://hub.example.kz")
    for label, link in coursedocs.hub_links(args.hub, repo=args.repo, branch=args.branch):
        print(f"{label}\n  {link}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kzdata", description="Data for the course 'AI and work in Kazakhstan'."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("list", help="list every dataset").set_defaults(run=_cmd_list)
    for command, run, text in (("info", _cmd_info, "describe a dataset"),
                               ("cite", _cmd_cite, "cite a dataset and its sources")):
        sub = commands.add_parser(command, help=text)
        sub.add_argument("name")
        sub.set_defaults(run=run)
    sub = commands.add_parser("export", help="write a dataset to CSV, Excel or JSON")
    sub.add_argument("name")
    sub.add_argument("path", help="the file to write (it must not exist yet)")
    sub.add_argument("--format", choices=EXPORT_FORMATS, help="default: from the file's ending")
    sub.add_argument("--where", action="append", default=[], metavar="COLUMN=VALUE",
                     help="keep rows where COLUMN equals VALUE (repeat for more)")
    sub.add_argument("--overwrite", action="store_true", help="replace PATH if it exists")
    sub.set_defaults(run=_cmd_export)
    sub = commands.add_parser("download", help="build or check a mirror of the remote files")
    sub.add_argument("names", nargs="*", help="dataset names (default: every remote file)")
    sub.add_argument("--to", metavar="DIR", help="folder to put the files in")
    sub.add_argument("--check", metavar="DIR", help="verify the files in a mirror folder")
    sub.add_argument("--replace-bad", action="store_true",
                     help="replace files in DIR whose checksum is wrong (they are reported otherwise)")
    sub.set_defaults(run=_cmd_download)
    sub = commands.add_parser("solutions", help="write lecturer copies with solutions filled in")
    sub.add_argument("--to", metavar="DIR", required=True, help="a new folder outside exercises/")
    sub.set_defaults(run=_cmd_solutions)
    sub = commands.add_parser("course", help="course documents and class links")
    sub.add_argument("action", choices=("build", "links"))
    sub.add_argument("--check", action="store_true", help="with build: only report stale files")
    sub.add_argument("--hub", metavar="URL", help="with links: your JupyterHub's address")
    sub.add_argument("--repo", metavar="URL", help="with links: the course repository's address")
    sub.add_argument("--branch", default="main", help="with links: the branch (default main)")
    sub.set_defaults(run=_cmd_course)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        args.run(args)
    except (KzdataError, FileExistsError, FileNotFoundError, ValueError) as exc:
        print(f"kzdata {args.command}: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
