"""Survei Kepuasan Masyarakat (SKM) and its Indeks Kepuasan Masyarakat (IKM).

Source: Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun
2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik
(PermenPANRB 14/2017), Lampiran:

* the nine elements (unsur) of the survey, in the regulation's order: persyaratan; sistem,
  mekanisme dan prosedur; waktu penyelesaian; biaya/tarif; produk spesifikasi jenis pelayanan;
  kompetensi pelaksana; perilaku pelaksana; penanganan pengaduan, saran dan masukan; sarana dan
  prasarana — each answered on a four-point scale (1 = tidak ..., 4 = sangat ...);
* the processing (pengolahan data): the average of each element, *nilai rata-rata per unsur*
  (NRR = total of the element's answers / number of answers given for it); every element has
  the same weight, *bobot nilai rata-rata tertimbang* = number of weights / number of elements
  = 1/9 (printed 0,111 in the regulation's tables); *NRR tertimbang* = NRR x bobot;
  IKM = sum of the NRR tertimbang (on the 1-4 scale); for reading it is converted to 25-100 by
  *IKM unit pelayanan* = IKM x 25 (the conversion value, *nilai dasar*);
* the table of perception values, IKM intervals, converted intervals and quality (mutu):

  =====  ===============  ===================  ====  =============
  Nilai  Interval IKM     Interval konversi    Mutu  Kinerja unit
  =====  ===============  ===================  ====  =============
  1      1,00 - 2,5996    25,00 - 64,99        D     Tidak baik
  2      2,60 - 3,064     65,00 - 76,60        C     Kurang baik
  3      3,0644 - 3,532   76,61 - 88,30        B     Baik
  4      3,5324 - 4,00    88,31 - 100,00       A     Sangat baik
  =====  ===============  ===================  ====  =============

The weight is used exactly (1/9, kept as a fraction) so the IKM is the mean of the nine NRRs;
tables print it as 0,111. The category is read from the converted value rounded to two decimals,
as the intervals are written. The respondent profile (age group, sex, education, occupation) is
optional; reports show only counts and the suggestions' text and date, never who answered.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from jdih_desktop.errors import JdihError, ValidationError
from jdih_desktop.i18n.labels import QT_TRANSLATE_NOOP
from jdih_desktop.services import audit
from jdih_desktop.services.session import DESK, READ, requires
from jdih_desktop.store.models import SkmResponse, Visit, database_proxy

Clock = Callable[[], dt.datetime]


@dataclass(frozen=True)
class Element:
    key: str  # u1 .. u9
    name: str  # the regulation's name of the element
    question: str  # as asked on the visitor screen
    answers: tuple[str, str, str, str]  # labels of 1 .. 4


ELEMENTS: tuple[Element, ...] = (
    Element(
        "u1",
        QT_TRANSLATE_NOOP("SurveyElements", "Persyaratan"),
        QT_TRANSLATE_NOOP(
            "SurveyElements",
            "Apakah persyaratan pelayanan sesuai dengan jenis layanan yang Anda terima?",
        ),
        (
            QT_TRANSLATE_NOOP("SurveyElements", "Tidak sesuai"),
            QT_TRANSLATE_NOOP("SurveyElements", "Kurang sesuai"),
            QT_TRANSLATE_NOOP("SurveyElements", "Sesuai"),
            QT_TRANSLATE_NOOP("SurveyElements", "Sangat sesuai"),
        ),
    ),
    Element(
        "u2",
        QT_TRANSLATE_NOOP("SurveyElements", "Sistem, mekanisme dan prosedur"),
        QT_TRANSLATE_NOOP(
            "SurveyElements", "Seberapa mudah prosedur pelayanan di perpustakaan ini?"
        ),
        (
            QT_TRANSLATE_NOOP("SurveyElements", "Tidak mudah"),
            QT_TRANSLATE_NOOP("SurveyElements", "Kurang mudah"),
            QT_TRANSLATE_NOOP("SurveyElements", "Mudah"),
            QT_TRANSLATE_NOOP("SurveyElements", "Sangat mudah"),
        ),
    ),
    Element(
        "u3",
        QT_TRANSLATE_NOOP("SurveyElements", "Waktu penyelesaian"),
        QT_TRANSLATE_NOOP("SurveyElements", "Seberapa cepat waktu pelayanan yang Anda terima?"),
        (
            QT_TRANSLATE_NOOP("SurveyElements", "Tidak cepat"),
            QT_TRANSLATE_NOOP("SurveyElements", "Kurang cepat"),
            QT_TRANSLATE_NOOP("SurveyElements", "Cepat"),
            QT_TRANSLATE_NOOP("SurveyElements", "Sangat cepat"),
        ),
    ),
    Element(
        "u4",
        QT_TRANSLATE_NOOP("SurveyElements", "Biaya/tarif"),
        QT_TRANSLATE_NOOP("SurveyElements", "Bagaimana kewajaran biaya/tarif pelayanan?"),
        (
            QT_TRANSLATE_NOOP("SurveyElements", "Sangat mahal"),
            QT_TRANSLATE_NOOP("SurveyElements", "Cukup mahal"),
            QT_TRANSLATE_NOOP("SurveyElements", "Murah"),
            QT_TRANSLATE_NOOP("SurveyElements", "Gratis"),
        ),
    ),
    Element(
        "u5",
        QT_TRANSLATE_NOOP("SurveyElements", "Produk spesifikasi jenis pelayanan"),
        QT_TRANSLATE_NOOP(
            "SurveyElements",
            "Apakah hasil pelayanan sesuai dengan yang tercantum dalam standar pelayanan?",
        ),
        (
            QT_TRANSLATE_NOOP("SurveyElements", "Tidak sesuai"),
            QT_TRANSLATE_NOOP("SurveyElements", "Kurang sesuai"),
            QT_TRANSLATE_NOOP("SurveyElements", "Sesuai"),
            QT_TRANSLATE_NOOP("SurveyElements", "Sangat sesuai"),
        ),
    ),
    Element(
        "u6",
        QT_TRANSLATE_NOOP("SurveyElements", "Kompetensi pelaksana"),
        QT_TRANSLATE_NOOP(
            "SurveyElements", "Bagaimana kemampuan petugas dalam memberikan pelayanan?"
        ),
        (
            QT_TRANSLATE_NOOP("SurveyElements", "Tidak kompeten"),
            QT_TRANSLATE_NOOP("SurveyElements", "Kurang kompeten"),
            QT_TRANSLATE_NOOP("SurveyElements", "Kompeten"),
            QT_TRANSLATE_NOOP("SurveyElements", "Sangat kompeten"),
        ),
    ),
    Element(
        "u7",
        QT_TRANSLATE_NOOP("SurveyElements", "Perilaku pelaksana"),
        QT_TRANSLATE_NOOP("SurveyElements", "Bagaimana kesopanan dan keramahan petugas?"),
        (
            QT_TRANSLATE_NOOP("SurveyElements", "Tidak sopan dan ramah"),
            QT_TRANSLATE_NOOP("SurveyElements", "Kurang sopan dan ramah"),
            QT_TRANSLATE_NOOP("SurveyElements", "Sopan dan ramah"),
            QT_TRANSLATE_NOOP("SurveyElements", "Sangat sopan dan ramah"),
        ),
    ),
    Element(
        "u8",
        QT_TRANSLATE_NOOP("SurveyElements", "Penanganan pengaduan, saran dan masukan"),
        QT_TRANSLATE_NOOP(
            "SurveyElements", "Bagaimana penanganan pengaduan, saran dan masukan di unit ini?"
        ),
        (
            QT_TRANSLATE_NOOP("SurveyElements", "Tidak ada"),
            QT_TRANSLATE_NOOP("SurveyElements", "Ada tetapi tidak berfungsi"),
            QT_TRANSLATE_NOOP("SurveyElements", "Berfungsi kurang maksimal"),
            QT_TRANSLATE_NOOP("SurveyElements", "Dikelola dengan baik"),
        ),
    ),
    Element(
        "u9",
        QT_TRANSLATE_NOOP("SurveyElements", "Sarana dan prasarana"),
        QT_TRANSLATE_NOOP(
            "SurveyElements", "Bagaimana kualitas sarana dan prasarana perpustakaan?"
        ),
        (
            QT_TRANSLATE_NOOP("SurveyElements", "Buruk"),
            QT_TRANSLATE_NOOP("SurveyElements", "Cukup"),
            QT_TRANSLATE_NOOP("SurveyElements", "Baik"),
            QT_TRANSLATE_NOOP("SurveyElements", "Sangat baik"),
        ),
    ),
)
ELEMENT_KEYS = tuple(e.key for e in ELEMENTS)
WEIGHT = Fraction(1, len(ELEMENTS))  # bobot nilai rata-rata tertimbang, 1/9 (0,111)
CONVERSION = 25  # nilai dasar: IKM (1-4) x 25 = IKM unit pelayanan (25-100)

# Lampiran PermenPANRB 14/2017, converted intervals (lower bound, category, performance).
CATEGORIES: tuple[tuple[Decimal, str, str], ...] = (
    (Decimal("88.31"), "A", "Sangat baik"),
    (Decimal("76.61"), "B", "Baik"),
    (Decimal("65.00"), "C", "Kurang baik"),
    (Decimal("25.00"), "D", "Tidak baik"),
)

# The optional respondent profile (choices of the visitor screen; keys are stored).
AGE_GROUPS = {
    "lt20": QT_TRANSLATE_NOOP("SurveyProfile", "< 20 tahun"),
    "20_29": QT_TRANSLATE_NOOP("SurveyProfile", "20–29 tahun"),
    "30_39": QT_TRANSLATE_NOOP("SurveyProfile", "30–39 tahun"),
    "40_49": QT_TRANSLATE_NOOP("SurveyProfile", "40–49 tahun"),
    "50_59": QT_TRANSLATE_NOOP("SurveyProfile", "50–59 tahun"),
    "ge60": QT_TRANSLATE_NOOP("SurveyProfile", "60 tahun ke atas"),
}
SEXES = {
    "l": QT_TRANSLATE_NOOP("SurveyProfile", "Laki-laki"),
    "p": QT_TRANSLATE_NOOP("SurveyProfile", "Perempuan"),
}
EDUCATION = {
    "sd": QT_TRANSLATE_NOOP("SurveyProfile", "SD ke bawah"),
    "smp": QT_TRANSLATE_NOOP("SurveyProfile", "SMP"),
    "sma": QT_TRANSLATE_NOOP("SurveyProfile", "SMA/sederajat"),
    "d3": QT_TRANSLATE_NOOP("SurveyProfile", "D1–D3"),
    "s1": QT_TRANSLATE_NOOP("SurveyProfile", "D4/S1"),
    "s2": QT_TRANSLATE_NOOP("SurveyProfile", "S2 ke atas"),
}
OCCUPATIONS = {
    "pns": QT_TRANSLATE_NOOP("SurveyProfile", "PNS/ASN"),
    "tni_polri": QT_TRANSLATE_NOOP("SurveyProfile", "TNI/POLRI"),
    "swasta": QT_TRANSLATE_NOOP("SurveyProfile", "Pegawai swasta"),
    "wirausaha": QT_TRANSLATE_NOOP("SurveyProfile", "Wirausaha"),
    "pelajar": QT_TRANSLATE_NOOP("SurveyProfile", "Pelajar/mahasiswa"),
    "lainnya": QT_TRANSLATE_NOOP("SurveyProfile", "Lainnya"),
}
PROFILE_FIELDS = {
    "age_group": (QT_TRANSLATE_NOOP("SurveyProfile", "Kelompok umur"), AGE_GROUPS),
    "sex": (QT_TRANSLATE_NOOP("SurveyProfile", "Jenis kelamin"), SEXES),
    "education": (QT_TRANSLATE_NOOP("SurveyProfile", "Pendidikan"), EDUCATION),
    "occupation": (QT_TRANSLATE_NOOP("SurveyProfile", "Pekerjaan"), OCCUPATIONS),
}
MAX_SUGGESTION = 1000


class SkmError(JdihError):
    """An SKM answer sheet cannot be saved as given."""


def category_for(ikm_unit: Decimal | float) -> tuple[str, str]:
    """(mutu, kinerja) of a converted IKM (25-100), e.g. ``("B", "Baik")`` for 83,33."""
    value = Decimal(str(ikm_unit)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    for lower, mutu, kinerja in CATEGORIES:
        if value >= lower:
            return mutu, kinerja
    return "D", "Tidak baik"  # below 25 cannot happen on a 1-4 scale


@dataclass(frozen=True)
class ElementResult:
    key: str
    name: str
    answers: int  # respondents who answered this element
    total: int  # sum of their answers
    distribution: dict[int, int]  # answer 1..4 -> count

    @property
    def nrr(self) -> Fraction | None:
        return Fraction(self.total, self.answers) if self.answers else None

    @property
    def nrr_weighted(self) -> Fraction | None:
        return self.nrr * WEIGHT if self.nrr is not None else None


@dataclass(frozen=True)
class IkmResult:
    respondents: int
    elements: tuple[ElementResult, ...]

    @property
    def complete(self) -> bool:
        """Every element has at least one answer (the IKM is defined)."""
        return bool(self.respondents) and all(e.answers for e in self.elements)

    @property
    def ikm(self) -> Fraction | None:
        """Sum of the NRR tertimbang, on the 1-4 scale."""
        if not self.complete:
            return None
        return sum((e.nrr_weighted for e in self.elements), Fraction(0))

    @property
    def ikm_unit(self) -> Decimal | None:
        """The IKM converted to 25-100, rounded to two decimals as reports print it."""
        ikm = self.ikm
        if ikm is None:
            return None
        exact = ikm * CONVERSION
        return (Decimal(exact.numerator) / Decimal(exact.denominator)).quantize(
            Decimal("0.01"), ROUND_HALF_UP)

    @property
    def category(self) -> tuple[str, str] | None:
        return category_for(self.ikm_unit) if self.ikm_unit is not None else None


def compute_ikm(sheets: Iterable[Mapping[str, int | None]]) -> IkmResult:
    """The IKM of answer sheets (element key -> 1..4 or None), by the regulation's steps."""
    sheets = list(sheets)
    out = []
    for e in ELEMENTS:
        given = [int(s[e.key]) for s in sheets if s.get(e.key) is not None]
        dist = Counter(given)
        out.append(ElementResult(e.key, e.name, len(given), sum(given),
                                 {v: dist.get(v, 0) for v in range(1, 5)}))
    return IkmResult(len(sheets), tuple(out))


def folded_rating(answers: Mapping[str, int | None]) -> int | None:
    """The visit's old 1-4 satisfaction figure from an SKM sheet: the mean of the answered
    elements, rounded half up (so the dashboards that read ``Visit.rating`` keep working)."""
    given = [int(v) for v in answers.values() if v is not None]
    if not given:
        return None
    return int(Decimal(sum(given)) / Decimal(len(given)) + Decimal("0.5"))


@dataclass(frozen=True)
class SkmSheet:
    """What the visitor gave on the departure screen."""

    answers: dict[str, int | None] = field(default_factory=dict)
    age_group: str | None = None
    sex: str | None = None
    education: str | None = None
    occupation: str | None = None
    suggestion: str = ""

    @property
    def empty(self) -> bool:
        return (not any(v is not None for v in self.answers.values())
                and not any((self.age_group, self.sex, self.education, self.occupation))
                and not self.suggestion.strip())


def validate_sheet(sheet: SkmSheet) -> SkmSheet:
    errors: dict[str, str] = {}
    for key, value in sheet.answers.items():
        if key not in ELEMENT_KEYS:
            errors[key] = (QT_TRANSLATE_NOOP(
                "Messages", "Unsur %1 tidak dikenal."), repr(key))
        elif value is not None and value not in (1, 2, 3, 4):
            errors[key] = QT_TRANSLATE_NOOP(
                "Messages", "Jawaban setiap unsur harus 1 sampai 4.")
    for fname, (label, choices) in PROFILE_FIELDS.items():
        v = getattr(sheet, fname)
        if v is not None and v not in choices:
            errors[fname] = (QT_TRANSLATE_NOOP(
                "Messages", "%1: pilihan %2 tidak dikenal."), label, repr(v))
    text = " ".join((sheet.suggestion or "").split())
    if len(text) > MAX_SUGGESTION:
        errors["suggestion"] = ((QT_TRANSLATE_NOOP(
            "Messages", "Saran terlalu panjang: %1 karakter, paling banyak %2."),
            len(text), MAX_SUGGESTION))
    if errors:
        raise ValidationError(errors)
    return SkmSheet({k: sheet.answers.get(k) for k in ELEMENT_KEYS}, sheet.age_group,
                    sheet.sex, sheet.education, sheet.occupation, text)


@dataclass(frozen=True)
class Suggestion:
    day: dt.date
    text: str


@dataclass
class SkmReport:
    """The SKM report of a period: per-element table, IKM, category, profile, suggestions."""

    period: object  # services.reports.Period
    generated_at: dt.datetime
    result: IkmResult
    profile: dict[str, dict[str, int]]  # field -> choice key (or "") -> count
    suggestions: list[Suggestion]

    @property
    def title(self) -> str:
        return "Laporan Survei Kepuasan Masyarakat (SKM)"


class SkmService:
    """Saves answer sheets at departure and computes the SKM report of a period."""

    def __init__(self, clock: Clock, visits) -> None:
        self.clock = clock
        self.visits = visits  # services.visits.VisitService (departure is recorded there)

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "mencatat survei kepuasan"))
    def record_departure(self, visit_id: int, sheet: SkmSheet):
        """Box 8: the visitor leaves; the SKM sheet (if anything was given) is stored and the
        visit's 1-4 rating and comment are derived from it, in one transaction."""
        clean = validate_sheet(sheet)
        with database_proxy.atomic():
            if not clean.empty:
                existing = SkmResponse.get_or_none(SkmResponse.visit == visit_id)
                values = {**clean.answers, "age_group": clean.age_group, "sex": clean.sex,
                          "education": clean.education, "occupation": clean.occupation,
                          "suggestion": clean.suggestion or None, "at": self.clock()}
                if existing is None:
                    row_id = SkmResponse.create(visit=visit_id, **values).id
                else:  # the visitor went back and answered again
                    SkmResponse.update(**values).where(SkmResponse.id == existing.id).execute()
                    row_id = existing.id
                audit.record(at=self.clock(), officer=self.session.officer_id,
                             action="skm.response", entity="skm_response",
                                entity_id=row_id, detail=json.dumps(
                                    {"answered": sum(v is not None
                                                     for v in clean.answers.values())}))
            else:
                SkmResponse.delete().where(SkmResponse.visit == visit_id).execute()
            return self.visits.record_departure(visit_id, folded_rating(clean.answers),
                                                clean.suggestion)

    @requires(DESK, QT_TRANSLATE_NOOP("Messages", "membaca survei kepuasan"))
    def sheet_for(self, visit_id: int) -> SkmSheet | None:
        r = SkmResponse.get_or_none(SkmResponse.visit == visit_id)
        if r is None:
            return None
        return SkmSheet({k: getattr(r, k) for k in ELEMENT_KEYS}, r.age_group, r.sex,
                        r.education, r.occupation, r.suggestion or "")

    @requires(READ, QT_TRANSLATE_NOOP("Messages", "membaca laporan SKM"))
    def report(self, period) -> SkmReport:
        """Answer sheets whose ``at`` falls in the period (visits cancelled later excluded)."""
        from peewee import JOIN

        rows = list(SkmResponse.select().join(Visit, JOIN.LEFT_OUTER).where(
            (SkmResponse.at >= period.start_dt) & (SkmResponse.at < period.end_dt)
            & (Visit.status.is_null() | (Visit.status != "cancelled")))
            .order_by(SkmResponse.at, SkmResponse.id))
        result = compute_ikm({k: getattr(r, k) for k in ELEMENT_KEYS} for r in rows)
        profile: dict[str, dict[str, int]] = {}
        for fname, (_label, choices) in PROFILE_FIELDS.items():
            counts = Counter(getattr(r, fname) or "" for r in rows)
            profile[fname] = {**{k: counts.get(k, 0) for k in choices}, "": counts.get("", 0)}
        suggestions = [Suggestion(r.at.date(), r.suggestion) for r in rows if r.suggestion]
        return SkmReport(period, self.clock(), result, profile, suggestions)
