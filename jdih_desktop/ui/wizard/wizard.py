"""The visit wizard: one page per SOP box, branching only through ``services.sop``.

It is a window of its own (several visits run at once) over a stored visit: it opens at the
visit's stored step, ``nextId()`` asks ``sop.next_step`` and "Kembali" asks
``sop.previous_step``; which boxes a visit skips and which pages may come next are asked of
``sop`` too (``sop.path``, ``sop.possible_next_steps``).

Nothing here touches the database on the GUI thread: "Lanjut" starts the page's operation
(``commit_op``, run on the task manager's database lane) and the next page's data is read there
too (``LoadStep`` with the page's ``fetch``). While that runs the wizard is *busy*: a line says
so, the buttons are disabled and a second Enter or click is ignored, so a box is never saved
twice. A failure shows its sentence in the banner and leaves the page exactly as it was.

Leaving the window never loses anything; "Batalkan kunjungan" marks the visit cancelled with a
reason. Confirmations are inline bars, not modal boxes, so the keyboard
flow (Enter advances, Esc asks) is never interrupted by a dialog that steals focus.
"""

from __future__ import annotations

import logging
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.errors import ValidationError
from jdih_desktop.i18n.marker import translate_text
from jdih_desktop.services.sop import Step, next_step, path, possible_next_steps, previous_step
from jdih_desktop.services.visits import STEP_LABELS, VisitData
from jdih_desktop.ui.errors import field_sentences
from jdih_desktop.ui.formats import as_sentence
from jdih_desktop.ui.operations import Operation
from jdih_desktop.ui.operations.visits import CancelVisit, LoadStep
from jdih_desktop.ui.taskman import TaskFailure
from jdih_desktop.ui.widgets.fit import fit_window
from jdih_desktop.ui.widgets.style import PALETTE, icon, mark_primary
from jdih_desktop.ui.widgets.titles import window_title
from jdih_desktop.ui.wizard.access import AccessPage
from jdih_desktop.ui.wizard.arrival import ArrivalPage
from jdih_desktop.ui.wizard.base import (
    ERROR_STYLE,
    HINT_STYLE,
    WizardContext,
    WizardPage,
    label,
    name,
)
from jdih_desktop.ui.wizard.browse import BrowsePage
from jdih_desktop.ui.wizard.departure import DeparturePage
from jdih_desktop.ui.wizard.documentation import DocumentationPage
from jdih_desktop.ui.wizard.handover import HandoverPage
from jdih_desktop.ui.wizard.loan import LoanPage
from jdih_desktop.ui.wizard.visit_book import VisitBookPage

log = logging.getLogger(__name__)

PAGE_CLASSES: tuple[type[WizardPage], ...] = (
    ArrivalPage, VisitBookPage, AccessPage, BrowsePage, LoanPage, HandoverPage, DeparturePage,
    DocumentationPage)
FLOW = [c.step for c in PAGE_CLASSES]
_FETCH = object()  # "read the page's data first" (no data handed in)
BUSY_STYLE = HINT_STYLE + " font-weight:bold;"
PREBUILD_DELAY_MS = 120  # pages ahead are built once the shown page has painted …
PREBUILD_GAP_MS = 40  # … one at a time, so the window answers input in between
PREBUILD_BUSY_GAP_MS = 5  # … sooner while "Lanjut" is being saved (see ``go_next``)


def page_class(step: Step) -> type[WizardPage] | None:
    """The page class of a step (None for CLOSED)."""
    return PAGE_CLASSES[FLOW.index(step)] if step in FLOW else None


def page_fetch(step: Step):
    """The database-lane fetch of the page that shows ``step`` (None: nothing to read)."""
    cls = page_class(step)
    return cls.fetch if cls is not None else None


class _Pages(dict):
    """Pages are built the first time the wizard needs them: opening a visit stays fast."""

    def __init__(self, wizard: VisitWizard) -> None:
        super().__init__()
        self._wizard = wizard

    def __missing__(self, step: Step) -> WizardPage:
        page = self._wizard._make_page(step)
        self[step] = page
        return page


class VisitWizard(QDialog):
    """The officer's window for one visit."""

    visit_changed = Signal(int)  # a box was completed, the visit was cancelled...
    finished_visit = Signal(int)  # closed or cancelled: the wizard has nothing left to do
    page_changed = Signal(object)  # Step now shown
    busy_changed = Signal(bool)  # an operation of this window started (True) / answered

    def __init__(self, ctx: WizardContext, visit: VisitData, visitor_screen_provider=None,
                 parent: QWidget | None = None, data: Any = _FETCH) -> None:
        """``data``: the first page's data, already read (the desk reads it with the visit);
        without it the wizard reads it on the database lane and shows the page then."""
        super().__init__(parent)
        self.ctx = ctx
        self.visit = visit
        self._op: Operation | None = None  # the operation this window waits for
        self._busy_text = ""
        self._prebuild_timer = QTimer(self)  # stops with the window
        self._prebuild_timer.setSingleShot(True)
        self._prebuild_timer.timeout.connect(self._prebuild_next)
        self._retry: tuple[Step, VisitData | None] | None = None  # a page to read again
        self._load_seq = 0
        self._visitor_screen_provider = visitor_screen_provider
        self._visitor_screen = None
        self.current: Step | None = None
        self.setObjectName("visitWizard")
        self.setAccessibleName(self.tr("Kunjungan"))
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        fit_window(self, "visitWizard", (1180, 780))
        root = QHBoxLayout(self)
        # -- left: the flowchart as a list of steps
        self.steps = QListWidget()
        self.steps.setObjectName("stepList")
        self.steps.setAccessibleName(self.tr("Langkah SOP"))
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.steps.setFixedWidth(215)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setStyleSheet("QListWidget{font-size:11pt;} QListWidget::item{padding:6px;}")
        root.addWidget(self.steps)
        # -- right: header, banner, pages, confirm bars, buttons
        right = QVBoxLayout()
        root.addLayout(right, 1)
        self.header = label("", "font-size:16pt; font-weight:bold;", object_name="pageTitle")
        self.subheader = label("", HINT_STYLE, object_name="pageSubtitle")
        self.visitor_line = label("", "font-size:11pt;", object_name="visitorLine")
        right.addWidget(self.header)
        right.addWidget(self.subheader)
        right.addWidget(self.visitor_line)
        self.banner = label("", ERROR_STYLE, object_name="wizardMessage")
        self.banner.hide()
        right.addWidget(self.banner)
        self.stack = QStackedWidget()
        right.addWidget(self.stack, 1)
        self.pages = _Pages(self)
        self.hint = label("", HINT_STYLE, object_name="nextHint")
        right.addWidget(self.hint)
        right.addWidget(self._build_close_bar())
        right.addWidget(self._build_cancel_bar())
        right.addLayout(self._build_buttons())
        self._fill_steps()
        self.show_step(visit.step if visit.step in FLOW else Step.DOCUMENTATION, visit, data)

    # ------------------------------------------------------------------ building
    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.btn_cancel_visit = name(QPushButton(self.tr("Batalkan kunjungan…")),
                                     "btnCancelVisit", self.tr("Batalkan kunjungan"))
        self.btn_cancel_visit.clicked.connect(self.ask_cancel_visit)
        self.chk_visitor_screen = name(QCheckBox(self.tr("Tampilkan di layar pengunjung")),
                                       "chkVisitorScreen",
                                       self.tr("Tampilkan di layar pengunjung"))
        self.chk_visitor_screen.toggled.connect(self._on_visitor_screen_toggled)
        self.chk_visitor_screen.setEnabled(self._visitor_screen_provider is not None)
        self.btn_back = name(QPushButton(self.tr("Kembali")), "btnBack", self.tr("Kembali"))
        self.btn_next = name(QPushButton(self.tr("Lanjut")), "btnNext", self.tr("Lanjut"))
        self.btn_finish = name(QPushButton(self.tr("Selesai")), "btnFinish", self.tr("Selesai"))
        self.btn_close = name(QPushButton(self.tr("Batal")), "btnClose",
                              self.tr("Batal (tutup jendela, kunjungan tetap tersimpan)"))
        self.btn_back.clicked.connect(self.go_back)
        self.btn_next.clicked.connect(self.go_next)
        self.btn_finish.clicked.connect(self.go_next)
        self.btn_close.clicked.connect(self.ask_close)
        mark_primary(self.btn_next)
        mark_primary(self.btn_finish)
        # Every action shows its key: icons for the eye, the key in the tooltip.
        for b, icon_name, tip in (
                (self.btn_back, "arrow-left", self.tr("Kembali ke langkah sebelumnya (Alt+Kiri)")),
                (self.btn_next, "arrow-right", self.tr("Lanjut ke langkah berikutnya (Enter)")),
                (self.btn_finish, "check", self.tr("Selesaikan kunjungan (Enter, atau Ctrl+Enter "
                                                   "dari catatan)")),
                (self.btn_close, "x", self.tr("Tutup jendela; kunjungan tetap tersimpan (Esc)"))):
            b.setIcon(icon(icon_name))
            b.setToolTip(tip)
        QShortcut(QKeySequence("Alt+Left"), self, activated=self.go_back)
        for w in (self.btn_cancel_visit, self.chk_visitor_screen):
            row.addWidget(w)
        row.addStretch(1)
        for w in (self.btn_back, self.btn_next, self.btn_finish, self.btn_close):
            row.addWidget(w)
        return row

    def _build_close_bar(self) -> QFrame:
        self.close_bar = QFrame()
        self.close_bar.setObjectName("closeBar")
        self.close_bar.setStyleSheet(f"#closeBar{{background:{PALETTE.warning_surface}; "
                                     f"border:1px solid {PALETTE.warning_border};}}")
        lay = QHBoxLayout(self.close_bar)
        lay.addWidget(label(self.tr("Tutup jendela kunjungan ini? Semua yang sudah dicatat tetap "
                                    "tersimpan; kunjungan dapat dilanjutkan dari daftar "
                                    "Kunjungan berlangsung.")), 1)
        yes = name(QPushButton(self.tr("Ya, tutup")), "btnConfirmClose", self.tr("Ya, tutup"))
        no = name(QPushButton(self.tr("Tidak")), "btnKeepOpen", self.tr("Tidak, tetap buka"))
        yes.clicked.connect(self.leave)
        no.clicked.connect(self._hide_bars)
        lay.addWidget(yes)
        lay.addWidget(no)
        self.close_bar.hide()
        return self.close_bar

    def _build_cancel_bar(self) -> QFrame:
        self.cancel_bar = QFrame()
        self.cancel_bar.setObjectName("cancelBar")
        self.cancel_bar.setStyleSheet(f"#cancelBar{{background:{PALETTE.danger_surface}; "
                                      f"border:1px solid {PALETTE.danger_border};}}")
        lay = QHBoxLayout(self.cancel_bar)
        lay.addWidget(label(self.tr("Alasan pembatalan:")))
        self.cancel_reason = name(QLineEdit(), "cancelReason", self.tr("Alasan pembatalan"))
        self.cancel_reason.setPlaceholderText(self.tr("mis. pengunjung pergi sebelum selesai"))
        lay.addWidget(self.cancel_reason, 1)
        confirm = name(QPushButton(self.tr("Batalkan kunjungan")), "btnConfirmCancelVisit",
                       self.tr("Konfirmasi pembatalan kunjungan"))
        back = name(QPushButton(self.tr("Tidak jadi")), "btnKeepVisit", self.tr("Tidak jadi"))
        confirm.clicked.connect(self.cancel_visit)
        back.clicked.connect(self._hide_bars)
        lay.addWidget(confirm)
        lay.addWidget(back)
        self.cancel_error = label("", ERROR_STYLE, object_name="cancelError")
        lay.addWidget(self.cancel_error)
        self.cancel_bar.hide()
        return self.cancel_bar

    def _fill_steps(self) -> None:
        self.steps.clear()
        for step in FLOW:
            boxes = "–".join(str(b) for b in (step.sop_boxes[0], step.sop_boxes[-1])) \
                if len(step.sop_boxes) > 1 else str(step.sop_boxes[0])
            item = QListWidgetItem(f"{boxes}. {translate_text(STEP_LABELS[step])}")
            item.setData(Qt.ItemDataRole.UserRole, step)
            self.steps.addItem(item)

    # ------------------------------------------------------------------ navigation
    def page(self, step: Step | None = None) -> WizardPage:
        return self.pages[step or self.current]

    def nextId(self) -> int:
        """As QWizard would ask: the next box for this visit, from the flowchart only."""
        return int(next_step(self.current, self.visit.facts))

    @property
    def busy(self) -> bool:
        """An operation of this window (a save, a page being read) has not answered yet."""
        return self._op is not None

    def _make_page(self, step: Step) -> WizardPage:
        """Build a page, hidden and outside the page stack: it joins the stack when first
        shown, so a page built ahead never changes the size of the one on screen."""
        page = PAGE_CLASSES[FLOW.index(step)](self.ctx, self)
        page.hide()
        page.completeChanged.connect(self._update_buttons)
        page.advance_requested.connect(self.go_next)
        return page

    def show_step(self, step: Step, visit: VisitData | None = None, data: Any = _FETCH
                  ) -> None:
        """Show the page of ``step`` with ``visit`` and the page's ``data``.

        Without ``data`` (or without ``visit``) they are read on the database lane first
        (``LoadStep``); the current page stays until they arrive, the wizard busy meanwhile.
        """
        if data is _FETCH or visit is None:
            self._load_step(step, visit)
            return
        if self.current is not None and self.current in self.pages:
            old = self.pages[self.current]
            old.left()
            self._return_visitor_part(old)
        self.current = step
        self._retry = None
        page = self.pages[step]
        if self.stack.indexOf(page) < 0:
            self.stack.addWidget(page)
        self.visit = visit
        page.load(self.visit, data)
        self.stack.setCurrentWidget(page)
        page.show()  # built hidden (``_make_page``); the stack shows only its current page
        self.header.setText(page.title())
        self.subheader.setText(page.subtitle())
        self.visitor_line.setText(self.tr("Kunjungan #%1 · %2").replace("%1", str(self.visit.id))
                                  .replace("%2", translate_text(self.visit.visitor_label)))
        self.setWindowTitle(window_title(self.tr("Kunjungan #%1 · %2").replace(
            "%1", str(self.visit.id)).replace("%2", page.title())))
        self.banner.hide()
        self._mark_steps()
        self._update_buttons()
        if self.chk_visitor_screen.isChecked():
            self._send_visitor_part(page)
        self.page_changed.emit(step)
        # After this page has painted (not in the same turn: each is tens of ms of widgets).
        self._prebuild_timer.start(PREBUILD_DELAY_MS)

    def _load_step(self, step: Step, visit: VisitData | None) -> None:
        """Read the visit (when not given) and the page's data on the database lane."""
        op = LoadStep(self, self.ctx.services, self.visit.id, fetch_for=page_fetch,
                      step=step, visit=visit)
        op.success(lambda result: self._on_step_loaded(op, step, result))
        op.failure(lambda failure: self._on_load_failed(op, step, visit, failure))
        self._start(op, self.tr("Memuat…"))

    def _on_load_failed(self, op: Operation, step: Step, visit: VisitData | None,
                        failure: TaskFailure) -> None:
        """The next page could not be read: the current page stays; "Lanjut" tries again
        (what was saved stays saved, nothing is saved twice)."""
        if not self._answered(op):
            return
        self._retry = (step, visit)
        self._say(self.tr("%1 Tekan Lanjut untuk mencoba lagi.").replace(
            "%1", as_sentence(failure.message)))
        self._update_buttons()

    def _on_step_loaded(self, op: Operation, step: Step, result: tuple[VisitData, Any]
                        ) -> None:
        if not self._answered(op):
            return
        visit, data = result
        self.show_step(step, visit, data)

    def _prebuild_next(self) -> None:
        """Build the following pages while the officer reads this one, so "Lanjut" only has to
        fill them: the flowchart's possible next boxes from here, then the boxes after those.
        One page per event-loop turn, so building never holds the window for long."""
        if self.current is None:
            return
        ahead = list(possible_next_steps(self.current))
        ahead += [after for step in ahead for after in possible_next_steps(step)]
        todo = [step for step in dict.fromkeys(ahead) if step in FLOW and step not in self.pages]
        if todo:
            _ = self.pages[todo[0]]  # _Pages builds it on first access
            if len(todo) > 1:  # while a save runs the next page may be needed soon
                self._prebuild_timer.start(PREBUILD_BUSY_GAP_MS if self.busy
                                           else PREBUILD_GAP_MS)

    # -- the one operation a window waits for
    def _start(self, op: Operation, text: str) -> None:
        self._op = op
        self._set_busy(text)
        op.run()

    def _answered(self, op: Operation) -> bool:
        """The operation ``op`` answered: the window is free again (False: not ours)."""
        if op is not self._op:
            return False
        self._op = None
        self._set_busy("")
        return True

    def _set_busy(self, text: str) -> None:
        """Show that the window works (on the hint line under the page, so nothing moves)."""
        busy = bool(text)
        self._busy_text = text
        if busy:
            self._focus_while_busy = QApplication.focusWidget()
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
        if self.current is not None:
            self.page().set_busy(busy)
        self._update_buttons()
        focus = getattr(self, "_focus_while_busy", None)
        if not busy and focus is not None:
            self._focus_while_busy = None
            # back where the person was (a failure; a new page has set its own focus)
            now = QApplication.focusWidget()
            if (now is None or not now.isEnabled()) and shiboken6.isValid(focus) \
                    and focus.isVisible() and focus.isEnabled():
                focus.setFocus()
        self.busy_changed.emit(busy)

    def _on_failed(self, op: Operation, failure: TaskFailure) -> None:
        """An operation failed: its sentence in the banner; the page stays as it was."""
        if not self._answered(op):
            return
        error = failure.error
        if isinstance(error, ValidationError):
            self.page().show_errors(field_sentences(error))
            self._say("\n".join(field_sentences(error).values()))
        else:
            self._say(failure.message)

    @Slot()
    def go_next(self) -> None:
        """Complete the current box through its operation, then follow the flowchart.

        Ignored while the window is busy: a second Enter never saves a box twice.
        """
        if self.busy or self.current is None:
            return
        if self._retry is not None:  # the page after a saved box could not be read
            step, visit = self._retry
            self._retry = None
            self._load_step(step, visit)
            return
        page = self.page()
        if not page.is_complete():
            self._say(page.hint() or self.tr("Halaman ini belum lengkap."))
            self._update_buttons()
            return
        done = self.current
        op = page.commit_op()
        op.success(lambda visit: self._on_committed(op, done, visit))
        op.failure(lambda failure: self._on_failed(op, failure))
        self._say("")
        self._start(op, self.tr("Menyimpan…"))
        # While the box is saved and the next page read on the database lane, the pages that
        # may come next are built (one per turn) if they are not yet: otherwise the page is
        # built in the same turn as it is shown, 30-40 ms of widgets at once.
        if any(step in FLOW and step not in self.pages for step in possible_next_steps(done)):
            self._prebuild_timer.start(0)

    def _on_committed(self, op: Operation, done: Step, visit: VisitData) -> None:
        if not self._answered(op):
            return
        self.visit = visit
        self.visit_changed.emit(self.visit.id)
        target = next_step(done, self.visit.facts)
        if target is Step.CLOSED:
            self._finish()
            return
        if self.visit.step is not target:
            log.warning("visit %s stored at %s, flowchart says %s", self.visit.id,
                        self.visit.step.name, target.name)
        self.show_step(target, self.visit)

    @Slot()
    def go_back(self) -> None:
        if self.busy or self.current is None:
            return
        prev = previous_step(self.current, self.visit.facts)
        if prev is not None and self.page().can_go_back():
            self.show_step(prev)

    # ------------------------------------------------------------------ closing / cancelling
    def _remember_focus(self) -> None:
        focus = self.focusWidget()
        if focus is not None and not self.close_bar.isAncestorOf(focus) \
                and not self.cancel_bar.isAncestorOf(focus):
            self._focus_before = focus

    @Slot()
    def _hide_bars(self) -> None:
        """A confirmation bar answered "no": the cursor goes back where the person was."""
        self.close_bar.hide()
        self.cancel_bar.hide()
        before = getattr(self, "_focus_before", None)
        if before is not None and before.isVisible() and before.isEnabled():
            before.setFocus()

    @Slot()
    def ask_close(self) -> None:
        self._remember_focus()
        self.cancel_bar.hide()
        self.close_bar.show()
        self.close_bar.findChild(QPushButton, "btnKeepOpen").setFocus()

    @Slot()
    def ask_cancel_visit(self) -> None:
        self._remember_focus()
        self.close_bar.hide()
        self.cancel_error.setText("")
        self.cancel_bar.show()
        self.cancel_reason.setFocus()

    @Slot()
    def cancel_visit(self) -> None:
        if self.busy:
            return
        op = CancelVisit(self, self.ctx.services, self.visit.id, self.cancel_reason.text())
        op.success(lambda visit: self._on_cancelled(op, visit))
        op.failure(lambda failure: self._on_cancel_failed(op, failure))
        self._start(op, self.tr("Membatalkan kunjungan…"))

    def _on_cancelled(self, op: Operation, visit: VisitData) -> None:
        if not self._answered(op):
            return
        self.visit = visit
        self.visit_changed.emit(self.visit.id)
        self._finish()

    def _on_cancel_failed(self, op: Operation, failure: TaskFailure) -> None:
        if not self._answered(op):
            return
        error = failure.error
        self.cancel_error.setText("; ".join(field_sentences(error).values())
                                  if isinstance(error, ValidationError) else failure.message)

    def _finish(self) -> None:
        self.finished_visit.emit(self.visit.id)
        self.leave()

    @Slot()
    def leave(self) -> None:
        """Close the window now (confirmed, finished, or the app is quitting)."""
        self._leaving = True
        self.done(QDialog.DialogCode.Rejected)

    def done(self, result: int) -> None:
        if self.current is not None:
            page = self.pages[self.current]
            page.left()
            self._return_visitor_part(page)
        if self._visitor_screen is not None:
            self._visitor_screen.release(self)
        super().done(result)

    def reject(self) -> None:
        """Esc and the window's close box ask first; the window closes only when confirmed."""
        if getattr(self, "_leaving", False):
            super().reject()
            return
        if self.close_bar.isVisible() or self.cancel_bar.isVisible():
            self._hide_bars()
            return
        self.ask_close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.busy:
            event.accept()  # saving or loading: a second Enter does nothing
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = QApplication.focusWidget()
            if isinstance(focus, QPlainTextEdit) and not (
                    event.modifiers() & Qt.KeyboardModifier.ControlModifier):
                return  # a new line in notes; Ctrl+Enter goes on from there too
            if self.cancel_bar.isVisible():
                self.cancel_visit()
            elif self.close_bar.isVisible():
                if isinstance(focus, QPushButton) and focus.objectName() == "btnConfirmClose":
                    self.leave()
                else:
                    self._hide_bars()
            elif self._retry is not None:
                self.go_next()  # read the next page again
            elif self.page().on_enter():
                pass  # the page's own main action (e.g. "Simpan & cetak")
            elif self.page().is_complete():
                self.go_next()
            else:
                self._say(self.page().hint())
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.reject()
            event.accept()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ visitor screen
    @Slot(bool)
    def _on_visitor_screen_toggled(self, on: bool) -> None:
        if on:
            if self._visitor_screen is None and self._visitor_screen_provider is not None:
                self._visitor_screen = self._visitor_screen_provider()
                self._visitor_screen.done_clicked.connect(self._on_visitor_done)
            self._send_visitor_part(self.page())
        else:
            self._return_visitor_part(self.page())
            if self._visitor_screen is not None:
                self._visitor_screen.release(self)

    def _send_visitor_part(self, page: WizardPage) -> None:
        screen = self._visitor_screen
        if screen is None:
            return
        part = page.release_visitor_part()
        if part is None:
            screen.show_idle(self)
            return
        screen.show_part(self, part, page.title())

    def _return_visitor_part(self, page: WizardPage) -> None:
        if self._visitor_screen is not None and page.visitor_part is not None:
            self._visitor_screen.take_back(self, page.visitor_part)
        page.reclaim_visitor_part()

    @Slot(object)
    def _on_visitor_done(self, owner: object) -> None:
        """The visitor pressed "Selesai" on their own screen."""
        if owner is not self:
            return
        problem = self.page().visitor_finished()
        if problem:
            self._visitor_screen.say(problem)
            return
        self.go_next()  # ignored while busy

    # ------------------------------------------------------------------ state display
    def _update_buttons(self) -> None:
        if self.current is None:
            return
        page = self.page()
        last = self.current is Step.DOCUMENTATION
        complete = page.is_complete()
        free = not self.busy
        self.btn_back.setEnabled(free and previous_step(self.current, self.visit.facts)
                                 is not None and page.can_go_back())
        self.btn_next.setVisible(not last)
        self.btn_finish.setVisible(last)
        retry = self._retry is not None
        self.btn_next.setEnabled(free and (complete or retry) and not last)
        self.btn_finish.setEnabled(free and complete and last)
        self.btn_cancel_visit.setEnabled(free)
        if not free:
            self.hint.setText(self._busy_text)
            self.hint.setStyleSheet(BUSY_STYLE)
        else:
            self.hint.setText("" if complete else page.hint())
            self.hint.setStyleSheet(HINT_STYLE)

    def _mark_steps(self) -> None:
        # The boxes this visit walks, as the flowchart says (unknown before the decision of 5).
        walked = set(path(self.visit.facts)) if self.visit.wants_to_borrow is not None else None
        order = FLOW.index(self.current)
        for i in range(self.steps.count()):
            item = self.steps.item(i)
            step = item.data(Qt.ItemDataRole.UserRole)
            base = item.text().lstrip("✓▶· ").strip()
            skipped = walked is not None and step not in walked
            if step is self.current:
                mark, bold = "▶ ", True
            elif skipped:
                mark, bold = "· ", False
            elif FLOW.index(step) < order:
                mark, bold = "✓ ", False
            else:
                mark, bold = "", False
            item.setText(mark + base)
            font = item.font()
            font.setBold(bold)
            item.setFont(font)
            item.setForeground(Qt.GlobalColor.gray if skipped else Qt.GlobalColor.black)

    def _say(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
