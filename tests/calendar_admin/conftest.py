"""The wizard's fixtures (simulated devices, a small catalogue, the main window), reused."""

from tests.wizard.conftest import catalogue, devices, main_window  # noqa: F401
