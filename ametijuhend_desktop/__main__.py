"""``python -m ametijuhend_desktop`` is the ``ametijuhend`` command."""

import multiprocessing
import sys

from .cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the parallel export in a frozen Windows build
    sys.exit(main())
