"""`pictag tag`: classification results written as XMP keywords, journaled and undoable."""
