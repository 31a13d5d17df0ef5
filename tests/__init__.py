"""The test suite: a package, so shared test code is imported by name
(`from tests.canvas_reports.scripted_canvas import ...`), never through sys.path."""
