"""`python -m app` behaves exactly like the `pictag` command (no arguments: the desktop app)."""

import sys

from app.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
