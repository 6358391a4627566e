"""Scanners and receipt printers behind interfaces, with real drivers and simulated twins.

This package imports no Qt widgets. ``worker.py`` uses QtCore only (threads and signals).
"""
