"""Labels the UI translates from data at run time, made visible to pyside6-lupdate.

Many widgets show Indonesian labels kept in plain dictionaries (store/enums.py, the services'
field labels, a few UI tables) and translate them with ``self.tr(label)``. lupdate only extracts
string *literals* inside tr(), so those labels would never reach jdih_en.ts and would stay
Indonesian in English mode. ``SITES`` lists every such call (file, class = translation context,
argument as written) with a function returning the labels it can receive, read from the live
dictionaries so a renamed label is picked up by the next ``make translations``.

``python -m jdih_desktop.i18n.runtime_labels OUT.py`` writes a module of QT_TRANSLATE_NOOP
markers that scripts/update-translations.sh hands to lupdate together with the real sources
(the file is temporary, never imported, never committed). tests/i18n checks that every
non-literal tr() in the package is listed here, so a new one cannot slip through untranslated.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Site:
    """One ``self.tr(<expression>)`` call whose argument is not a string literal."""

    path: str  # relative to the project root
    context: str  # the class around the call: PySide6's tr() context
    expr: str  # the argument, as ast.unparse() writes it
    labels: Callable[[], Iterable[str]]


# -- where the labels come from (imported lazily: this module must stay cheap to import)
def _enum(name: str) -> Callable[[], Iterable[str]]:
    def values() -> Iterable[str]:
        from jdih_desktop.store import enums

        return getattr(enums, name).values()

    return values


def _catalogue_field_labels() -> Iterable[str]:
    from jdih_desktop.services.catalogue import FIELD_LABELS, TYPE_LABELS

    yield from FIELD_LABELS.values()
    for labels in TYPE_LABELS.values():
        yield from labels.values()


def _step_labels() -> Iterable[str]:
    from jdih_desktop.services.visits import STEP_LABELS

    return STEP_LABELS.values()


def _skm_names() -> Iterable[str]:
    from jdih_desktop.services.skm import ELEMENTS

    return [e.name for e in ELEMENTS]


def _skm_questions() -> Iterable[str]:
    from jdih_desktop.services.skm import ELEMENTS

    return [e.question for e in ELEMENTS]


def _skm_answers() -> Iterable[str]:
    from jdih_desktop.services.skm import ELEMENTS

    return [a for e in ELEMENTS for a in e.answers]


def _skm_profile_labels() -> Iterable[str]:
    from jdih_desktop.services.skm import PROFILE_FIELDS

    return [label for label, _choices in PROFILE_FIELDS.values()]


def _skm_profile_choices() -> Iterable[str]:
    from jdih_desktop.services.skm import PROFILE_FIELDS

    return [text for _label, choices in PROFILE_FIELDS.values() for text in choices.values()]


def _visit_book_labels() -> Iterable[str]:
    from jdih_desktop.services.visits import FIELD_LABELS

    return FIELD_LABELS.values()


def _visit_book_row_labels() -> Iterable[str]:
    """The form row: the label, plus " *" when config.ini makes the field required."""
    for label in _visit_book_labels():
        yield label
        yield label + " *"


def _visit_book_placeholders() -> Iterable[str]:
    # A dictionary local to VisitBookPanel's constructor: not importable, so copied here.
    # Keep in step with jdih_desktop/ui/wizard/visit_book.py (or wrap them in tr() there).
    return ("16 angka NIK, mis. 6172015708900001", "0812-3456-7890 atau (0562) 631234",
            "nama@contoh.go.id", "Dokumen yang dicari…",
            "mis. Lim Mei Hua — kosongkan bila sama dengan nama lengkap")


def _visitor_choice_labels() -> Iterable[str]:
    from jdih_desktop.store import enums

    yield from enums.ID_TYPES.values()
    yield from enums.VISITOR_CATEGORIES.values()
    yield from enums.PURPOSE_CATEGORIES.values()


def _doc_type_and_status() -> Iterable[str]:
    from jdih_desktop.store import enums

    yield from enums.DOC_TYPES.values()
    yield from enums.DOC_STATUS.values()


def _table_columns() -> Iterable[str]:
    from jdih_desktop.ui.catalogue.table_model import COLUMNS

    return (c[1] for c in COLUMNS)


def _printer_choices() -> Iterable[str]:
    from jdih_desktop.ui.device_settings import CODEPAGES, PAPER_WIDTHS

    yield from (label for _mm, label in PAPER_WIDTHS)
    yield from (label for _code, label in CODEPAGES)


def _loan_status_labels() -> Iterable[str]:
    from jdih_desktop.ui.returns.window import STATUS_LABELS

    return STATUS_LABELS.values()


def _import_file_filter() -> Iterable[str]:
    from jdih_desktop.ui.transfer.import_dialog import FILE_FILTER

    return (FILE_FILTER,)


def _import_target_labels() -> Iterable[str]:
    from jdih_desktop.services.transfer import TARGET_LABELS

    return TARGET_LABELS.values()


_UI = "jdih_desktop/ui/"
SITES: tuple[Site, ...] = (
    Site(_UI + "catalogue/copy_dialog.py", "CopyDialog", "label", _enum("COPY_CONDITIONS")),
    Site(_UI + "catalogue/detail.py", "DocumentDetailPanel", "label",
         _enum("COPY_CONDITIONS")),
    Site(_UI + "catalogue/detail.py", "DocumentDetailPanel", "ATTACHMENT_KINDS[key]",
         _enum("ATTACHMENT_KINDS")),
    Site(_UI + "catalogue/detail.py", "DocumentDetailPanel", "k", _catalogue_field_labels),
    Site(_UI + "catalogue/detail.py", "DocumentDetailPanel", "r.label",
         _enum("RELATION_LABELS")),
    Site(_UI + "catalogue/detail.py", "DocumentDetailPanel",
         "COPY_CONDITIONS.get(c.condition, '')", _enum("COPY_CONDITIONS")),
    Site(_UI + "catalogue/detail.py", "DocumentDetailPanel",
         "ATTACHMENT_KINDS.get(a.kind, a.kind)", _enum("ATTACHMENT_KINDS")),
    Site(_UI + "catalogue/filter_bar.py", "CatalogueFilterBar", "label", _doc_type_and_status),
    Site(_UI + "catalogue/form.py", "DocumentForm", "field_label(name, doc_type)",
         _catalogue_field_labels),
    Site(_UI + "catalogue/form.py", "DocumentForm", "label", _enum("DOC_STATUS")),
    Site(_UI + "catalogue/form.py", "DocumentFormDialog", "label", _enum("DOC_TYPES")),
    Site(_UI + "catalogue/table_model.py", "DocumentTableModel", "COLUMNS[section][1]",
         _table_columns),
    Site(_UI + "device_settings.py", "DeviceSettingsDialog", "label", _printer_choices),
    Site(_UI + "returns/window.py", "ReturnsWindow",
         "STATUS_LABELS.get(view.status, view.status)", _loan_status_labels),
    Site(_UI + "returns/window.py", "ReturnsWindow", "label", _enum("COPY_CONDITIONS")),
    Site(_UI + "returns/window.py", "ReturnsWindow",
         "COPY_CONDITIONS.get(it.return_condition or '', '')", _enum("COPY_CONDITIONS")),
    Site(_UI + "transfer/import_dialog.py", "ImportDialog", "FILE_FILTER", _import_file_filter),
    Site(_UI + "transfer/import_dialog.py", "ImportDialog", "label", _import_target_labels),
    Site(_UI + "visits_panel.py", "VisitsPanel", "v.step_label", _step_labels),
    Site(_UI + "skm_form.py", "SkmForm", "e.name", _skm_names),
    Site(_UI + "skm_form.py", "SkmForm", "e.question", _skm_questions),
    Site(_UI + "skm_form.py", "SkmForm", "text", _skm_answers),
    Site(_UI + "skm_form.py", "SkmForm", "label", _skm_profile_labels),
    Site(_UI + "skm_form.py", "SkmForm", "choice", _skm_profile_choices),
    Site(_UI + "wizard/visit_book.py", "VisitBookPanel", "lab", _visitor_choice_labels),
    Site(_UI + "wizard/visit_book.py", "VisitBookPanel", "placeholders[f]",
         _visit_book_placeholders),
    Site(_UI + "wizard/visit_book.py", "VisitBookPanel", "FIELD_LABELS[f]",
         _visit_book_labels),
    Site(_UI + "wizard/visit_book.py", "VisitBookPanel", "text", _visit_book_row_labels),
    Site(_UI + "wizard/wizard.py", "VisitWizard", "STEP_LABELS[step]", _step_labels),
)


def messages() -> dict[str, list[str]]:
    """Context -> the sorted, distinct labels translated there at run time."""
    out: dict[str, set[str]] = {}
    for site in SITES:
        out.setdefault(site.context, set()).update(t for t in site.labels() if t)
    return {ctx: sorted(labels) for ctx, labels in sorted(out.items())}


def marker_module() -> str:
    """Python source lupdate reads: one QT_TRANSLATE_NOOP(context, label) per message."""
    noop = "QT_TRANSLATE_" + "NOOP"  # spelled apart so lupdate does not read this very line
    lines = ["# Generated by jdih_desktop.i18n.runtime_labels for pyside6-lupdate; not imported.",
             f"from PySide6.QtCore import {noop}", ""]
    for context, labels in messages().items():
        lines += [f"{noop}({context!r}, {label!r})" for label in labels]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m jdih_desktop.i18n.runtime_labels OUT.py", file=sys.stderr)
        return 2
    Path(argv[0]).write_text(marker_module(), encoding="utf-8")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main(sys.argv[1:]))
