"""``python -m ametijuhend_desktop`` is the ``ametijuhend`` command."""

import sys

from .cli import main

sys.exit(main())
