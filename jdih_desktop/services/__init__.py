"""The SOP as code: visits, catalogue, loans, returns, reports, receipts.

Services use the store and the device interfaces and never import ``PySide6.QtWidgets``;
every one of them can be driven from plain pytest.
"""
