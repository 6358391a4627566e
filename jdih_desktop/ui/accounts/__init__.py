"""Accounts on screen: the first administrator, sign-in, shift change, the idle lock.

Every check happens in ``services.accounts``; these widgets only collect what the person types
and run the call off the GUI thread (argon2 takes a noticeable moment by design).
"""

from jdih_desktop.ui.accounts.first_admin import FirstAdminDialog, FirstAdminPage
from jdih_desktop.ui.accounts.lock import IdleLock, LockScreen
from jdih_desktop.ui.accounts.sign_in import SignedInWidget, SignInDialog

__all__ = ["FirstAdminDialog", "FirstAdminPage", "IdleLock", "LockScreen", "SignInDialog",
           "SignedInWidget"]
