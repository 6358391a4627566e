"""Qt widgets: the main window, the SOP wizard, dialogs and table models. No SQL here."""
