"""Reusable widgets (signature pad, ...) shared by the wizard and other screens."""
