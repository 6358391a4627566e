"""Translations of the Indonesian interface: jdih_<lang>.ts (source), jdih_<lang>.qm (loaded).

See scripts/update-translations.sh; ``labels`` marks text below the UI, ``marker`` shows it.
"""
