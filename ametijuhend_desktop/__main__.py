"""``python -m ametijuhend_desktop`` is the ``ametijuhend`` command."""

import multiprocessing
import sys

from ametijuhend_desktop.cli import main  # absolute: also the frozen build's entry script

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the parallel export in a frozen Windows build
    sys.exit(main())
