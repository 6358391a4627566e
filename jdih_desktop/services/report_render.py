"""Reports on paper and in Excel: A4 PDF (reportlab) and XLSX (openpyxl) from the figures.

Rendering takes only the plain dataclasses of ``services.reports`` (plus the streamed visit log
and the full lists the XLSX raw sheets need), so the same figures feed the PDF, the workbook,
the on-screen preview and the tests. ``build_report`` is the one entry point the command line
and the reports window use; it reports progress through a plain callback so it can run in a
worker thread without knowing about Qt.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from xml.etree import ElementTree
from xml.sax.saxutils import escape as xml_escape

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from PySide6.QtCore import QT_TRANSLATE_NOOP
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    CondPageBreak,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from jdih_desktop import __version__
from jdih_desktop.config import AppConfig, OfficeConfig
from jdih_desktop.datefmt import DAYS_ID, format_date_id
from jdih_desktop.fonts import needs_wide_font, pdf_wide_font, split_runs
from jdih_desktop.services.reports import (
    RATING_LABELS,
    ActivityReport,
    CollectionReport,
    LabelCount,
    OfficerNote,
    Period,
    ReportError,
    ReportService,
    SignatureBlock,
    VisitLogRow,
    VisitRecord,
)
from jdih_desktop.services.spreadsheet import protect, safe_cell
from jdih_desktop.store import enums

Progress = Callable[[int, str], None]
KINDS = ("activity", "collection", "visit", "skm", "yearly")
NAVY = colors.HexColor("#122d63")
GOLD = colors.HexColor("#d4a017")
GREY = colors.HexColor("#8a8f98")
LIGHT = colors.HexColor("#eef1f7")
PURPOSE_PDF_ROWS = 12
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")  # not allowed in XML 1.0
DAILY_LOG_PDF_ROWS = 400


def default_logo() -> Path:
    """The bundled JDIH mark, used when config.office.logo is empty or missing."""
    return Path(str(resources.files("jdih_desktop") / "resources" / "logo_jdih.png"))


def logo_path(office: OfficeConfig) -> Path:
    p = Path(office.logo).expanduser() if office.logo else None
    return p if p is not None and p.is_file() else default_logo()


def _num(value: float, decimals: int = 0) -> str:
    """Indonesian number format: 1.234 and 2,67."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def _pct(share: float) -> str:
    return f"{_num(share * 100, 1)}%"


def _dt(value: dt.datetime | None) -> str:
    return value.strftime("%d/%m/%Y %H.%M") if value else "-"  # Indonesian: 19.56


def _tm(value: dt.datetime | None) -> str:
    return value.strftime("%H.%M") if value else "-"


# =========================================================================== PDF
class _NumberedCanvas(rl_canvas.Canvas):
    """Holds every page until the end so the footer can say "Halaman X dari Y"."""

    def __init__(self, *args, footer: tuple[str, str] = ("", ""), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._footer = footer

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        width, _ = A4
        self.saveState()
        self.setStrokeColor(GREY)
        self.setLineWidth(0.4)
        self.line(18 * mm, 14 * mm, width - 18 * mm, 14 * mm)
        self.setFont("Helvetica", 7.5)
        self.setFillColor(GREY)
        self.drawString(18 * mm, 10 * mm, self._footer[0])
        self.drawRightString(width - 18 * mm, 10 * mm,
                             f"Halaman {self._pageNumber} dari {total}")
        self.restoreState()


class _Pdf:
    """Shared look of every report: letterhead, running head, styles, tables, signatures."""

    def __init__(self, office: OfficeConfig, title: str, subtitle: str,
                 generated_at: dt.datetime) -> None:
        self.office = office
        self.title = title
        self.subtitle = subtitle
        self.generated_at = generated_at
        ss = getSampleStyleSheet()
        self.body = ParagraphStyle("body", parent=ss["BodyText"], fontName="Helvetica",
                                   fontSize=9, leading=11.5)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=7.5, leading=9)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=8, leading=9.5)
        self.h1 = ParagraphStyle("h1", parent=self.body, fontName="Helvetica-Bold",
                                 fontSize=12.5, leading=15, alignment=TA_CENTER,
                                 spaceAfter=2)
        self.h1sub = ParagraphStyle("h1sub", parent=self.body, alignment=TA_CENTER,
                                    fontSize=10, leading=13, spaceAfter=8)
        self.h2 = ParagraphStyle("h2", parent=self.body, fontName="Helvetica-Bold",
                                 fontSize=10.5, leading=13, textColor=NAVY, spaceBefore=9,
                                 spaceAfter=4)
        self.story: list = []
        self.logo = logo_path(office)

    # ----------------------------------------------------------- page furniture
    def _first_page(self, c: rl_canvas.Canvas, doc) -> None:
        width, height = A4
        top = height - 14 * mm
        c.saveState()
        c.drawImage(str(self.logo), 18 * mm, top - 24 * mm, 24 * mm, 24 * mm,
                    preserveAspectRatio=True, mask="auto")
        cx = width / 2 + 10 * mm
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(cx, top - 6 * mm, self.office.name.upper())
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(cx, top - 11.5 * mm, self.office.unit)
        c.setFont("Helvetica", 8.5)
        c.drawCentredString(cx, top - 16.5 * mm, self.office.address)
        contact = "  ·  ".join(x for x in (
            f"Telp. {self.office.phone}" if self.office.phone else "",
            self.office.email) if x)
        if contact:
            c.drawCentredString(cx, top - 20.5 * mm, contact)
        c.setStrokeColor(colors.black)
        c.setLineWidth(1.6)
        c.line(18 * mm, top - 26 * mm, width - 18 * mm, top - 26 * mm)
        c.setLineWidth(0.5)
        c.line(18 * mm, top - 27.2 * mm, width - 18 * mm, top - 27.2 * mm)
        c.restoreState()

    def _later_page(self, c: rl_canvas.Canvas, doc) -> None:
        width, height = A4
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(GREY)
        c.drawString(18 * mm, height - 11 * mm, self.title)
        c.drawRightString(width - 18 * mm, height - 11 * mm, self.subtitle)
        c.setStrokeColor(GREY)
        c.setLineWidth(0.4)
        c.line(18 * mm, height - 12.5 * mm, width - 18 * mm, height - 12.5 * mm)
        c.restoreState()

    def render(self) -> bytes:
        buf = io.BytesIO()
        doc = SimpleDocTemplate(
            buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
            bottomMargin=20 * mm, title=f"{self.title} — {self.subtitle}",
            author=self.office.name, subject=self.title,
            creator=f"JDIH Desktop {__version__}")
        head = [Spacer(1, 26 * mm), Paragraph(self.title.upper(), self.h1),
                Paragraph(self.subtitle, self.h1sub)]
        footer = (f"Dicetak {_dt(self.generated_at)} dengan JDIH Desktop {__version__}", "")

        def maker(*args, **kwargs):
            return _NumberedCanvas(*args, footer=footer, **kwargs)

        doc.build(head + self.story, onFirstPage=self._first_page,
                  onLaterPages=self._later_page, canvasmaker=maker)
        return buf.getvalue()

    # ----------------------------------------------------------- building blocks
    def heading(self, text: str) -> None:
        self.story.append(CondPageBreak(40 * mm))
        self.story.append(Paragraph(text, self.h2))

    def para(self, text: str, style: ParagraphStyle | None = None) -> None:
        self.story.append(Paragraph(text, style or self.body))

    def table(self, header: list[str], rows: list[list[object]],
              widths: list[float] | None = None, numeric_from: int = 1,
              total: list[object] | None = None, zebra: bool = True) -> Table:
        def cell(v: object) -> object:
            if isinstance(v, str) and (len(v) > 16 or needs_wide_font(v)):
                return Paragraph(_esc(v), self.cell)
            return v

        data = [header] + [[cell(v) for v in r] for r in rows]
        if total is not None:
            data.append(total)
        t = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        style = [
            ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
            ("FONT", (0, 1), (-1, -1), "Helvetica", 8),
            ("BACKGROUND", (0, 0), (-1, 0), NAVY),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("GRID", (0, 0), (-1, -1), 0.3, GREY),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("ALIGN", (numeric_from, 1), (-1, -1), "RIGHT"),
        ]
        if zebra:
            for i in range(2, len(data), 2):
                style.append(("BACKGROUND", (0, i), (-1, i), LIGHT))
        if total is not None:
            style += [("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8),
                      ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black)]
        t.setStyle(TableStyle(style))
        self.story.append(t)
        return t

    def key_values(self, rows: list[tuple[str, object]], widths=(95 * mm, 40 * mm),
                   numbers: bool = True) -> None:
        """Label / value rows; ``numbers`` aligns the values right (figures), else left."""
        rows = [(k, Paragraph(_esc(v), self.cell) if isinstance(v, str) and (
            len(v) > 60 or needs_wide_font(v)) else v) for k, v in rows]
        t = Table([[k, v] for k, v in rows], colWidths=list(widths), hAlign="LEFT")
        t.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
            ("FONT", (1, 0), (1, -1), "Helvetica-Bold", 9),
            ("ALIGN", (1, 0), (1, -1), "RIGHT" if numbers else "LEFT"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, GREY),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]))
        self.story.append(t)

    def spacer(self, h: float = 4) -> None:
        self.story.append(Spacer(1, h * mm))

    def signatures(self, sig: SignatureBlock) -> None:
        """Officer (left) and head (right): long titles wrap inside their column, names bold,
        each on its own line (any script)."""
        left = ["Dibuat oleh,", sig.officer_title,
                "", "", "", sig.officer_name or "(........................................)",
                f"NIP. {sig.officer_nip}" if sig.officer_nip else ""]
        right = [f"{sig.place}, {format_date_id(sig.date)}", f"Mengetahui, {sig.head_title}",
                 "", "", "", sig.head_name or "(........................................)",
                 f"NIP. {sig.head_nip}" if sig.head_nip else ""]
        plain = ParagraphStyle("sig", parent=self.body, fontSize=9, leading=11,
                               alignment=TA_CENTER)
        bold = ParagraphStyle("signame", parent=plain, fontName="Helvetica-Bold")

        def cell(text: str, row: int) -> object:
            return Paragraph(_esc(text), bold if row == 5 else plain) if text else ""

        t = Table([[cell(a, i), cell(b, i)] for i, (a, b) in
                   enumerate(zip(left, right, strict=True))],
                  colWidths=[87 * mm, 87 * mm], hAlign="LEFT")
        t.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]))
        self.story.append(KeepTogether([Spacer(1, 5 * mm), t]))


def _esc(text: str) -> str:
    """Text for a Paragraph: XML-escaped, runs the base font cannot show (Chinese characters
    and other scripts) set in the embedded wide font (``jdih_desktop.fonts``)."""
    text = _XML_BAD.sub("", text)
    wide = pdf_wide_font() if needs_wide_font(text) else None
    out = []
    for piece, is_wide in split_runs(text) if wide else [(text, False)]:
        piece = piece.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append(f'<font face="{wide}">{piece}</font>' if is_wide else piece)
    return "".join(out)


def _bar_chart(labels: list[str], values: list[int], *, width: float, height: float,
               highlight: list[bool] | None = None, horizontal: bool = False,
               title: str = "") -> Drawing:
    """A plain bar chart; ``highlight`` marks bars drawn in the secondary colour."""
    d = Drawing(width, height)
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    chart.x, chart.y = (110, 12) if horizontal else (28, 30)
    chart.width = width - chart.x - 12
    chart.height = height - chart.y - (18 if title else 8)
    chart.data = [values or [0]]
    chart.categoryAxis.categoryNames = labels or [""]
    chart.categoryAxis.labels.fontName = "Helvetica"
    chart.categoryAxis.labels.fontSize = 6.5 if not horizontal else 7.5
    if horizontal:
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.reverseDirection = True
    chart.valueAxis.valueMin = 0
    step = _nice_step(max(values or [0]))
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = step * (max(values or [0]) // step + 1)
    chart.valueAxis.labels.fontName = "Helvetica"
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dde2ec")
    chart.bars[0].fillColor = NAVY
    chart.bars[0].strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 3 if not horizontal else 4
    if highlight:
        for i, flag in enumerate(highlight):
            if flag:
                chart.bars[(0, i)].fillColor = GOLD
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = "Helvetica"
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 6
    if title:
        d.add(String(width / 2, height - 10, title, fontName="Helvetica-Bold", fontSize=8,
                     textAnchor="middle"))
    d.add(chart)
    return d


def _nice_step(top: int) -> int:
    """A round axis step (1, 2, 5, 10, 20, 50, ...) giving about four to eight grid lines."""
    step = 1
    while top / step > 8:
        for f in (2, 5 / 2, 2):
            step = int(step * f)
            if top / step <= 8:
                break
    return step


def _top_with_rest(rows: list[LabelCount], top: int) -> list[LabelCount]:
    if len(rows) <= top:
        return rows
    rest = rows[top - 1:]
    other = LabelCount("*", f"Lainnya ({len(rest)} jenis keperluan)", sum(r.count for r in rest))
    return [*rows[:top - 1], other]


def activity_pdf(r: ActivityReport, log: list[VisitLogRow] | None = None) -> bytes:
    """The monthly activity report (or the daily log when the period is one day)."""
    pdf = _Pdf(r.office, r.title, f"Periode: {r.period.label}", r.generated_at)
    daily = r.period.kind == "day"
    pdf.heading("A. Ringkasan")
    summary = [
        ("Jumlah kunjungan (tidak termasuk batal)", _num(r.visits)),
        ("Kunjungan dibatalkan", _num(r.cancelled)),
        ("Jumlah pengunjung (orang)", _num(r.visitors)),
        ("Pengunjung baru", _num(r.new_visitors)),
        ("Pengunjung lama (pernah berkunjung)", _num(r.returning_visitors)),
        ("Kunjungan tanpa data pengunjung", _num(r.visits_without_visitor)),
        ("Kunjungan masih berlangsung", _num(r.in_progress)),
    ]
    if not daily:
        summary += [("Hari layanan (hari kerja, di luar libur)", _num(r.open_days)),
                    ("Rata-rata kunjungan per hari layanan", _num(r.visits_per_open_day, 1))]
    summary += [
        ("Peminjaman (bukti peminjaman)", _num(r.loans)),
        ("  di antaranya baca di tempat", _num(r.loans_read_on_site)),
        ("Eksemplar dipinjam", _num(r.loan_items)),
        ("Perpanjangan peminjaman", _num(r.renewals)),
        ("Eksemplar dikembalikan", _num(r.returns.items_returned)),
        ("Eksemplar terlambat pada akhir periode", _num(r.returns.overdue_items)),
        ("Rata-rata kepuasan (skala 1-4)",
         _num(r.satisfaction.average, 2) if r.satisfaction.average is not None else "-"),
        ("Dokumen terdigitalisasi", f"{_num(r.digitisation.documents_digitised)} dari "
                                    f"{_num(r.digitisation.documents_total)}"),
    ]
    pdf.key_values(summary)

    if not daily:
        mark = len(pdf.story) + 1  # keep the heading with its chart
        pdf.heading("B. Pengunjung per hari")
        pdf.story.append(_bar_chart(
            [str(d.day.day) for d in r.per_day], [d.visits for d in r.per_day],
            width=174 * mm, height=58 * mm, highlight=[not d.open_day for d in r.per_day],
            title="Kunjungan per tanggal (emas: hari libur / akhir pekan)"))
        half = (len(r.per_day) + 1) // 2
        rows = []
        for i in range(half):
            row: list[object] = []
            for d in (r.per_day[i], r.per_day[i + half] if i + half < len(r.per_day) else None):
                if d is None:
                    row += ["", "", "", ""]
                else:
                    row += [d.day.strftime("%d/%m/%Y"), d.visits, d.cancelled,
                            d.note or ("" if d.open_day else "Tutup")]
            rows.append(row)
        hdr = ["Tanggal", "Kunjungan", "Batal", "Keterangan"]
        t = pdf.table(hdr + hdr, rows, widths=[19 * mm, 18 * mm, 11 * mm, 39 * mm] * 2,
                      total=["Jumlah", r.visits, r.cancelled, "", "", "", "", ""])
        t.setStyle(TableStyle([("ALIGN", (3, 1), (4, -1), "LEFT"),
                               ("ALIGN", (7, 1), (7, -1), "LEFT"),
                               ("FONT", (3, 1), (3, -1), "Helvetica", 7),
                               ("FONT", (7, 1), (7, -1), "Helvetica", 7),
                               ("LINEAFTER", (3, 0), (3, -1), 1.0, colors.black)]))
        pdf.story[mark:mark + 2] = [KeepTogether(pdf.story[mark:mark + 2])]

    pdf.heading(("B" if daily else "C") + ". Pengunjung menurut kategori dan keperluan")
    if r.by_category:
        pdf.story.append(_bar_chart([c.label for c in r.by_category],
                                    [c.count for c in r.by_category], width=174 * mm,
                                    height=(14 + 9 * len(r.by_category)) * mm / 2 + 12,
                                    horizontal=True))
    pdf.table(["Kategori pengunjung", "Kunjungan", "Persen"],
              [[c.label, c.count, _pct(c.count / r.visits) if r.visits else "-"]
               for c in r.by_category],
              widths=[110 * mm, 30 * mm, 30 * mm], total=["Jumlah", r.visits, ""])
    pdf.spacer(3)
    purposes = _top_with_rest(r.by_purpose, PURPOSE_PDF_ROWS)
    pdf.table(["Keperluan", "Kunjungan"], [[p.label, p.count] for p in purposes],
              widths=[140 * mm, 30 * mm], total=["Jumlah", r.visits])
    pdf.spacer(3)
    pdf.table(["Pengunjung (orang)", "Jumlah"],
              [["Pengunjung baru (kunjungan pertama dalam periode)", r.new_visitors],
               ["Pengunjung lama (pernah berkunjung sebelumnya)", r.returning_visitors]],
              widths=[140 * mm, 30 * mm], total=["Jumlah pengunjung", r.visitors])

    sec = iter("CDEFGHIJ" if daily else "DEFGHIJK")
    pdf.heading(f"{next(sec)}. Peminjaman menurut jenis dokumen")
    pdf.table(["Jenis dokumen", "Bukti peminjaman", "Eksemplar"],
              [[t.label, t.loans, t.items] for t in r.loans_by_type],
              widths=[100 * mm, 35 * mm, 35 * mm],
              total=["Jumlah", r.loans, r.loan_items])
    pdf.para(f"Dari {_num(r.loans)} peminjaman, {_num(r.loans_read_on_site)} baca di tempat.",
             pdf.small)

    pdf.heading(f"{next(sec)}. Dokumen paling banyak dikonsultasikan")
    if r.most_consulted:
        pdf.table(["No", "Dokumen", "Judul", "Kunjungan"],
                  [[i + 1, d.citation, d.title, d.visits]
                   for i, d in enumerate(r.most_consulted)],
                  widths=[9 * mm, 50 * mm, 91 * mm, 20 * mm], numeric_from=3)
    else:
        pdf.para("Tidak ada dokumen yang dikonsultasikan dalam periode ini.")

    rt = r.returns
    pdf.heading(f"{next(sec)}. Pengembalian dan keterlambatan")
    pdf.table(["Pengembalian dalam periode", "Jumlah"],
              [["Slip pengembalian", rt.slips],
               ["Eksemplar dikembalikan", rt.items_returned]]
              + [[f"  kondisi {enums.COPY_CONDITIONS[k].lower()}", rt.by_condition.get(k, 0)]
                 for k in enums.COPY_CONDITIONS]
              + [["Dikembalikan terlambat (setelah jatuh tempo)", rt.late_returns]],
              widths=[140 * mm, 30 * mm])
    pdf.spacer(2)
    as_of = rt.as_of or r.period.end_dt
    pdf.table([f"Posisi pada {_dt(as_of)}", "Jumlah"],
              [["Eksemplar masih dipinjam", rt.items_out],
               ["Peminjaman dikembalikan sebagian", rt.loans_partial],
               ["Eksemplar terlambat (lewat jatuh tempo)", rt.overdue_items]],
              widths=[140 * mm, 30 * mm])
    if rt.overdue:
        pdf.spacer(2)
        pdf.table(["No. bukti", "Peminjam", "Barkode", "Judul", "Jatuh tempo", "Hari"],
                  [[o.receipt_number, o.visitor_name, o.barcode, o.title,
                    o.due_date.strftime("%d/%m/%Y"), o.days_late] for o in rt.overdue],
                  widths=[30 * mm, 32 * mm, 24 * mm, 50 * mm, 20 * mm, 14 * mm],
                  numeric_from=5)
        if rt.overdue_items > len(rt.overdue):
            pdf.para(f"Ditampilkan {len(rt.overdue)} dari {_num(rt.overdue_items)} eksemplar "
                     "terlambat; daftar lengkap ada di berkas XLSX.", pdf.small)

    s = r.satisfaction
    pdf.heading(f"{next(sec)}. Kepuasan pengunjung")
    if s.rated:
        pdf.para(f"Rata-rata kepuasan <b>{_num(s.average or 0, 2)}</b> dari 4 "
                 f"({_num(s.rated)} kunjungan memberi penilaian).")
        chart = _bar_chart([RATING_LABELS[k] for k in range(1, 5)],
                           [s.distribution[k] for k in range(1, 5)],
                           width=80 * mm, height=45 * mm)
        t = Table([[chart, Table(
            [["Penilaian", "Jumlah", "Persen"]]
            + [[f"{k} - {RATING_LABELS[k]}", s.distribution[k],
                _pct(s.distribution[k] / s.rated)] for k in range(1, 5)]
            + [["Jumlah", s.rated, ""]], colWidths=[35 * mm, 18 * mm, 18 * mm],
            style=TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8),
                              ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
                              ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8),
                              ("GRID", (0, 0), (-1, -1), 0.3, GREY),
                              ("ALIGN", (1, 1), (-1, -1), "RIGHT")]))]],
            colWidths=[88 * mm, 86 * mm], hAlign="LEFT")
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        pdf.story.append(t)
    else:
        pdf.para("Belum ada penilaian kepuasan dalam periode ini.")

    g = r.digitisation
    pdf.heading(f"{next(sec)}. Kemajuan digitalisasi")
    pdf.key_values([
        ("Dokumen dalam koleksi pada akhir periode", _num(g.documents_total)),
        ("Dokumen yang sudah memiliki naskah digital", _num(g.documents_digitised)),
        ("Persentase koleksi terdigitalisasi", _pct(g.share)),
        ("Berkas digital ditambahkan dalam periode", _num(g.files_in_period)),
        ("Dokumen yang mendapat berkas digital dalam periode", _num(g.documents_in_period)),
        ("Halaman digital ditambahkan dalam periode", _num(g.pages_in_period)),
    ])

    if daily and log is not None:
        pdf.heading(f"{next(sec)}. Daftar kunjungan")
        shown = log[:DAILY_LOG_PDF_ROWS]
        pdf.table(["No", "Datang", "Pulang", "Nama", "NIK", "Kategori", "Keperluan", "Status"],
                  [[i + 1, _tm(v.arrived_at), _tm(v.departed_at), v.visitor_name, v.id_masked,
                    v.category, v.purpose, v.status] for i, v in enumerate(shown)],
                  widths=[8 * mm, 12 * mm, 12 * mm, 32 * mm, 28 * mm, 28 * mm, 34 * mm,
                          20 * mm], numeric_from=0, zebra=True)
        if len(log) > len(shown):
            pdf.para(f"Ditampilkan {len(shown)} dari {len(log)} kunjungan; daftar lengkap ada "
                     "di berkas XLSX.", pdf.small)

    pdf.heading(f"{next(sec)}. Catatan petugas")
    if r.notes:
        pdf.table(["Waktu", "Pengunjung", "Catatan"],
                  [[_dt(n.at), n.visitor_name, n.note + (" (dibatalkan)" if n.cancelled
                                                        else "")] for n in r.notes],
                  widths=[26 * mm, 36 * mm, 108 * mm], numeric_from=9)
        if r.notes_total > len(r.notes):
            pdf.para(f"Ditampilkan {len(r.notes)} dari {_num(r.notes_total)} catatan; "
                     "semua catatan ada di berkas XLSX.", pdf.small)
    else:
        pdf.para("Tidak ada catatan petugas dalam periode ini.")
    pdf.signatures(r.signature)
    return pdf.render()


def collection_pdf(r: CollectionReport) -> bytes:
    """The collection report for the periodic JDIH evaluation."""
    pdf = _Pdf(r.office, r.title, f"Keadaan pada akhir periode {r.period.label}",
               r.generated_at)
    pdf.heading("A. Ringkasan koleksi")
    pdf.key_values([
        ("Jumlah dokumen", _num(r.documents)),
        ("Jumlah eksemplar", _num(r.copies)),
        ("Dokumen terdigitalisasi", f"{_num(r.digitised)} ({_pct(r.digitised / r.documents)})"
         if r.documents else "0"),
        ("Dokumen ditambahkan dalam periode", _num(r.added_total)),
        ("Eksemplar ditarik dari layanan", _num(r.copies_withdrawn)),
    ])
    pdf.heading("B. Dokumen menurut jenis, status dan digitalisasi")
    pdf.story.append(_bar_chart([t.label for t in r.by_type], [t.documents for t in r.by_type],
                                width=174 * mm, height=42 * mm, horizontal=True))
    pdf.table(["Jenis", "Dokumen", "Berlaku", "Tidak\nberlaku", "Eksemplar", "Digital",
               "% digital", "Tambahan", "Eksemplar\nbaru"],
              [[t.label, t.documents, t.berlaku, t.tidak_berlaku, t.copies, t.digitised,
                _pct(t.digitised_share), t.added, t.copies_added] for t in r.by_type],
              widths=[32 * mm] + [17.5 * mm] * 8,
              total=["Jumlah", r.documents, sum(t.berlaku for t in r.by_type),
                     sum(t.tidak_berlaku for t in r.by_type), r.copies, r.digitised,
                     _pct(r.digitised / r.documents) if r.documents else "-", r.added_total,
                     sum(t.copies_added for t in r.by_type)])
    pdf.heading("C. Dokumen menurut jenis dan tahun")
    years = r.years
    pdf.table(["Tahun"] + [enums.DOC_TYPES[k] for k in enums.DOC_TYPES] + ["Jumlah"],
              [[str(y) if y else "Tanpa tahun"]
               + [r.by_type_year.get(k, {}).get(y, 0) for k in enums.DOC_TYPES]
               + [sum(r.by_type_year.get(k, {}).get(y, 0) for k in enums.DOC_TYPES)]
               for y in years],
              widths=[30 * mm] + [28 * mm] * 5,
              total=["Jumlah"] + [t.documents for t in r.by_type] + [r.documents])
    pdf.heading("D. Kondisi eksemplar (tidak termasuk yang ditarik)")
    pdf.table(["Kondisi", "Eksemplar"],
              [[enums.COPY_CONDITIONS[k], r.copies_by_condition.get(k, 0)]
               for k in enums.COPY_CONDITIONS],
              widths=[100 * mm, 30 * mm],
              total=["Jumlah", sum(r.copies_by_condition.values())])
    pdf.heading("E. Dokumen ditambahkan dalam periode")
    if r.added:
        pdf.table(["Tanggal", "Jenis", "Dokumen", "Judul"],
                  [[a.created_at.strftime("%d/%m/%Y"), enums.DOC_TYPES.get(a.doc_type, ""),
                    a.citation, a.title] for a in r.added],
                  widths=[20 * mm, 28 * mm, 42 * mm, 84 * mm], numeric_from=9)
        if r.added_total > len(r.added):
            pdf.para(f"Ditampilkan {len(r.added)} dari {_num(r.added_total)} dokumen; daftar "
                     "lengkap ada di berkas XLSX.", pdf.small)
    else:
        pdf.para("Tidak ada dokumen baru dalam periode ini.")
    pdf.signatures(r.signature)
    return pdf.render()


def visit_pdf(r: VisitRecord) -> bytes:
    """One page: the record of one visit."""
    pdf = _Pdf(r.office, r.title, f"Kunjungan nomor {r.visit_id}", r.generated_at)
    pdf.heading("A. Pengunjung")
    pdf.key_values([
        ("Nama", r.visitor_name), (r.id_type or "Identitas", r.id_masked or "-"),
        ("Instansi", r.institution or "-"), ("Kategori", r.category or "-"),
        ("Keperluan", r.purpose or "-"), ("Status kunjungan", r.status),
        ("Petugas", r.officer or "-"),
        *r.custom_fields,  # the office's own fields, labelled as when the visit was made
        ("Pemberitahuan privasi", f"disetujui, versi {r.privacy_notice}"
         if r.privacy_notice else "-"),
    ], widths=(45 * mm, 125 * mm), numbers=False)
    if r.cancel_reason:
        pdf.para(f"Alasan pembatalan: {_esc(r.cancel_reason)}")
    pdf.heading("B. Langkah SOP")
    half = (len(r.steps) + 1) // 2  # two columns of steps: the record stays on one page
    left, right = r.steps[:half], r.steps[half:]
    rows = [[a.label, _dt(a.at)] + ([b.label, _dt(b.at)] if b else ["", ""])
            for a, b in zip(left, right + [None] * (len(left) - len(right)), strict=True)]
    pdf.table(["Langkah", "Waktu", "Langkah", "Waktu"], rows,
              widths=[55 * mm, 30 * mm, 55 * mm, 30 * mm], numeric_from=9)
    pdf.heading("C. Dokumen dikonsultasikan dan dipinjam")
    if r.consulted:
        pdf.table(["Dokumen", "Judul"], [list(c) for c in r.consulted],
                  widths=[55 * mm, 115 * mm], numeric_from=9)
    else:
        pdf.para("Tidak ada dokumen dikonsultasikan.")
    for loan in r.loans:
        pdf.spacer(2)
        due = "baca di tempat" if loan.read_on_site or not loan.due_date \
            else f"jatuh tempo {format_date_id(loan.due_date)}"
        pdf.para(f"<b>Bukti peminjaman {_esc(loan.receipt_number)}</b> — {_dt(loan.loaned_at)}, "
                 f"{due}")
        pdf.table(["Barkode", "Dokumen", "Judul", "Kembali", "Kondisi"],
                  [[i.barcode, i.citation, i.title, _dt(i.returned_at), i.condition or "-"]
                   for i in loan.items],
                  widths=[20 * mm, 40 * mm, 60 * mm, 30 * mm, 20 * mm], numeric_from=9)
    pdf.heading("D. Kepuasan dan catatan")
    pdf.key_values([
        ("Penilaian kepuasan", f"{r.rating} - {RATING_LABELS[r.rating]}" if r.rating else "-"),
        ("Komentar", r.rating_comment or "-"),
        ("Catatan petugas", r.officer_notes or "-")], widths=(45 * mm, 125 * mm),
        numbers=False)
    sigs = []
    for label, png in (("Tanda tangan buku kunjungan", r.signature_png),
                       ("Tanda tangan serah terima", r.handover_signature_png)):
        if png:
            sigs.append([label, Image(io.BytesIO(png), width=50 * mm, height=18 * mm,
                                      kind="proportional")])
    if sigs:
        pdf.spacer(2)
        pdf.story.append(Table(sigs, colWidths=[55 * mm, 60 * mm], hAlign="LEFT"))
    pdf.signatures(r.signature)
    return pdf.render()


# =========================================================================== XLSX
_HEAD_FONT = Font(bold=True, color="FFFFFF")
_HEAD_FILL = PatternFill("solid", fgColor="122D63")
DATE_FMT = "DD/MM/YYYY"
DATETIME_FMT = "DD/MM/YYYY HH:MM"


_EXCEL_EPOCH = dt.datetime(1899, 12, 30)


class _FastRows:
    """Worksheet rows written as SpreadsheetML text: numbers, inline strings, date serials.

    Rows are kept as values until ``xml`` is given each column's style (the ``s="..."`` that
    openpyxl gave the row above), then written row by row: many small steps, so the thread
    doing it never holds Python's GIL long enough to stall the GUI thread.
    """

    def __init__(self, columns: int, first_row: int) -> None:
        self.letters = [get_column_letter(i) for i in range(1, columns + 1)]
        self.first_row = first_row
        self.rows: list[list[object]] = []

    @property
    def count(self) -> int:
        return len(self.rows)

    def add(self, row: Iterable[object]) -> None:
        self.rows.append(list(row))

    def xml(self, styles: dict[str, str]) -> str:
        attr = {k: f' s="{v}"' for k, v in styles.items()}
        out = []
        for r, row in enumerate(self.rows, start=self.first_row):
            cells = []
            for letter, v in zip(self.letters, row, strict=False):
                if v is None or v == "":
                    continue
                ref = f"{letter}{r}"
                if isinstance(v, bool):
                    cells.append(f'<c r="{ref}" t="b"><v>{int(v)}</v></c>')
                elif isinstance(v, int | float):
                    cells.append(f'<c r="{ref}"{attr.get(letter, "")}><v>{v}</v></c>')
                elif isinstance(v, dt.date):
                    d = v if isinstance(v, dt.datetime) else dt.datetime.combine(v, dt.time())
                    serial = (d - _EXCEL_EPOCH).total_seconds() / 86400
                    cells.append(f'<c r="{ref}"{attr.get(letter, "")}><v>{serial:.8f}</v></c>')
                else:
                    text = xml_escape(_XML_BAD.sub("", str(v)))
                    cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">'
                                 f"{text}</t></is></c>")
            out.append(f'<row r="{r}">{"".join(cells)}</row>')
        return "".join(out)


def _splice_rows(xlsx: bytes, fast: dict[str, _FastRows]) -> bytes:
    """Append the prepared rows to their sheets inside the saved workbook."""
    src = zipfile.ZipFile(io.BytesIO(xlsx))
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
          "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
    book = ElementTree.fromstring(src.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(src.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels}
    parts = {}
    for sh in book.find("m:sheets", ns):
        name = sh.get("name")
        if name in fast:
            target = targets[sh.get(f"{{{ns['r']}}}id")].lstrip("/")
            parts[target if target.startswith("xl/") else f"xl/{target}"] = fast[name]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            rows = parts.get(info.filename)
            if rows is not None:
                text = data.decode("utf-8")
                body = rows.xml(_row_styles(text, rows.first_row - 1))
                end = text.index("</sheetData>")
                dst.writestr(info, "".join((text[:end], body, text[end:])).encode("utf-8"),
                             compress_type=zipfile.ZIP_DEFLATED)
            else:
                dst.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _row_styles(sheet_xml: str, row: int) -> dict[str, str]:
    """Column letter -> style id of the cells of one row as openpyxl wrote it."""
    m = re.search(rf'<row r="{row}"[^>]*>(.*?)</row>', sheet_xml, re.S)
    if not m:
        return {}
    return {c.group(1): c.group(2) for c in
            re.finditer(r'<c r="([A-Z]+)\d+"[^>]*?\bs="(\d+)"', m.group(1))}


class _Book:
    """A workbook whose sheets all look alike: bold header, frozen, filtered, sized columns.

    Written in openpyxl's write-only mode: rows stream straight to the file, which keeps a
    10,000-visit month fast and keeps the rendering thread from holding Python's GIL for long
    stretches (the GUI thread stays responsive while a report is built).
    """

    def __init__(self) -> None:
        self.wb = Workbook(write_only=True)
        self._fast: dict[str, _FastRows] = {}

    def _cell(self, ws, value: object, *, head: bool = False, bold: bool = False):
        if isinstance(value, str):
            value = _XML_BAD.sub("", value)  # a stray control character must not sink a report
        c = protect(WriteOnlyCell(ws, value=value))  # visitor-entered text is never a formula
        if head:
            c.font = _HEAD_FONT
            c.fill = _HEAD_FILL
            c.alignment = Alignment(vertical="center", wrap_text=True)
        elif bold:
            c.font = Font(bold=True, size=13)
        if isinstance(value, dt.datetime):
            c.number_format = DATETIME_FMT
        elif isinstance(value, dt.date):
            c.number_format = DATE_FMT
        elif isinstance(value, float):
            c.number_format = "0.00"
        return c

    def _typed(self, ws, row: Iterable[object]) -> list[object]:
        """Dates and decimals get a cell with their number format; the rest stay plain."""
        return [self._cell(ws, v) if isinstance(v, dt.date | float)
                else safe_cell(ws, _XML_BAD.sub("", v)) if isinstance(v, str) else v
                for v in row]

    def sheet(self, title: str, header: list[str], rows: Iterable[list[object]],
              widths: list[int] | None = None, filter_: bool = True,
              fast: bool = False) -> None:
        """One table. ``fast`` streams rows 3.. as ready-made XML (see ``_FastRows``): the
        raw visit sheet of a busy month has 100k+ cells, which openpyxl's pure-Python writer
        needs seconds for. Row 2 is still written by openpyxl and lends its cell styles."""
        ws = self.wb.create_sheet(title)
        widths = widths or [max(10, min(50, len(h) + 4)) for h in header]
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w
        ws.freeze_panes = "A2"
        ws.append([self._cell(ws, h, head=True) for h in header])
        n = 1
        it = iter(rows)
        for row in it:
            ws.append(self._typed(ws, row))
            n += 1
            if fast:
                rest = _FastRows(len(header), first_row=3)
                for more in it:
                    rest.add(more)
                n += rest.count
                if rest.count:
                    self._fast[title] = rest
                break
        if filter_ and n > 1:
            ws.auto_filter.ref = f"A1:{get_column_letter(len(header))}{n}"

    def summary(self, title: str, heading: str, subtitle: str,
                rows: list[tuple[str, object]]) -> None:
        """The summary sheet: a title, then label / value rows (numbers stay numbers)."""
        ws = self.wb.create_sheet(title)
        ws.column_dimensions["A"].width = 58
        ws.column_dimensions["B"].width = 22
        ws.freeze_panes = "A5"
        ws.append([self._cell(ws, heading, bold=True)])
        ws.append([safe_cell(ws, subtitle)])
        ws.append([])
        ws.append([self._cell(ws, "Uraian", head=True), self._cell(ws, "Nilai", head=True)])
        for label, value in rows:
            ws.append(self._typed(ws, [label, value]))

    def bytes(self) -> bytes:
        buf = io.BytesIO()
        self.wb.save(buf)
        if not self._fast:
            return buf.getvalue()
        return _splice_rows(buf.getvalue(), self._fast)


def _signature_rows(sig: SignatureBlock) -> list[tuple[str, object]]:
    return [("Tempat", sig.place), ("Tanggal", sig.date),
            (sig.officer_title, sig.officer_name), ("NIP petugas", sig.officer_nip),
            (sig.head_title, sig.head_name), ("NIP kepala", sig.head_nip)]


def _native_bar(ws, title: str, *, value_col: int, rows: int, anchor: str,
                last_col: int | None = None) -> None:
    """A native Excel bar chart of a sheet's columns (category in column A): it stays live
    when the office edits the figures, unlike a picture."""
    from openpyxl.chart import BarChart, Reference

    if rows < 1:
        return
    chart = BarChart()
    chart.title = title
    chart.add_data(Reference(ws, min_col=value_col, max_col=last_col or value_col, min_row=1,
                             max_row=rows + 1), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=rows + 1))
    chart.height, chart.width = 8, 18
    ws.add_chart(chart, anchor)


def activity_xlsx(r: ActivityReport, visits: Iterable[VisitLogRow],
                  notes: list[OfficerNote], overdue_all: list | None = None) -> bytes:
    b = _Book()
    s, g, rt = r.satisfaction, r.digitisation, r.returns
    b.summary("Ringkasan", r.title, f"Periode: {r.period.label} — {r.office.name}", [
        ("Awal periode", r.period.start),
        ("Akhir periode", r.period.end - dt.timedelta(days=1)),
        ("Jumlah kunjungan (tidak termasuk batal)", r.visits),
        ("Kunjungan dibatalkan", r.cancelled),
        ("Jumlah pengunjung (orang)", r.visitors),
        ("Pengunjung baru", r.new_visitors),
        ("Pengunjung lama", r.returning_visitors),
        ("Kunjungan tanpa data pengunjung", r.visits_without_visitor),
        ("Kunjungan masih berlangsung", r.in_progress),
        ("Hari layanan", r.open_days),
        ("Rata-rata kunjungan per hari layanan", round(r.visits_per_open_day, 2)),
        ("Peminjaman (bukti)", r.loans),
        ("Peminjaman baca di tempat", r.loans_read_on_site),
        ("Eksemplar dipinjam", r.loan_items),
        ("Perpanjangan peminjaman", r.renewals),
        ("Slip pengembalian", rt.slips),
        ("Eksemplar dikembalikan", rt.items_returned),
        ("Dikembalikan terlambat", rt.late_returns),
        ("Posisi dihitung pada", rt.as_of),
        ("Eksemplar masih dipinjam", rt.items_out),
        ("Peminjaman dikembalikan sebagian", rt.loans_partial),
        ("Eksemplar terlambat", rt.overdue_items),
        ("Kunjungan dengan penilaian", s.rated),
        ("Rata-rata kepuasan (1-4)", round(s.average, 2) if s.average is not None else None),
        ("Dokumen dalam koleksi", g.documents_total),
        ("Dokumen terdigitalisasi", g.documents_digitised),
        ("Persentase terdigitalisasi", round(g.share * 100, 2)),
        ("Berkas digital ditambahkan", g.files_in_period),
        ("Halaman digital ditambahkan", g.pages_in_period),
        ("Catatan petugas", r.notes_total),
        ("Dibuat pada", r.generated_at),
        *_signature_rows(r.signature)])
    b.sheet("Per hari", ["Tanggal", "Hari", "Kunjungan", "Batal", "Hari layanan", "Keterangan"],
            ([d.day, DAYS_ID[d.day.weekday()], d.visits, d.cancelled,
              "Ya" if d.open_day else "Tidak", d.note] for d in r.per_day),
            widths=[13, 10, 12, 8, 13, 34])
    _native_bar(b.wb["Per hari"], "Kunjungan per hari", value_col=3, rows=len(r.per_day),
                anchor="H2")
    b.sheet("Kategori", ["Kategori", "Kunjungan"],
            ([c.label, c.count] for c in r.by_category), widths=[40, 12])
    b.sheet("Keperluan", ["Keperluan", "Kunjungan"],
            ([c.label, c.count] for c in r.by_purpose), widths=[50, 12])
    b.sheet("Peminjaman", ["Jenis dokumen", "Bukti peminjaman", "Eksemplar"],
            ([t.label, t.loans, t.items] for t in r.loans_by_type), widths=[26, 18, 12])
    _native_bar(b.wb["Peminjaman"], "Peminjaman menurut jenis dokumen", value_col=2,
                rows=len(r.loans_by_type), anchor="E2", last_col=3)
    b.sheet("Paling dikonsultasi", ["Peringkat", "Dokumen", "Judul", "Kunjungan"],
            ([i + 1, d.citation, d.title, d.visits] for i, d in enumerate(r.most_consulted)),
            widths=[10, 32, 60, 12])
    b.sheet("Pengembalian", ["Kondisi", "Eksemplar"],
            ([enums.COPY_CONDITIONS[k], rt.by_condition.get(k, 0)]
             for k in enums.COPY_CONDITIONS), widths=[20, 12])
    b.sheet("Terlambat", ["No. bukti", "Peminjam", "Barkode", "Judul", "Jatuh tempo",
                          "Hari terlambat"],
            ([o.receipt_number, o.visitor_name, o.barcode, o.title, o.due_date, o.days_late]
             for o in (overdue_all if overdue_all is not None else rt.overdue)),
            widths=[20, 28, 12, 50, 13, 14])
    b.sheet("Kepuasan", ["Nilai", "Keterangan", "Kunjungan"],
            ([k, RATING_LABELS[k], s.distribution[k]] for k in range(1, 5)),
            widths=[8, 16, 12])
    b.sheet("Catatan petugas", ["Waktu", "No. kunjungan", "Pengunjung", "Catatan",
                                "Dibatalkan"],
            ([n.at, n.visit_id, n.visitor_name, n.note, "Ya" if n.cancelled else ""]
             for n in notes), widths=[17, 13, 28, 80, 11], fast=True)
    b.sheet("Kunjungan", ["No. kunjungan", "Datang", "Pulang", "Nama", "NIK (disamarkan)",
                          "Kategori", "Instansi", "Keperluan", "Status", "Ingin meminjam",
                          "Penilaian", "Petugas"],
            ([v.visit_id, v.arrived_at, v.departed_at, v.visitor_name, v.id_masked,
              v.category, v.institution, v.purpose, v.status,
              None if v.wants_to_borrow is None else ("Ya" if v.wants_to_borrow else "Tidak"),
              v.rating, v.officer] for v in visits),
            widths=[13, 17, 17, 28, 20, 26, 24, 40, 12, 14, 10, 24], fast=True)
    return b.bytes()


def collection_xlsx(r: CollectionReport, added_all: list) -> bytes:
    b = _Book()
    b.summary("Ringkasan", r.title, f"Keadaan pada akhir periode {r.period.label} — "
                                    f"{r.office.name}", [
        ("Awal periode", r.period.start),
        ("Akhir periode", r.period.end - dt.timedelta(days=1)),
        ("Jumlah dokumen", r.documents), ("Jumlah eksemplar", r.copies),
        ("Dokumen terdigitalisasi", r.digitised),
        ("Persentase terdigitalisasi",
         round(r.digitised / r.documents * 100, 2) if r.documents else 0.0),
        ("Dokumen ditambahkan dalam periode", r.added_total),
        ("Eksemplar ditarik", r.copies_withdrawn), ("Dibuat pada", r.generated_at),
        *_signature_rows(r.signature)])
    b.sheet("Per jenis", ["Jenis", "Dokumen", "Berlaku", "Tidak berlaku", "Eksemplar",
                          "Terdigitalisasi", "Persen digital", "Ditambahkan",
                          "Eksemplar baru"],
            ([t.label, t.documents, t.berlaku, t.tidak_berlaku, t.copies, t.digitised,
              round(t.digitised_share * 100, 2), t.added, t.copies_added] for t in r.by_type),
            widths=[22, 10, 10, 14, 11, 15, 14, 13, 15])
    b.sheet("Jenis x tahun", ["Tahun", *enums.DOC_TYPES.values(), "Jumlah"],
            ([y] + [r.by_type_year.get(k, {}).get(y, 0) for k in enums.DOC_TYPES]
             + [sum(r.by_type_year.get(k, {}).get(y, 0) for k in enums.DOC_TYPES)]
             for y in r.years), widths=[10, 12, 17, 15, 10, 10])
    b.sheet("Kondisi eksemplar", ["Kondisi", "Eksemplar"],
            [[enums.COPY_CONDITIONS[k], r.copies_by_condition.get(k, 0)]
             for k in enums.COPY_CONDITIONS] + [["Ditarik", r.copies_withdrawn]],
            widths=[20, 12])
    b.sheet("Tambahan", ["No. dokumen", "Ditambahkan", "Jenis", "Dokumen", "Judul"],
            ([a.document_id, a.created_at, enums.DOC_TYPES.get(a.doc_type, ""), a.citation,
              a.title] for a in added_all), widths=[12, 17, 18, 32, 70], fast=True)
    return b.bytes()


def visit_xlsx(r: VisitRecord) -> bytes:
    b = _Book()
    b.summary("Kunjungan", r.title, f"Kunjungan nomor {r.visit_id} — {r.office.name}", [
        ("Nama", r.visitor_name), (r.id_type or "Identitas", r.id_masked),
        ("Instansi", r.institution), ("Kategori", r.category), ("Keperluan", r.purpose),
        ("Status", r.status), ("Petugas", r.officer), ("Penilaian", r.rating),
        ("Komentar", r.rating_comment), ("Catatan petugas", r.officer_notes),
        ("Alasan pembatalan", r.cancel_reason), *r.custom_fields,
        ("Pemberitahuan privasi", r.privacy_notice)])
    b.sheet("Langkah", ["Langkah", "Waktu"], ([s.label, s.at] for s in r.steps),
            widths=[40, 18])
    b.sheet("Dokumen", ["Dokumen", "Judul"], (list(c) for c in r.consulted), widths=[32, 70])
    b.sheet("Peminjaman", ["No. bukti", "Dipinjam", "Jatuh tempo", "Barkode", "Dokumen",
                           "Judul", "Kembali", "Kondisi"],
            ([loan.receipt_number, loan.loaned_at, loan.due_date, i.barcode, i.citation,
              i.title, i.returned_at, i.condition] for loan in r.loans for i in loan.items),
            widths=[20, 17, 13, 12, 28, 50, 17, 10])
    return b.bytes()


# =========================================================================== SKM
def _dec(value, places: int) -> str:
    """A Fraction/Decimal/float with Indonesian decimal comma ("3,33")."""
    if value is None:
        return "-"
    return _num(float(value), places)


def skm_pdf(rep, office: OfficeConfig, sig: SignatureBlock) -> bytes:
    """The SKM report of a quarter, semester or year (PermenPANRB 14/2017 layout)."""
    from jdih_desktop.services.skm import PROFILE_FIELDS, WEIGHT

    r = rep.result
    pdf = _Pdf(office, rep.title, f"Periode: {rep.period.label}", rep.generated_at)
    pdf.heading("A. Hasil survei")
    mutu = r.category
    pdf.key_values([
        ("Jumlah responden", _num(r.respondents)),
        ("Nilai IKM (skala 1-4)", _dec(r.ikm, 4) if r.ikm is not None else "-"),
        ("Nilai IKM unit pelayanan (konversi 25-100)", _dec(r.ikm_unit, 2)),
        ("Mutu pelayanan", mutu[0] if mutu else "-"),
        ("Kinerja unit pelayanan", mutu[1] if mutu else "-"),
    ])
    if not r.complete:
        pdf.para("IKM belum dapat dihitung: ada unsur yang belum dijawab satu responden pun "
                 "dalam periode ini.", pdf.small)
    pdf.heading("B. Nilai per unsur pelayanan")
    rows = [[f"U{i}", e.name, e.answers, e.total, _dec(e.nrr, 2), _dec(float(WEIGHT), 3),
             _dec(e.nrr_weighted, 3)] for i, e in enumerate(r.elements, 1)]
    total = ["", "Jumlah NRR tertimbang (IKM)", "", "", "", "",
             _dec(r.ikm, 3) if r.ikm is not None else "-"]
    pdf.table(["No", "Unsur pelayanan", "Jawaban", "Jumlah nilai", "NRR", "Bobot",
               "NRR tertimbang"], rows,
              widths=[11 * mm, 70 * mm, 17 * mm, 20 * mm, 15 * mm, 15 * mm, 26 * mm],
              numeric_from=2, total=total)
    values = [float(e.nrr or 0) for e in r.elements]
    if any(values):
        pdf.story.append(_bar_chart([f"U{i}" for i in range(1, 10)],
                                    [round(v * 100) for v in values], width=174 * mm,
                                    height=48 * mm, title="NRR per unsur (x 100)"))
    pdf.para("Cara hitung (Lampiran PermenPANRB 14/2017): NRR = jumlah nilai unsur / jumlah "
             "jawaban; bobot setiap unsur 1/9 = 0,111; IKM = jumlah NRR tertimbang; IKM unit "
             "pelayanan = IKM x 25. Mutu: A 88,31-100,00 (sangat baik); B 76,61-88,30 (baik); "
             "C 65,00-76,60 (kurang baik); D 25,00-64,99 (tidak baik).", pdf.small)
    pdf.heading("C. Profil responden")
    for fname, (label, choices) in PROFILE_FIELDS.items():
        counts = rep.profile.get(fname, {})
        pdf.table([label, "Jumlah"],
                  [[text, counts.get(key, 0)] for key, text in choices.items()]
                  + [["Tidak diisi", counts.get("", 0)]],
                  widths=[110 * mm, 30 * mm])
        pdf.spacer(2)
    pdf.heading("D. Saran dan masukan")
    if rep.suggestions:
        pdf.table(["No", "Tanggal", "Saran"],
                  [[i, s.day.strftime("%d/%m/%Y"), s.text]
                   for i, s in enumerate(rep.suggestions, 1)],
                  widths=[11 * mm, 22 * mm, 141 * mm], numeric_from=9)
    else:
        pdf.para("Tidak ada saran dalam periode ini.")
    pdf.para("Survei tanpa nama: laporan ini tidak memuat identitas responden.", pdf.small)
    pdf.signatures(sig)
    return pdf.render()


def skm_xlsx(rep, office: OfficeConfig, sig: SignatureBlock) -> bytes:
    """The SKM report as a workbook, with a native bar chart of the elements' NRR."""
    from openpyxl.chart import BarChart, Reference

    from jdih_desktop.services.skm import PROFILE_FIELDS, WEIGHT

    r = rep.result
    b = _Book()
    mutu = r.category
    b.summary("Ringkasan", rep.title, f"Periode: {rep.period.label} — {office.name}", [
        ("Awal periode", rep.period.start),
        ("Akhir periode", rep.period.end - dt.timedelta(days=1)),
        ("Jumlah responden", r.respondents),
        ("Nilai IKM (skala 1-4)", round(float(r.ikm), 4) if r.ikm is not None else None),
        ("Nilai IKM unit pelayanan (25-100)",
         float(r.ikm_unit) if r.ikm_unit is not None else None),
        ("Mutu pelayanan", mutu[0] if mutu else ""),
        ("Kinerja unit pelayanan", mutu[1] if mutu else ""),
        *_signature_rows(sig)])
    b.sheet("Per unsur", ["No", "Unsur pelayanan", "Jawaban", "Jumlah nilai", "NRR", "Bobot",
                          "NRR tertimbang", "Nilai 1", "Nilai 2", "Nilai 3", "Nilai 4"],
            [[f"U{i}", e.name, e.answers, e.total,
              round(float(e.nrr), 4) if e.nrr is not None else None, round(float(WEIGHT), 4),
              round(float(e.nrr_weighted), 4) if e.nrr_weighted is not None else None,
              *[e.distribution[v] for v in range(1, 5)]]
             for i, e in enumerate(r.elements, 1)],
            widths=[6, 42, 10, 12, 10, 10, 14, 9, 9, 9, 9], filter_=False)
    ws = b.wb["Per unsur"]
    chart = BarChart()
    chart.title = "NRR per unsur pelayanan"
    chart.y_axis.title = "NRR (1-4)"
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 4
    chart.add_data(Reference(ws, min_col=5, min_row=1, max_row=10), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=10))
    chart.height, chart.width = 8, 18
    ws.add_chart(chart, "B13")
    prof = []
    for fname, (label, choices) in PROFILE_FIELDS.items():
        counts = rep.profile.get(fname, {})
        prof += [[label, text, counts.get(key, 0)] for key, text in choices.items()]
        prof.append([label, "Tidak diisi", counts.get("", 0)])
    b.sheet("Profil responden", ["Aspek", "Pilihan", "Jumlah"], prof, widths=[20, 30, 10])
    b.sheet("Saran", ["Tanggal", "Saran"], [[s.day, s.text] for s in rep.suggestions],
            widths=[12, 100])
    return b.bytes()


# =========================================================================== yearly
def yearly_pdf(r) -> bytes:
    """The yearly JDIH library report (``services.yearly``)."""
    pdf = _Pdf(r.office, r.title, f"Periode: {r.period.label}", r.generated_at)
    ikm = r.skm.result
    mutu = ikm.category
    pdf.heading("A. Ringkasan")
    pdf.key_values([
        ("Koleksi dokumen pada akhir tahun", _num(r.collection.documents)),
        ("Dokumen ditambahkan dalam tahun ini", _num(r.documents_added)),
        ("Eksemplar pada akhir tahun", _num(r.collection.copies)),
        ("Dokumen terdigitalisasi (akhir tahun)", _num(r.collection.digitised)),
        ("Dokumen didigitalkan dalam tahun ini", _num(r.digitised_in_year)),
        ("Dokumen terpublikasi di situs JDIH (akhir tahun)",
         _num(sum(g.published for g in r.growth))),
        ("Jumlah kunjungan", _num(r.visits)),
        ("Jumlah pengunjung (orang)", _num(r.visitors)),
        ("Peminjaman (bukti peminjaman)", _num(r.loans)),
        ("Eksemplar dipinjam", _num(r.loan_items)),
        ("Perpanjangan peminjaman", _num(r.renewals)),
        ("Responden SKM", _num(ikm.respondents)),
        ("IKM unit pelayanan (25-100)", _dec(ikm.ikm_unit, 2)),
        ("Mutu pelayanan", f"{mutu[0]} ({mutu[1]})" if mutu else "-"),
    ])
    pdf.heading("B. Pertumbuhan koleksi menurut jenis dokumen")
    pdf.table(["Jenis dokumen", "Awal tahun", "Ditambahkan", "Akhir tahun", "Terdigitalisasi",
               "Terpublikasi"],
              [[g.label, g.at_start, g.added, g.at_end, g.digitised, g.published]
               for g in r.growth],
              widths=[50 * mm, 24 * mm, 26 * mm, 24 * mm, 26 * mm, 24 * mm],
              total=["Jumlah", sum(g.at_start for g in r.growth), r.documents_added,
                     sum(g.at_end for g in r.growth), sum(g.digitised for g in r.growth),
                     sum(g.published for g in r.growth)])
    pdf.heading("C. Layanan per bulan")
    pdf.table(["Bulan", "Kunjungan", "Pengunjung", "Peminjaman", "Eksemplar", "Perpanjangan",
               "Dok. baru", "Didigitalkan"],
              [[m.label, m.visits, m.visitors, m.loans, m.loan_items, m.renewals,
                m.documents_added, m.documents_digitised] for m in r.months],
              widths=[26 * mm, 21 * mm, 22 * mm, 22 * mm, 20 * mm, 24 * mm, 18 * mm, 21 * mm],
              total=["Jumlah", r.visits, "", r.loans, r.loan_items, r.renewals,
                     sum(m.documents_added for m in r.months), r.digitised_in_year])
    pdf.para("Pengunjung per bulan dihitung per bulan (orang yang sama di dua bulan dihitung "
             f"di keduanya); dalam setahun {_num(r.visitors)} orang.", pdf.small)
    pdf.story.append(_bar_chart([m.label[:3] for m in r.months], [m.visits for m in r.months],
                                width=174 * mm, height=50 * mm, title="Kunjungan per bulan"))
    pdf.heading("D. Survei Kepuasan Masyarakat (IKM)")
    if ikm.respondents:
        pdf.table(["No", "Unsur pelayanan", "Jawaban", "NRR"],
                  [[f"U{i}", e.name, e.answers, _dec(e.nrr, 2)]
                   for i, e in enumerate(ikm.elements, 1)],
                  widths=[12 * mm, 110 * mm, 22 * mm, 22 * mm], numeric_from=2,
                  total=["", "IKM unit pelayanan", ikm.respondents, _dec(ikm.ikm_unit, 2)])
    else:
        pdf.para("Belum ada responden SKM dalam tahun ini.")
    pdf.heading("E. Dokumen paling banyak dikonsultasikan")
    if r.most_consulted:
        pdf.table(["No", "Dokumen", "Judul", "Kunjungan"],
                  [[i, d.citation, d.title, d.visits]
                   for i, d in enumerate(r.most_consulted, 1)],
                  widths=[10 * mm, 45 * mm, 100 * mm, 19 * mm], numeric_from=3)
    else:
        pdf.para("Belum ada dokumen yang dikonsultasikan dalam tahun ini.")
    pdf.signatures(r.signature)
    return pdf.render()


def yearly_xlsx(r) -> bytes:
    """The yearly report as a workbook with native Excel charts (visits and loans per month,
    collection by type)."""
    from openpyxl.chart import BarChart, LineChart, Reference

    b = _Book()
    ikm = r.skm.result
    mutu = ikm.category
    b.summary("Ringkasan", r.title, f"Periode: {r.period.label} — {r.office.name}", [
        ("Tahun", r.period.start.year),
        ("Koleksi dokumen pada akhir tahun", r.collection.documents),
        ("Dokumen ditambahkan dalam tahun ini", r.documents_added),
        ("Eksemplar pada akhir tahun", r.collection.copies),
        ("Dokumen terdigitalisasi (akhir tahun)", r.collection.digitised),
        ("Dokumen didigitalkan dalam tahun ini", r.digitised_in_year),
        ("Dokumen terpublikasi (akhir tahun)", sum(g.published for g in r.growth)),
        ("Jumlah kunjungan", r.visits), ("Jumlah pengunjung (orang)", r.visitors),
        ("Peminjaman (bukti)", r.loans), ("Eksemplar dipinjam", r.loan_items),
        ("Perpanjangan peminjaman", r.renewals), ("Responden SKM", ikm.respondents),
        ("IKM unit pelayanan (25-100)",
         float(ikm.ikm_unit) if ikm.ikm_unit is not None else None),
        ("Mutu pelayanan", mutu[0] if mutu else ""),
        *_signature_rows(r.signature)])
    b.sheet("Koleksi", ["Jenis dokumen", "Awal tahun", "Ditambahkan", "Akhir tahun",
                        "Terdigitalisasi", "Terpublikasi"],
            [[g.label, g.at_start, g.added, g.at_end, g.digitised, g.published]
             for g in r.growth], widths=[24, 12, 13, 12, 15, 13], filter_=False)
    ws = b.wb["Koleksi"]
    chart = BarChart()
    chart.type = "col"
    chart.grouping = "stacked"
    chart.overlap = 100
    chart.title = "Koleksi menurut jenis: awal tahun dan tambahan"
    chart.add_data(Reference(ws, min_col=2, max_col=3, min_row=1, max_row=5),
                   titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=5))
    chart.height, chart.width = 8, 16
    ws.add_chart(chart, "A8")
    b.sheet("Per bulan", ["Bulan", "Kunjungan", "Pengunjung", "Peminjaman", "Eksemplar",
                          "Perpanjangan", "Dokumen baru", "Didigitalkan"],
            [[m.label, m.visits, m.visitors, m.loans, m.loan_items, m.renewals,
              m.documents_added, m.documents_digitised] for m in r.months],
            widths=[12, 11, 12, 12, 11, 13, 13, 13], filter_=False)
    ws = b.wb["Per bulan"]
    visits = BarChart()
    visits.title = "Kunjungan per bulan"
    visits.add_data(Reference(ws, min_col=2, min_row=1, max_row=13), titles_from_data=True)
    visits.set_categories(Reference(ws, min_col=1, min_row=2, max_row=13))
    visits.height, visits.width = 8, 18
    ws.add_chart(visits, "J2")
    loans = LineChart()
    loans.title = "Peminjaman dan perpanjangan per bulan"
    loans.add_data(Reference(ws, min_col=4, min_row=1, max_row=13), titles_from_data=True)
    loans.add_data(Reference(ws, min_col=6, min_row=1, max_row=13), titles_from_data=True)
    loans.set_categories(Reference(ws, min_col=1, min_row=2, max_row=13))
    loans.height, loans.width = 8, 18
    ws.add_chart(loans, "J19")
    b.sheet("SKM", ["Unsur", "Nama unsur", "Jawaban", "NRR"],
            [[f"U{i}", e.name, e.answers, round(float(e.nrr), 4) if e.nrr is not None else None]
             for i, e in enumerate(ikm.elements, 1)], widths=[8, 42, 10, 10], filter_=False)
    b.sheet("Dikonsultasikan", ["No", "Dokumen", "Judul", "Kunjungan"],
            [[i, d.citation, d.title, d.visits] for i, d in enumerate(r.most_consulted, 1)],
            widths=[6, 30, 80, 11])
    return b.bytes()


# =========================================================================== letters
def reminder_letter_pdf(office: OfficeConfig, entry, level: int, level_title: str,
                        now: dt.datetime, sig: SignatureBlock) -> bytes:
    """A reminder letter for a late loan on the letterhead (``services.reminders``)."""
    pdf = _Pdf(office, f"Surat {level_title}" if level_title else "Surat Pengingat",
               f"Pengembalian dokumen pinjaman {entry.receipt_number}", now)
    pdf.key_values([("Nomor bukti peminjaman", entry.receipt_number),
                    ("Tingkat pengingat", f"{level} — {level_title}" if level else "-"),
                    ("Perihal", "Pengembalian dokumen perpustakaan JDIH")], numbers=False)
    pdf.spacer(4)
    pdf.para(f"Yth. Bapak/Ibu <b>{_esc(entry.visitor_name)}</b>")
    pdf.spacer(2)
    when = ("seharusnya dibaca di tempat dan dikembalikan pada hari yang sama"
            if entry.read_on_site else
            f"telah melewati batas pengembalian tanggal {format_date_id(entry.due_date)}")
    pdf.para(f"Dengan hormat, bersama surat ini kami sampaikan bahwa dokumen yang Bapak/Ibu "
             f"pinjam dari Perpustakaan JDIH {_esc(office.name)} pada "
             f"{format_date_id(entry.loaned_at.date())} {when} "
             f"(<b>{entry.days_late} hari terlambat</b>), yaitu:")
    pdf.spacer(2)
    pdf.table(["No", "Dokumen", "Eksemplar"],
              [[i, ref, bc] for i, (bc, ref) in enumerate(entry.items, 1)],
              widths=[12 * mm, 120 * mm, 40 * mm], numeric_from=3)
    pdf.spacer(3)
    where = f" di {_esc(office.address)}" if office.address else ""
    pdf.para("Mohon dokumen tersebut dikembalikan ke Perpustakaan JDIH pada hari dan jam kerja"
             f"{where}. Bila dokumen telah dikembalikan, mohon abaikan surat ini.")
    contact = " / ".join(x for x in (office.phone, office.email) if x)
    if contact:
        pdf.para(f"Informasi: {_esc(contact)}.")
    pdf.para("Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih.")
    pdf.signatures(sig)
    return pdf.render()


# =========================================================================== entry point
@dataclass(frozen=True)
class ReportRequest:
    """What to render: kind ``activity`` (month or day), ``collection`` or ``visit``."""

    kind: str
    period: Period | None = None
    visit_id: int | None = None
    pdf: bool = True
    xlsx: bool = True
    officer_id: int | None = None  # who made it: signs as "Dibuat oleh" (officer list)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ReportError(QT_TRANSLATE_NOOP(
                    "Messages", "Jenis laporan tidak dikenal: %1. Pilih activity, collection atau "
                    "visit."),
                    params=(repr(self.kind),))
        if self.kind == "visit" and self.visit_id is None:
            raise ReportError(QT_TRANSLATE_NOOP(
                    "Messages", "Sebutkan nomor kunjungan untuk rekaman kunjungan."))
        if self.kind != "visit" and self.period is None:
            raise ReportError(QT_TRANSLATE_NOOP(
                    "Messages", "Sebutkan periode laporan (bulan atau tanggal)."))


@dataclass
class RenderedReport:
    title: str
    stem: str  # file name without extension
    figures: object
    pdf: bytes | None
    xlsx: bytes | None
    seconds: dict[str, float]


def build_report(service: ReportService, request: ReportRequest,
                 progress: Progress | None = None) -> RenderedReport:
    """Compute the figures, then render PDF and/or XLSX; ``progress(percent, message)``."""
    import time

    def step(p: int, msg: str) -> None:
        if progress is not None:
            progress(p, msg)

    took: dict[str, float] = {}
    t0 = time.perf_counter()
    if request.officer_id is not None:
        officer_id = request.officer_id
        service.officer_source = lambda: officer_id
    step(5, "Menghitung angka laporan…")
    if request.kind == "visit":
        figures: object = service.visit_record(int(request.visit_id or 0))
        stem = f"rekaman-kunjungan-{request.visit_id}"
        title = figures.title  # type: ignore[attr-defined]
    elif request.kind == "yearly":
        from jdih_desktop.services.yearly import yearly_report

        assert request.period is not None
        figures = yearly_report(service, request.period)
        stem = f"laporan-tahunan-{request.period.slug}"
        title = figures.title  # type: ignore[attr-defined]
    elif request.kind == "skm":
        from jdih_desktop.services.skm import SkmService

        assert request.period is not None
        skm = SkmService(service.clock, None)
        skm.session = getattr(service, "session", None)  # the report reader's rights
        figures = skm.report(request.period)
        stem = f"laporan-skm-{request.period.slug}"
        title = figures.title  # type: ignore[attr-defined]
    elif request.kind == "collection":
        assert request.period is not None
        figures = service.collection(request.period)
        stem = f"laporan-koleksi-{request.period.slug}"
        title = figures.title  # type: ignore[attr-defined]
    else:
        assert request.period is not None
        figures = service.activity(request.period)
        daily = request.period.kind == "day"
        stem = f"{'log-harian' if daily else 'laporan-kegiatan'}-{request.period.slug}"
        title = figures.title  # type: ignore[attr-defined]
    took["figures"] = time.perf_counter() - t0
    pdf = xlsx = None
    if request.pdf:
        step(35, "Menyusun PDF…")
        t0 = time.perf_counter()
        if request.kind == "visit":
            pdf = visit_pdf(figures)  # type: ignore[arg-type]
        elif request.kind == "yearly":
            pdf = yearly_pdf(figures)
        elif request.kind == "skm":
            pdf = skm_pdf(figures, service.config.office, service.signature(
                min(service.clock().date(), request.period.end)))
        elif request.kind == "collection":
            pdf = collection_pdf(figures)  # type: ignore[arg-type]
        else:
            log = list(service.visit_log(request.period)) \
                if request.period.kind == "day" else None
            pdf = activity_pdf(figures, log)  # type: ignore[arg-type]
        took["pdf"] = time.perf_counter() - t0
    if request.xlsx:
        step(65, "Menyusun XLSX…")
        t0 = time.perf_counter()
        if request.kind == "visit":
            xlsx = visit_xlsx(figures)  # type: ignore[arg-type]
        elif request.kind == "yearly":
            xlsx = yearly_xlsx(figures)
        elif request.kind == "skm":
            xlsx = skm_xlsx(figures, service.config.office, service.signature(
                min(service.clock().date(), request.period.end)))
        elif request.kind == "collection":
            xlsx = collection_xlsx(figures, service.added_documents(request.period))
        else:
            notes, _ = service.officer_notes(request.period)
            overdue = service.overdue_items(request.period)
            xlsx = activity_xlsx(figures, service.visit_log(request.period), notes,
                                 overdue)  # type: ignore[arg-type]
        took["xlsx"] = time.perf_counter() - t0
    step(90, "Selesai menyusun laporan.")
    return RenderedReport(title, stem, figures, pdf, xlsx, took)


# =========================================================================== child process
def rasterise(pdf: bytes, dpi: int) -> list[tuple[int, int, bytes]]:
    """Every page as raw RGB pixels ``(width, height, data)`` (pypdfium2; no Qt needed)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        out = []
        for i in range(len(doc)):
            page = doc[i]
            img = page.render(scale=dpi / 72).to_pil().convert("RGB")
            page.close()
            out.append((img.width, img.height, img.tobytes("raw", "RGB")))
        return out
    finally:
        doc.close()


def render_in_process(db_url: str, config: AppConfig, now: dt.datetime,
                      request: ReportRequest, dpi: int, conn, actor=None) -> None:
    """Entry point of a child process that builds one report and its preview pages.

    The GUI runs reports in a separate process so Python's GIL is never shared with the GUI
    thread (a busy CPU could otherwise freeze the window while the report is built). Messages
    on ``conn``: ``("progress", percent, text)``, then ``("done", RenderedReport, pages)`` or
    ``("error", message)``.

    ``actor`` is the signed-in person of the parent (``services.session.Actor``): the child's
    report service checks the same rights, and the data folder's key opens the signatures.
    """
    from jdih_desktop.errors import JdihError
    from jdih_desktop.services.session import Session
    from jdih_desktop.store import crypto
    from jdih_desktop.store.db import open_database

    try:
        if not crypto.has_key():
            crypto.install_key(crypto.load_or_create_key(config.path.parent))
        db = open_database(db_url)
        try:
            from jdih_desktop.services.officers import OfficerService

            service = ReportService(config, lambda: now)
            service.officer_source = OfficerService(lambda: now).on_duty_id  # "Dibuat oleh"
            service.session = Session(actor)
            out = build_report(service, request,
                               lambda p, m: conn.send(("progress", p, m)))
            conn.send(("progress", 92, "Menyiapkan pratinjau…"))
            pages = rasterise(out.pdf, dpi) if out.pdf else []
            conn.send(("done", out, pages))
        finally:
            db.close()
    except JdihError as exc:
        conn.send(("error", exc.message))
    except Exception as exc:  # reported to the GUI, which logs it and tells the officer
        import traceback

        conn.send(("error", f"Terjadi kesalahan tak terduga ({type(exc).__name__}). Coba "
                            "lagi; bila terulang, kirim berkas log ke pengelola aplikasi.",
                   traceback.format_exc()))
    finally:
        conn.close()

