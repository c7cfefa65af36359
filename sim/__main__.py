"""Entry point for `python -m sim`: the same commands as the `brobygger` script."""

import sys

from sim.cli import main

sys.exit(main())
