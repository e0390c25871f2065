"""``python -m qa``: see `qa.cli`."""

import sys

from qa.cli import main

sys.exit(main())
