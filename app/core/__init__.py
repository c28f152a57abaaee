"""The engine's foundation: errors, progress, files, models and classification.

Imports no Qt and no other Pictag package: everything else builds on it.
"""
