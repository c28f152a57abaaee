"""The training folder as the single source of truth: photos added to it (a person's
corrections, a new class) as journaled, undoable file operations, and starting a new one."""
