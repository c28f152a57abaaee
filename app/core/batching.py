"""How many images go to a model in one call when classifying, sorting, extracting features or
checking an export: one number for the engine and both front ends.

Imports nothing, so the command line's parser can show it without loading numpy.
"""

from __future__ import annotations

__all__ = ["DEFAULT_BATCH_SIZE"]

DEFAULT_BATCH_SIZE = 32
