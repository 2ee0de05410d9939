"""Load harness and side-by-side benchmarks (`make bench` = `python -m bench`)."""
