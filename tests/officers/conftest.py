"""The wizard's fixtures (simulated devices, a small catalogue, a returning visitor, the main
window), reused."""

from tests.wizard.conftest import (  # noqa: F401
    catalogue,
    devices,
    main_window,
    returning_visitor,
)
