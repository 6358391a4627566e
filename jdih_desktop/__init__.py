"""JDIH Desktop: the legal-documentation library of KPU Kota Singkawang (SOP No. 9/2022)."""

__version__ = "0.1.0"
APP_NAME = "JDIH Desktop"
APP_ID = "jdih-desktop"
ORG_NAME = "KPU Kota Singkawang"

from jdih_desktop import lazy_postgres as _lazy_postgres  # noqa: E402

_lazy_postgres.install()  # psycopg2 only for a postgresql:// URL
