"""Entry script of the frozen build: the same ``main`` as the ``jdih-desktop`` command."""

from jdih_desktop.cli import main

raise SystemExit(main())
