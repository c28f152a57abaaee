"""Sorting photos into label folders: journaled file operations that never overwrite, and undo."""
