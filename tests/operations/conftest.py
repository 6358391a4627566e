"""The wizard's fixtures (simulated devices, a small catalogue, a returning visitor)."""

from tests.wizard.conftest import catalogue, devices, returning_visitor  # noqa: F401
