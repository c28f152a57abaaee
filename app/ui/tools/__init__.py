"""Tools around the window: screenshots of every tab and the self-test's window step."""
