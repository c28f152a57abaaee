"""Pictag's training engine: learns a user's classes from labeled folders (no Qt here)."""
