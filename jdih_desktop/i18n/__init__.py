"""Translations of the Indonesian interface: jdih_<lang>.ts (source), jdih_<lang>.qm (loaded).

See scripts/update-translations.sh and ``runtime_labels`` for how the .ts is kept complete.
"""
