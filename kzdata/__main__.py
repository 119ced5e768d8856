"""Allow ``python -m kzdata``."""

from kzdata.cli import main

raise SystemExit(main())
