"""``python -m finparse``: the same as the ``finparse`` command."""

import sys

from finparse.cli import main

sys.exit(main())
