"""`python -m designer` is the same as the `mix-designer` command."""

import sys

from designer.cli.main import main

sys.exit(main())
