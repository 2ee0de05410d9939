"""The classifier artefacts (ONNX graphs, tokenizer, embeddings, manifest).

Installed as the package ``prism_models`` (pyproject maps it to this folder), so the wheel,
an editable install and the image all find them in one place:
``classifiers.artifacts.default_models_dir()``. ``classifiers.models_dir`` overrides it.
"""
