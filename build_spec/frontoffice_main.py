"""The frozen build's entry point: the same ``frontoffice`` as ``bash scripts/run.sh`` starts."""

import sys

from ui.main import main

if __name__ == "__main__":
    sys.exit(main())
