"""How dataset metadata and citations look: a Markdown card in Jupyter, plain text elsewhere."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kzdata.metadata import DatasetInfo, Source

__all__ = ["info_markdown", "info_text", "citation_markdown"]


def _cell(text: str) -> str:
    """Make text safe inside a Markdown table cell."""
    return " ".join(str(text).split()).replace("|", "\\|")


def _source_markdown(source: Source) -> str:
    note = f" *{source.note}*" if source.note else ""
    return (
        f"- {source.publisher} ({source.date}). *{source.title}*. <{source.url}> "
        f"— **{source.type}** source{note}"
    )


def _sources(info: DatasetInfo) -> list[Source]:
    from kzdata.catalog import sources_of

    return sources_of(info.name)


def info_markdown(info: DatasetInfo) -> str:
    """Render a dataset card as Markdown (what Jupyter shows for ``kzdata.info(name)``)."""
    tier = "bundled with kzdata, works offline" if info.tier == "bundled" else (
        "remote: downloaded once from its publisher, then cached"
    )
    lines = [
        f"### {info.title}",
        f"`kzdata.load({info.name!r})` · {tier} · topics: {', '.join(info.topics)}",
        "",
        info.description,
        "",
        "| column | type | unit | what it holds |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| `{c.name}` | {c.dtype} | {_cell(c.unit)} | {_cell(c.description)} |" for c in info.columns
    ]
    lines += ["", "**Caveats** (read before you use the figures)", ""]
    lines += [f"- {c}" for c in info.caveats]
    lines += ["", f"**Publisher(s):** {'; '.join(info.publishers)}", ""]
    lines += [f"**Licence:** {info.licence}", ""]
    if info.tier == "remote":
        files = ", ".join(f"`{f}`" for f in info.remote.get("files", []))
        lines += [
            f"**Not bundled because:** {info.remote.get('reason_not_bundled', 'see the licence')}",
            "",
            f"**Original files:** {files}, fetched once from the publisher and checked against "
            "their pinned sha256; set `KZDATA_MIRROR` to a mirror folder to work offline.",
            "",
        ]
    lines += [f"**How kzdata compiled it:** {info.compiled}", ""]
    lines += [f"**Cite as:** {info.citation} (figures retrieved {info.retrieved})", ""]
    sources = _sources(info)
    if sources:
        lines += [f"**Sources** ({len(sources)}):", ""]
        lines += [_source_markdown(s) for s in sources]
    return "\n".join(lines)


def info_text(info: DatasetInfo) -> str:
    """Render a dataset card as plain text (for consoles and ``print``)."""
    width = max(len(c.name) for c in info.columns)
    lines = [
        info.title,
        "=" * len(info.title),
        f"name: {info.name}   tier: {info.tier}   topics: {', '.join(info.topics)}",
        "",
        info.description,
        "",
        "Columns:",
    ]
    lines += [f"  {c.name:<{width}}  {c.dtype:<8} [{c.unit}] {c.description}" for c in info.columns]
    lines += ["", "Caveats:"]
    lines += [f"  - {c}" for c in info.caveats]
    lines += [
        "",
        f"Publisher(s): {'; '.join(info.publishers)}",
        f"Licence: {info.licence}",
    ]
    if info.tier == "remote":
        lines += [
            f"Not bundled because: {info.remote.get('reason_not_bundled', 'see the licence')}",
            f"Original files: {', '.join(info.remote.get('files', []))} (fetched once, sha256-checked;"
            " set KZDATA_MIRROR to a mirror folder to work offline)",
        ]
    lines += [
        f"How kzdata compiled it: {info.compiled}",
        f"Cite as: {info.citation} (figures retrieved {info.retrieved})",
    ]
    sources = _sources(info)
    if sources:
        lines += ["", f"Sources ({len(sources)}):"]
        lines += [f"  - {s.formatted()}" for s in sources]
    return "\n".join(lines)


def citation_markdown(info: DatasetInfo, sources: list[Source]) -> str:
    """Render ``kzdata.cite(name)`` as Markdown."""
    lines = [f"**Cite this table as:** {info.citation}", "", "**Sources it draws on:**", ""]
    lines += [_source_markdown(s) for s in sources]
    return "\n".join(lines)
