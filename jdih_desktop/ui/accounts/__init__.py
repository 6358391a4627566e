"""Accounts on screen: the first administrator, sign-in, shift change, the idle lock.

Every check happens in ``services.accounts``; these widgets only collect what the person types
and run the call off the GUI thread (argon2 takes a noticeable moment by design).

The names load on first use (PEP 562): the sign-in window is the first screen of a desk and
paints before the services (argon2, the store) are imported.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

_WHERE = {"FirstAdminDialog": "first_admin", "FirstAdminPage": "first_admin",
          "IdleLock": "lock", "LockScreen": "lock", "SignInDialog": "sign_in",
          "SignedInWidget": "sign_in"}

if TYPE_CHECKING:
    from jdih_desktop.ui.accounts.first_admin import FirstAdminDialog, FirstAdminPage
    from jdih_desktop.ui.accounts.lock import IdleLock, LockScreen
    from jdih_desktop.ui.accounts.sign_in import SignedInWidget, SignInDialog

__all__ = ["FirstAdminDialog", "FirstAdminPage", "IdleLock", "LockScreen", "SignInDialog",
           "SignedInWidget"]


def __getattr__(name: str) -> object:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
