"""The only place that knows about threads: jobs that wrap engine calls and emit signals."""
