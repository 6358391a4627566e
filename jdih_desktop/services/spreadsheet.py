"""Cells a spreadsheet never evaluates: the one helper every CSV and XLSX export uses.

OWASP's CSV-injection guidance: a cell whose text starts with ``=``, ``+``, ``-``, ``@``, a
tab or a carriage return is read by Excel, LibreOffice and Google Sheets as a formula
(``=HYPERLINK(...)`` typed as a visitor's name becomes a live link; ``=cmd|...`` an
invitation to run a program). Catalogue titles come from other sites' feeds and visitor names
and comments from the visitor's own screen, so no exported text can be trusted.

* CSV: such a text is written with a leading apostrophe (``'=HYPERLINK(...)``), which the
  spreadsheet shows as text; the catalogue import reads the apostrophe back off, so an
  exported file imports to the same values.
* XLSX: such a text is written as a string cell (never a formula cell) with Excel's
  "quote prefix" style, so the value stays exactly as entered and editing the cell does not
  turn it into a formula either.

Fullwidth forms of the same characters (``＝``) are treated alike: some spreadsheets fold them.
"""

from __future__ import annotations

from typing import Any

TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def formula_like(value: object) -> bool:
    """A text a spreadsheet would evaluate (see the module docstring)."""
    return isinstance(value, str) and value.startswith(TRIGGERS)


def safe_text(value: Any) -> Any:
    """A CSV cell: formula-like text gets a leading apostrophe; everything else unchanged."""
    if formula_like(value):
        return "'" + value
    return value


def protect(cell: Any) -> Any:
    """An openpyxl cell (normal or write-only) holding formula-like text becomes a plain
    string cell with the quote-prefix style. Returns the cell."""
    if formula_like(cell.value):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def safe_cell(ws: Any, value: Any) -> Any:
    """The value for ``ws.append`` in openpyxl's write-only mode: formula-like text as a
    protected ``WriteOnlyCell``, anything else as it is."""
    if not formula_like(value):
        return value
    from openpyxl.cell import WriteOnlyCell

    return protect(WriteOnlyCell(ws, value=value))
