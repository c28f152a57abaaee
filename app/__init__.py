"""Pictag: classify photos and learn new classes from your own folders."""

import os

__version__ = "0.1.0"

# Set before anything imports TensorFlow: Pictag runs on Keras' TensorFlow backend, and TF's C++
# start-up chatter (CPU feature notes, oneDNN) is noise in a terminal or a log file.
os.environ.setdefault("KERAS_BACKEND", "tensorflow")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
