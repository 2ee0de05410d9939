"""Routing policy: decisions, rules, model selection, plugins."""
