"""Qt widgets: the main window, the SOP wizard, dialogs and table models. No SQL here."""

#: The application property holding the interface language in force ("id", "en"): set by
#: ``ui.application.install_translator``, read by ``ui.formats`` (here, so the first screen's
#: start-up path does not import the date formatting it does not use).
LANGUAGE_PROPERTY = "jdihLanguage"
