"""Commands (`python scripts/<name>.py`, or a make target); a package only so tests can import a command's
parts as `scripts.<name>` instead of editing sys.path."""
