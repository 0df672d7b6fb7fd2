#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Collects the seed corpora of the fuzz targets into tests/fuzz/corpus/<target>/.

Candidates come from three places: the files of the example package (generated with
examples/churn/make-package.py into a temporary folder), the string literals of the test sources
(adjacent literals joined, escapes decoded: the tests' fixtures), and small archives built here
in every kind the extractor reads (including refused shapes: links, `..`, devices). Each
candidate is offered to the targets whose format it resembles. With a fuzz build (--build), each
target keeps only the candidates that add coverage (libFuzzer -merge=1); without one, every
resembling candidate is kept. Files over --max-bytes are left out. Names are SHA-1 of content.

Usage: tests/fuzz/collect-corpus.py [--build build/debian13-asan] [--max-bytes 16384]
"""
from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

SRC = Path(__file__).resolve().parents[2]
CORPUS = SRC / "tests" / "fuzz" / "corpus"

ENV = ["any", "requirements", "pip_json", "conda_yml", "conda_export", "conda_explicit", "uv_lock",
       "poetry_lock", "python_env", "mlmodel", "dockerfile", "v1"]
MANIFEST = ["any", "jsonl", "csv", "dvc_lock", "dvc_file", "dvc_dir"]


def literals(text: str) -> list[bytes]:
    """C++ string literals (plain and raw), adjacent ones joined, escapes decoded."""
    out, cur, i, n = [], [], 0, len(text)
    last_end = -1
    lit = re.compile(r'(?:u8|L|u|U)?R"([^()\\ ]{0,16})\(|(?:u8)?"')
    while i < n:
        m = lit.search(text, i)
        if not m:
            break
        # Skip character literals and comments crudely: a quote preceded by ' is a char.
        if m.start() > 0 and text[m.start() - 1] == "'":
            i = m.end()
            continue
        between = text[last_end:m.start()] if last_end >= 0 else None
        if cur and (between is None or between.strip() != ""):
            out.append(b"".join(cur))
            cur = []
        if m.group(0).endswith("("):
            delim = ")" + m.group(1) + '"'
            end = text.find(delim, m.end())
            if end < 0:
                break
            cur.append(text[m.end():end].encode())
            i = last_end = end + len(delim)
            continue
        j, buf = m.end(), bytearray()
        while j < n and text[j] != '"':
            c = text[j]
            if c == "\n":
                break
            if c == "\\" and j + 1 < n:
                e = text[j + 1]
                simple = {"n": b"\n", "t": b"\t", "r": b"\r", "\\": b"\\", '"': b'"', "'": b"'", "0": b"\0",
                          "a": b"\a", "b": b"\b", "f": b"\f", "v": b"\v", "?": b"?"}
                if e == "x":
                    k = j + 2
                    while k < n and text[k] in "0123456789abcdefABCDEF":
                        k += 1
                    buf += bytes([int(text[j + 2:k] or "0", 16) & 0xFF])
                    j = k
                    continue
                if e in "01234567" and j + 2 < n and text[j + 2] in "01234567":
                    k = j + 1
                    while k < n and k < j + 4 and text[k] in "01234567":
                        k += 1
                    buf += bytes([int(text[j + 1:k], 8) & 0xFF])
                    j = k
                    continue
                buf += simple.get(e, e.encode())
                j += 2
                continue
            buf += c.encode()
            j += 1
        cur.append(bytes(buf))
        i = last_end = j + 1
    if cur:
        out.append(b"".join(cur))
    return [b for b in out if len(b) >= 6]


def targets_for(data: bytes, name: str = "") -> set[str]:
    t = data.decode("utf-8", "replace")
    s = t.lstrip("\ufeff \t\r\n")
    low = name.lower()
    out: set[str] = set()
    is_json_obj = s.startswith("{")
    if low == "model-package.json" or "modelreview.package/" in t:
        out.add("package_json")
    if low.endswith(".review.json") or "modelreview.review/" in t:
        out.add("review")
    env: set[str] = set()
    if "modelreview.environment/" in t:
        env.add("v1")
    if s.startswith("[") and '"name"' in t:
        env.add("pip_json")
    if "dependencies:" in t or low in ("conda.yaml", "environment.yml", "environment.yaml"):
        env.add("conda_yml")
    if "# platform:" in t or re.search(r"(?m)^[A-Za-z0-9_.-]+=[^=\s]+=\S+$", t):
        env.add("conda_export")
    if "@EXPLICIT" in t:
        env.add("conda_explicit")
    if "[[package]]" in t or low in ("uv.lock", "poetry.lock"):
        env.update({"uv_lock", "poetry_lock"})
    if "build_dependencies" in t or low == "python_env.yaml":
        env.add("python_env")
    if "flavors:" in t or low == "mlmodel":
        env.add("mlmodel")
    if re.search(r"(?mi)^\s*FROM\s+\S", t) or low.startswith("dockerfile"):
        env.add("dockerfile")
    if re.search(r"(?m)^\s*-?[A-Za-z0-9_.\[\]-]+\s*(==|>=|<=|~=|!=|@ )", t) or low.endswith(".txt") or \
            re.search(r"(?m)^\s*-[rce]\s", t):
        env.add("requirements")
    if env:
        env.add("any")
    out.update("env_" + e for e in env)
    man: set[str] = set()
    if re.search(r'(?m)^\s*\{.*"path"', t):
        man.add("jsonl")
    first = s.split("\n", 1)[0]
    if "path" in first and any(c in first for c in ",;\t"):
        man.add("csv")
    if "stages:" in t or s.startswith("schema:"):
        man.add("dvc_lock")
    if "outs:" in t or s.startswith("md5:") or s.startswith("deps:"):
        man.add("dvc_file")
    if s.startswith("[") and '"relpath"' in t:
        man.add("dvc_dir")
    if man:
        man.add("any")
    out.update("manifest_" + m for m in man)
    if "git-lfs.github.com/spec" in t:
        out.update({"lfs_pointer", "manifest_any"})
    # The importers' readers (issue 11).
    if "artifact_uri" in t or "experiment_id" in t or low == "meta.yaml":
        out.add("import_mlflow_meta")
    if "flavors:" in t or low == "mlmodel":
        out.add("import_mlmodel")
    if "stages:" in t or s.startswith("schema:"):
        out.update({"import_dvc_lock", "import_dvc_yaml"})
    if "outs:" in t or low.endswith(".dvc"):
        out.add("import_dvc_file")
    if low.startswith("params.") or (re.search(r"(?m)^[A-Za-z_]\w*:\s*$", t) and "stages:" not in t):
        out.add("import_dvc_params")
    if s.startswith("[") and '"relpath"' in t:
        out.add("import_dvc_dir_listing")
    if s.startswith("---") or "model-index" in t or low == "readme.md":
        out.add("import_model_card")
    if "task_id" in t or low.endswith(".yaml") and "dataset:" in t:
        out.add("import_eval_results")
    if re.fullmatch(r"(\s*\d+ [-+0-9.eE]+( \d+)?\s*\n?)+", t):
        out.add("import_mlflow_metric")
    # Results: any JSON object, YAML mapping or CSV with a header that is not one of the above.
    if is_json_obj and not (out & {"package_json", "review", "env_v1"}):
        out.add("results_json")
    if re.search(r"(?m)^[A-Za-z_][\w.-]*:\s", t) and not is_json_obj:
        out.add("results_yaml")
    if "," in first and "\n" in t and not is_json_obj:
        out.add("results_csv")
    return out


# Hand-written seeds in the shapes of real files (MLflow 2.x model folders, DVC 3 caches) for
# the targets the tests and the example do not reach.
SEEDS = {
    "manifest_dvc_dir": [
        b'[{"md5": "22a1a2931c8370d3aeedd7183606fd7f", "relpath": "train.tsv"}, '
        b'{"md5": "f54d670ac8a4f63206781fc31d1f2651", "relpath": "sub/test.tsv"}]',
        b'[]', b'[{"relpath": "../x", "md5": "zz"}, {"md5": 7}, 3]',
    ],
    "env_mlmodel": [
        b"artifact_path: model\nflavors:\n  python_function:\n    env:\n      conda: conda.yaml\n"
        b"      virtualenv: python_env.yaml\n    loader_module: mlflow.sklearn\n    python_version: 3.10.12\n"
        b"  sklearn:\n    pickled_model: model.pkl\n    sklearn_version: 1.3.2\n"
        b"mlflow_version: 2.12.2\nmodel_uuid: bbdda59aafe84e11b2fc25a95e46aee1\n",
        b"flavors:\n  python_function:\n    env: conda.yaml\n    python_version: 3.8.10\n",
    ],
    "env_python_env": [
        b"python: 3.10.12\nbuild_dependencies:\n  - pip==22.3.1\n  - setuptools==65.6.3\n"
        b"dependencies:\n  - -r requirements.txt\n  - numpy==1.26.4\n",
    ],
    "env_conda_yml": [
        b"channels:\n- conda-forge\ndependencies:\n- python=3.10.12\n- pip<=23.0\n- pip:\n"
        b"  - mlflow==2.12.2\n  - -r requirements.txt\nname: mlflow-env\n",
    ],
    "env_conda_explicit": [
        b"# platform: linux-64\n@EXPLICIT\nhttps://conda.anaconda.org/conda-forge/linux-64/"
        b"numpy-1.26.4-py311h64a7726_0.conda#a502d7aad449a1206efb366d6a12c52d\n",
    ],
    "env_uv_lock": [
        b'version = 1\nrequires-python = ">=3.11"\n\n[[package]]\nname = "numpy"\nversion = "1.26.4"\n'
        b'source = { registry = "https://pypi.org/simple" }\n\n[[package]]\nname = "churn"\n'
        b'version = "0.1.0"\nsource = { editable = "." }\n',
    ],
    "env_poetry_lock": [
        b'[[package]]\nname = "numpy"\nversion = "1.26.4"\ndescription = ""\noptional = false\n'
        b'python-versions = ">=3.9"\n\n[package.source]\ntype = "git"\nurl = "https://x/y.git"\n'
        b'reference = "main"\nresolved_reference = "abc"\n\n[metadata]\nlock-version = "2.0"\n'
        b'content-hash = "00"\n',
    ],
    "import_mlflow_meta": [
        b"artifact_uri: file:///mlruns/1/9f1c/artifacts\nend_time: 1700000100000\nentry_point_name: ''\n"
        b"experiment_id: '1'\nlifecycle_stage: active\nrun_id: 9f1c2d\nrun_name: bold-heron-7\n"
        b"source_type: 4\nstart_time: 1700000000000\nstatus: 3\nuser_id: ana\n",
        b"artifact_location: file:///mlruns/1\nexperiment_id: '1'\nlifecycle_stage: active\nname: churn\n",
    ],
    "import_mlflow_metric": [b"1700000000000 0.91 0\n1700000001000 0.93 1\n1700000002000 nan 2\n",
                             b"1700000000000 0.5\n"],
    "import_model_card": [
        b"---\nlanguage: en\nlicense: apache-2.0\nmodel-index:\n- name: churn\n  results:\n  - task:\n"
        b"      type: text-classification\n    dataset:\n      name: Churn\n      type: churn\n"
        b"      config: default\n      split: test\n    metrics:\n    - type: accuracy\n"
        b"      value: 0.91\n    - type: f1\n      value: 0.88\n---\n# Churn\n",
    ],
    "import_eval_results": [
        b"- dataset:\n    id: glue\n    task_id: sst2\n  value: 0.93\n- dataset:\n    id: glue\n"
        b"    task_id: mnli\n  value: 0.85\n",
    ],
    "import_safetensors": [
        b"\x4a\x00\x00\x00\x00\x00\x00\x00"
        b'{"w":{"dtype":"F16","shape":[2],"data_offsets":[0,4]},"__metadata__":{}}  ' + b"\x00" * 4,
    ],
    "import_dvc_params": [b"prepare:\n  split: 0.20\n  seed: 20170428\ntrain:\n  n_est: 50\n",
                          b'{"train": {"lr": 0.1, "layers": [1, 2]}}'],
    "lfs_pointer": [
        b"version https://git-lfs.github.com/spec/v1\noid sha256:"
        b"4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n",
    ],
}


def archives() -> list[bytes]:
    """Small archives of a minimal package, in every kind, plus refused shapes."""
    pkg = {"model-package.json": json.dumps({"format": "modelreview.package/v1", "name": "tiny",
                                             "version": "1.0"}).encode(),
           "results/claimed.json": b'{"accuracy": 0.9}\n'}
    out = []
    z = io.BytesIO()
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        for k, v in pkg.items():
            zf.writestr(k, v)
        zf.writestr("../escape.txt", b"x")
    out.append(z.getvalue())
    z = io.BytesIO()
    with zipfile.ZipFile(z, "w", zipfile.ZIP_STORED) as zf:
        for k, v in pkg.items():
            zf.writestr("tiny/" + k, v)
    out.append(z.getvalue())

    def tar(mode: str, hostile: bool) -> bytes:
        b = io.BytesIO()
        with tarfile.open(fileobj=b, mode=mode, format=tarfile.GNU_FORMAT) as tf:
            for k, v in pkg.items():
                info = tarfile.TarInfo(k)
                info.size, info.mtime = len(v), 0
                tf.addfile(info, io.BytesIO(v))
            if hostile:
                for name, kind, link in (("up", tarfile.SYMTYPE, "../../etc/passwd"),
                                         ("hard", tarfile.LNKTYPE, "model-package.json"),
                                         ("fifo", tarfile.FIFOTYPE, ""), ("dev", tarfile.CHRTYPE, ""),
                                         ("../out", tarfile.REGTYPE, ""), ("/abs", tarfile.REGTYPE, "")):
                    info = tarfile.TarInfo(name)
                    info.type, info.linkname, info.mtime = kind, link, 0
                    tf.addfile(info, io.BytesIO(b""))
        return b.getvalue()

    for mode in ("w", "w:gz"):
        out.append(tar(mode, False))
        out.append(tar(mode, True))
    if shutil.which("zstd"):
        out.append(subprocess.run(["zstd", "-q", "-c"], input=tar("w", False), check=True,
                                  stdout=subprocess.PIPE).stdout)
    return out


def example_files(tmp: Path) -> list[tuple[str, bytes]]:
    out_dir = tmp / "example"
    git = shutil.which("git")
    if not git:
        return []
    subprocess.run([sys.executable, "-B", str(SRC / "examples/churn/make-package.py"), "--git", git,
                    "--output", str(out_dir)], check=True, cwd=SRC / "examples", stdout=subprocess.DEVNULL)
    files = []
    for p in sorted(out_dir.rglob("*")):
        if p.is_file() and "/code/" not in str(p) and ".git" not in p.parts:
            files.append((p.name, p.read_bytes()))
    return files


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", help="a fuzz build (MODELREVIEW_FUZZ=ON) to minimise with")
    ap.add_argument("--max-bytes", type=int, default=16384)
    args = ap.parse_args()
    pool: dict[str, dict[str, bytes]] = {}

    def offer(data: bytes, name: str = "", only: set[str] | None = None) -> None:
        if len(data) > args.max_bytes or not data:
            return
        for t in (only if only is not None else targets_for(data, name)):
            pool.setdefault("fuzz_" + t, {})[hashlib.sha1(data).hexdigest()] = data

    with tempfile.TemporaryDirectory() as tmp:
        for name, data in example_files(Path(tmp)):
            offer(data, name)
        for src in sorted((SRC / "tests").rglob("*.cpp")):
            if src.relative_to(SRC).parts[1] == "fuzz":
                continue
            for data in literals(src.read_text(errors="replace")):
                offer(data)
        for data in archives():
            offer(data, only={"archive"})
        for target, items in SEEDS.items():
            for data in items:
                offer(data, only={target} | targets_for(data))

        for target, items in sorted(pool.items()):
            exe = Path(args.build) / "tests/fuzz" / target if args.build else None
            if exe and not exe.exists():
                print(f"{target}: not in this build, left out")
                continue
            dest = CORPUS / target
            dest.mkdir(parents=True, exist_ok=True)
            if exe and exe.exists():
                cand = Path(tmp) / "cand" / target
                cand.mkdir(parents=True)
                for h, data in items.items():
                    (cand / h).write_bytes(data)
                subprocess.run([str(exe), "-merge=1", "-timeout=5", str(dest), str(cand)], check=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env=dict(os.environ, ASAN_OPTIONS="detect_leaks=0"))
            else:
                for h, data in items.items():
                    (dest / h).write_bytes(data)
            print(f"{target}: {len(items)} candidates, {len(list(dest.iterdir()))} in the corpus")
    return 0


if __name__ == "__main__":
    sys.exit(main())
