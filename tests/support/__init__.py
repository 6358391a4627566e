"""Test helpers shared across areas (ESC/POS decoder, loopback devices)."""
