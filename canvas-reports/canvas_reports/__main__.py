"""`python -m canvas_reports` is the `canvas-reports` command."""

from canvas_reports.cli import main

raise SystemExit(main())
