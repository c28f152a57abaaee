"""Checking a training set: likely label errors, near-duplicates (redundant, conflicting, or
leaking across the split) and outliers, from the frozen base's cached features."""
