"""extproc."""

# First, before anything loads numpy: the classifiers package caps numpy's BLAS threads.
import classifiers  # noqa: F401
