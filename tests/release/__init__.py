"""The shipped artefact: the wheel, installed outside the source tree."""
