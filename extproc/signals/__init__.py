"""Signals: what Prism knows about a request before deciding."""
