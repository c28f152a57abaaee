"""The Classify tab: dropping photos in, the runs, the results page and the detail view."""
