"""Pack onnxruntime-gpu and Prism's runtime packages for a GPU lease that cannot reach PyPI.

    python -m bench.gpu_bundle --wheel onnxruntime_gpu-1.31.1-cp312-cp312-manylinux_2_28_x86_64.whl

The lease's machine (an H100 or H200, Python 3.12, PyTorch's NVIDIA CUDA 13 wheels, the CPU
onnxruntime) has no network, and one call carries at most 64 MiB. The GPU wheel alone is
256 MB, most of it the CUDA provider's kernels for six GPU generations. This keeps the
sm_90 kernels (Hopper) and overwrites the others with zeros (they compress to nothing),
drops what Python never loads (the C API library, the TensorRT provider), adds the
packages Prism imports from this checkout's ``.venv`` that the image lacks or has in other
versions (gRPC, protobuf and the Envoy protos, pydantic, ...), and writes one xz tarball
split into parts of ``--part-mib`` under ``--out`` (default ``.gpu/``, which
``.git/info/exclude`` should name). Two calls take the parts over: the first carries part
one and copies it to ``/tmp``, the second (within the machine's 30 s warm time) carries
the rest, joins them and unpacks into a folder that goes first on ``PYTHONPATH``.
``bench.ext_proc_direct`` and ``bench.bench_classifiers_gpu`` then run from the checkout.
"""

from __future__ import annotations

import argparse
import collections
import importlib.metadata as md
import shutil
import struct
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

FATBIN_MAGIC = 0xBA55ED50
KEEP_ARCH = 90
DROP = ("onnxruntime/capi/libonnxruntime.so.", "onnxruntime/capi/libonnxruntime_providers_tensorrt")
PACKAGES = (
    "aiohappyeyeballs aiohttp aiosignal annotated_types attr attrs betterproto2 click dateutil "
    "envoy envoy_data_plane frozenlist google grpc grpc_health grpc_tools httpx httpcore "
    "httpcore2 h11 anyio sniffio certifi idna multidict opentelemetry orjson prometheus_client "
    "propcache pydantic pydantic_core redis tokenizers typing_extensions typing_inspection "
    "udpa validate xds yaml _yaml yarl six"
).split()


def zero_other_arches(data: bytearray, keep: int = KEEP_ARCH) -> collections.Counter[int]:
    """Overwrite the ELF kernels of every GPU arch but ``keep`` in the ``.nv_fatbin``
    section; returns bytes per arch found."""
    shoff = struct.unpack_from("<Q", data, 0x28)[0]
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)

    def section(i: int) -> tuple[int, ...]:
        return struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize)

    names = section(shstrndx)[4]
    found = {bytes(data[names + s[0] :].split(b"\0", 1)[0]): s
             for s in map(section, range(shnum))}  # fmt: skip
    fatbin = found[b".nv_fatbin"]
    pos, end = fatbin[4], fatbin[4] + fatbin[5]
    sizes: collections.Counter[int] = collections.Counter()
    while pos < end:
        magic, _, header, size = struct.unpack_from("<IHHQ", data, pos)
        if magic != FATBIN_MAGIC:
            pos += 8
            continue
        entry, stop = pos + header, pos + header + size
        while entry < stop:
            kind, _, ehead, esize = struct.unpack_from("<HHIQ", data, entry)
            arch = struct.unpack_from("<I", data, entry + 28)[0]
            sizes[arch] += esize
            if kind == 2 and arch != keep:  # 2: an ELF cubin (1 would be PTX)
                data[entry + ehead : entry + ehead + esize] = bytes(esize)
            entry += ehead + esize
        pos = stop
    return sizes


def site_packages() -> Path:
    return Path(md.distribution("grpcio")._path).parent  # type: ignore[attr-defined]


def copy_packages(site: Path, dest: Path) -> None:
    owners = md.packages_distributions()
    ignore = shutil.ignore_patterns("__pycache__", "_bin")  # envoy/_bin: the Envoy binary
    for top in PACKAGES:
        for path in (site / top, site / f"{top}.py"):
            if path.is_dir():
                shutil.copytree(path, dest / path.name, ignore=ignore, dirs_exist_ok=True)
            elif path.is_file():
                shutil.copy2(path, dest / path.name)
        for dist in owners.get(top, []):
            meta = Path(md.distribution(dist)._path)  # type: ignore[attr-defined]
            if dist.lower() != "onnxruntime" and meta.is_dir():
                shutil.copytree(meta, dest / meta.name, dirs_exist_ok=True)


def unpack_wheel(wheel: Path, dest: Path) -> dict[int, int]:
    with zipfile.ZipFile(wheel) as z:
        for name in z.namelist():
            if not name.startswith(DROP):
                z.extract(name, dest)
    lib = dest / "onnxruntime/capi/libonnxruntime_providers_cuda.so"
    data = bytearray(lib.read_bytes())
    sizes = zero_other_arches(data)
    lib.write_bytes(data)
    return dict(sizes)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--wheel", type=Path, required=True, help="the onnxruntime-gpu wheel")
    ap.add_argument("--out", type=Path, default=Path(".gpu"))
    ap.add_argument("--part-mib", type=int, default=36)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "site"
        root.mkdir()
        sizes = unpack_wheel(args.wheel, root)
        print("CUDA kernels by arch (MB):", {a: s // 10**6 for a, s in sizes.items()})
        copy_packages(site_packages(), root)
        bundle = Path(tmp) / "bundle.tar"
        with tarfile.open(bundle, "w") as tar:
            for path in sorted(root.iterdir()):
                tar.add(path, arcname=path.name)
        subprocess.run(["xz", "-6", "-T0", str(bundle)], check=True)
        args.out.mkdir(parents=True, exist_ok=True)
        for old in args.out.glob("part*"):
            old.unlink()
        subprocess.run(["split", "-b", f"{args.part_mib}M", f"{bundle}.xz",
                        str(args.out / "part")], check=True)  # fmt: skip
    for part in sorted(args.out.glob("part*")):
        print(part, part.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
