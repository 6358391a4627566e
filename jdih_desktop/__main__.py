"""`python -m jdih_desktop` runs the same entry point as the `jdih-desktop` script."""

from jdih_desktop.cli import main

raise SystemExit(main())
