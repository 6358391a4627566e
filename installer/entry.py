"""Entry script of the frozen build: the same ``main`` as the ``jdih-desktop`` command.

The catalogue import runs its pass in a spawned child process (``services.transfer``). In a
frozen Windows build that child is this same executable started with
``--multiprocessing-fork``; ``freeze_support()`` must run first so the child does its work and
exits instead of parsing those arguments as the app's own command line.
"""

import multiprocessing

multiprocessing.freeze_support()

from jdih_desktop.cli import main  # noqa: E402  (after freeze_support, on purpose)

raise SystemExit(main())
