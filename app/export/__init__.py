"""Exporting a Pictag model for other runtimes, checked for parity with the Keras model."""
