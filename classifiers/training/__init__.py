"""Offline training pipeline for Prism's classifiers (never imported by the runtime)."""
