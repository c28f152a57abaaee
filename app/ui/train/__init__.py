"""The Train tab: the form, the scan of a training folder, the run with its curves, the
evaluation."""
