"""Review mode: going through results, correcting them into a training set, updating the model."""
