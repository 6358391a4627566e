"""The wizard's fixtures (simulated devices, a small catalogue), reused."""

from tests.wizard.conftest import catalogue, devices  # noqa: F401
