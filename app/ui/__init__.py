"""The desktop app: thin Qt widgets over the engine. Importing it never imports TensorFlow."""
