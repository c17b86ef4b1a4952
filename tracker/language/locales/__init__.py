"""The interface's strings: one module per language, with the same keys."""
