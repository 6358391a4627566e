"""Persistence: peewee models on SQLite (default) or PostgreSQL, migrations and search.

Nothing in this package imports Qt: services and tests use it with plain Python.
"""
