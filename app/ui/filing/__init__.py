"""Filing results away: sorting photos into folders and writing keywords, each with undo."""
