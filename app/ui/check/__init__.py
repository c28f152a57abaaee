"""Checking a training folder: the findings list and what a person does about each."""
