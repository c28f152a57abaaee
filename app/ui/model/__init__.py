"""The model in use: loading and choosing it, its versions, exporting it."""
