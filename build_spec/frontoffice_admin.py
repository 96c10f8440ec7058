"""The frozen build's second program: ``frontoffice-admin``, the command line for backups, imports and reports."""

import sys

from app.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
