"""`python -m canvas_contract` is `canvas-contract`."""

import sys

from canvas_contract.cli import main

sys.exit(main())
