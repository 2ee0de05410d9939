"""Local-dev tooling, not product code: demo model servers that stand in for real pools."""
