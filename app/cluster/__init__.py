"""Classification past one machine: the same decoding and model code as `pictag classify`,
run as Ray Data actors on a local or remote Ray cluster (the `cluster` extra)."""
