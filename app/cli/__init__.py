"""The `pictag` command line: one module per command over the same engine functions as the app."""
