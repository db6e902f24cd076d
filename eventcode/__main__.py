"""``python -m eventcode``: the same command line as the ``eventcode`` script."""

import sys

from eventcode.cli import main

sys.exit(main())
