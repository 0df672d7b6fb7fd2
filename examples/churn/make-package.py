#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Builds the bundled example package "churn-classifier" deterministically.

Same bytes on every machine, Python 3.9+ and git 2.25+:
- git writes only loose objects (no packs), zlib level 0 so no zlib/zlib-ng version can change
  the bytes; fixed identities and dates; no global or system git configuration is read;
  HEAD, config and the refs are written or normalised here, everything else git may create
  (hooks, description, info, logs, index, COMMIT_EDITMSG) is removed;
- the data come from a seeded splitmix64 generator and integer arithmetic;
- training and metrics use only IEEE basic operations and sqrt (no libm exp/log);
- archives are written with fixed timestamps, owners and modes, in sorted order.

Usage: make-package.py --output DIR [--zip FILE] [--tar-gz FILE] [--git GIT]
"""
from __future__ import annotations

import argparse
import calendar
import gzip
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import churndata  # noqa: E402  (the data, model and metrics; kept apart to stay readable)

HERE = Path(__file__).resolve().parent
PROJECT = HERE / "project"
HISTORY = HERE / "history"
PACKAGE_NAME = "churn-classifier"
ARCHIVE_TIME = (2026, 11, 20, 10, 0, 0)

ANA = ("Ana Ribeiro", "ana.ribeiro@example.org")
SAM = ("Sam Okafor", "sam.okafor@example.org")

# Each commit: overlay folder under history/ (files as of that commit), files taken unchanged
# from project/ (the head), files deleted, and whether the tree is exactly project/.
COMMITS = [
    dict(date="2026-08-18 14:02:11 +0200", author=ANA, overlay="1", from_head=[".gitignore", "requirements.txt"],
         message="Initial churn classifier: prep, train and evaluate stages\n\n"
                 "Logistic regression on the August snapshot, tracked with DVC.\n"),
    dict(date="2026-09-02 10:41:37 +0200", author=ANA, overlay="2",
         message="evaluate: report average precision, recall, F1 and p95 latency\n"),
    dict(date="2026-09-24 16:15:02 +0100", author=SAM, overlay="3", tag="v2.2.0",
         message="Retrain on September data with stronger regularisation (C=0.5)\n"),
    dict(date="2026-10-21 09:12:45 +0200", author=ANA, from_head=["src/prep.py", "src/features.py", "src/tenure.py", "params.yaml", "dvc.yaml"],
         delete=["src/utils.py"],
         message="prep: add tenure features; move helpers to features.py\n\n"
                 "tenure_bucket, is_new_customer, months_since_upgrade and charges per month of\n"
                 "tenure. Keep the latest row per customer across monthly snapshots.\n"),
    dict(date="2026-11-04 11:30:00 +0100", author=ANA, from_head=["src/train.py"],
         message="train: scale features and balance class weights\n\n"
                 "The tenure features span very different ranges; without scaling the solver\n"
                 "needed 2000 iterations. Balanced weights raise recall on churners.\n"),
    dict(date="2026-11-18 17:05:59 +0100", author=ANA, whole_head=True, tag="v2.3.0",
         message="evaluate: per-split metrics and recall at the serving threshold\n\n"
                 "README: notes for the October retrain.\n"),
]


def epoch(date: str) -> str:
    """'YYYY-MM-DD HH:MM:SS +zzzz' -> git's raw '<seconds> +zzzz'."""
    day, time, zone = date.split()
    y, mo, d = (int(x) for x in day.split("-"))
    h, mi, s = (int(x) for x in time.split(":"))
    sign = 1 if zone[0] == "+" else -1
    offset = sign * (int(zone[1:3]) * 3600 + int(zone[3:5]) * 60)
    return "%d %s" % (calendar.timegm((y, mo, d, h, mi, s, 0, 0, 0)) - offset, zone)


def write(path: Path, data: bytes | str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Git:
    def __init__(self, git: str, repo: Path, scratch: Path):
        self.git = git
        self.repo = repo
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(scratch),
            "XDG_CONFIG_HOME": str(scratch),
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_CONFIG_GLOBAL": os.devnull,
            "LC_ALL": "C",
            "TZ": "UTC",
            "GIT_DIR": str(repo),
            "GIT_INDEX_FILE": str(scratch / "index"),
        }
        self.options = ["-c", "core.compression=0", "-c", "core.looseCompression=0", "-c", "core.autocrlf=false",
                        "-c", "core.fileMode=true", "-c", "gc.auto=0", "-c", "commit.gpgSign=false",
                        "-c", "core.logAllRefUpdates=false", "-c", "core.fsync=none"]

    def run(self, *args: str, env: dict | None = None, stdin: str | None = None) -> str:
        full_env = dict(self.env, **(env or {}))
        done = subprocess.run([self.git, *self.options, *args], env=full_env, input=stdin, text=True,
                              capture_output=True)
        if done.returncode != 0:
            raise SystemExit("git %s failed: %s" % (" ".join(args), done.stderr.strip()))
        return done.stdout.strip()


def snapshot_files(commit: dict, previous: dict[str, bytes]) -> dict[str, bytes]:
    """The tree of `commit` as {path: bytes}."""
    if commit.get("whole_head"):
        return {p.relative_to(PROJECT).as_posix(): p.read_bytes() for p in sorted(PROJECT.rglob("*")) if p.is_file()}
    files = dict(previous)
    for path in commit.get("delete", []):
        del files[path]
    if "overlay" in commit:
        base = HISTORY / commit["overlay"]
        for p in sorted(base.rglob("*")):
            if p.is_file():
                files[p.relative_to(base).as_posix()] = p.read_bytes()
    for path in commit.get("from_head", []):
        files[path] = (PROJECT / path).read_bytes()
    return files


def build_repository(git_exe: str, repo: Path, scratch: Path) -> dict:
    git = Git(git_exe, repo, scratch)
    subprocess.run([git_exe, "init", "--quiet", "--bare", "--template=", str(repo)], check=True,
                   env=dict(git.env, GIT_DIR=""), capture_output=True)
    write(repo / "HEAD", "ref: refs/heads/main\n")
    files: dict[str, bytes] = {}
    parent = None
    tags = {}
    for number, commit in enumerate(COMMITS):
        files = snapshot_files(commit, files)
        work = scratch / ("work%d" % number)
        for path, data in files.items():
            write(work / path, data)
            os.chmod(work / path, 0o644)
        index = scratch / "index"
        if index.exists():
            index.unlink()
        git.run("add", "--all", "--force", ".", env={"GIT_WORK_TREE": str(work)})
        tree = git.run("write-tree")
        name, email = commit["author"]
        who = {"GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": email, "GIT_AUTHOR_DATE": epoch(commit["date"]),
               "GIT_COMMITTER_NAME": name, "GIT_COMMITTER_EMAIL": email,
               "GIT_COMMITTER_DATE": epoch(commit["date"])}
        args = ["commit-tree", tree] + (["-p", parent] if parent else [])
        parent = git.run(*args, env=who, stdin=commit["message"])
        if "tag" in commit:
            tags[commit["tag"]] = parent
    # Refs as plain files: no packed-refs, no reflogs, whatever the git version.
    write(repo / "refs" / "heads" / "main", parent + "\n")
    for tag, sha in tags.items():
        write(repo / "refs" / "tags" / tag, sha + "\n")
    normalise_repository(repo)
    return {"head": parent, "tags": tags}


def normalise_repository(repo: Path) -> None:
    keep = {"HEAD", "config", "objects", "refs"}
    for entry in sorted(repo.iterdir()):
        if entry.name not in keep:
            shutil.rmtree(entry) if entry.is_dir() and not entry.is_symlink() else entry.unlink()
    write(repo / "config", "[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = true\n")
    for pack in (repo / "objects").glob("pack/*"):
        raise SystemExit("unexpected pack file %s" % pack)
    for sub in ("objects/info", "objects/pack"):
        target = repo / sub
        if target.exists():
            shutil.rmtree(target)
    for path in sorted(repo.rglob("*"), reverse=True):
        if path.is_dir() and not any(path.iterdir()):
            path.rmdir()


def build_package(out: Path, git_exe: str) -> None:
    with tempfile.TemporaryDirectory(prefix="mr-example-") as scratch_name:
        scratch = Path(scratch_name)
        refs = build_repository(git_exe, out / "code.git", scratch)

    data = churndata.build()
    root = out / "data" / "files"
    manifest = []
    for entry in data["files"]:
        write(root / entry["path"], entry["bytes"])
        manifest.append({"path": entry["path"], "size": len(entry["bytes"]), "sha256": sha256(entry["bytes"]),
                         "rows": entry["rows"], "split": entry["split"], "media_type": "text/csv"})
    baseline = []
    for entry in data["baseline"]:
        baseline.append({"path": entry["path"], "size": len(entry["bytes"]), "sha256": sha256(entry["bytes"]),
                         "rows": entry["rows"], "split": entry["split"], "media_type": "text/csv"})

    def jsonl(rows: list[dict]) -> str:
        return "".join(json.dumps(r) + "\n" for r in sorted(rows, key=lambda r: r["path"]))

    write(out / "data" / "manifest.jsonl", jsonl(manifest))
    write(out / "data" / "baseline.jsonl", jsonl(baseline))

    write(out / "env" / "laptop.txt", (HERE / "env" / "laptop.txt").read_bytes())
    write(out / "env" / "production.json", (HERE / "env" / "production.json").read_bytes())

    model_bytes = (json.dumps(data["model"], indent=2) + "\n").encode("utf-8")
    write(out / "model" / "model.json", model_bytes)

    metrics = data["metrics"]
    rerun = {"provenance": {"environment": "reference", "revision": "v2.3.0", "host": "ci-runner-7",
                            "ran_at": "2026-11-21T08:00:00Z", "command": "python evaluate.py"}}
    rerun.update(metrics)
    write(out / "results" / "rerun.json", json.dumps(rerun, indent=4) + "\n")
    write(out / "results" / "claimed.json", json.dumps(data["claimed"], indent=2) + "\n")

    package = {
        "format": "modelreview.package/v1",
        "name": PACKAGE_NAME,
        "version": "2.3.0",
        "created": "2026-11-20T10:00:00Z",
        "submitter": {"name": ANA[0], "email": ANA[1]},
        "summary": "Retrained on September and October data; adds tenure features and balanced class weights.",
        "code": {"repository": "code.git", "base": "v2.2.0", "head": "v2.3.0"},
        "dataset": {"manifest": "data/manifest.jsonl", "baseline": "data/baseline.jsonl", "root": "data/files"},
        "environments": {"development": "env/laptop.txt", "reference": "env/production.json"},
        "results": {
            "claimed": "results/claimed.json",
            "rerun": "results/rerun.json",
            "metrics": churndata.METRIC_SPECS,
        },
        "artifacts": [{"path": "model/model.json", "sha256": sha256(model_bytes), "size": len(model_bytes),
                       "media_type": "application/json"}],
    }
    write(out / "model-package.json", json.dumps(package, indent=2) + "\n")


def listing(root: Path) -> list[Path]:
    return sorted((p for p in root.rglob("*")), key=lambda p: p.relative_to(root).as_posix().encode("utf-8"))


def write_zip(folder: Path, target: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for path in listing(folder):
            name = PACKAGE_NAME + "/" + path.relative_to(folder).as_posix()
            if path.is_dir():
                info = zipfile.ZipInfo(name + "/", ARCHIVE_TIME)
                info.external_attr = (0o40755 << 16) | 0x10
                info.create_system = 3
                z.writestr(info, b"")
            else:
                info = zipfile.ZipInfo(name, ARCHIVE_TIME)
                info.external_attr = 0o100644 << 16
                info.create_system = 3
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, path.read_bytes(), compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)
    write(target, buffer.getvalue())


def write_tar_gz(folder: Path, target: Path) -> None:
    raw = io.BytesIO()
    mtime = calendar.timegm(ARCHIVE_TIME + (0, 0, 0))
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for path in [folder] + listing(folder):
            relative = path.relative_to(folder).as_posix()
            name = PACKAGE_NAME if relative == "." else PACKAGE_NAME + "/" + relative
            info = tarfile.TarInfo(name)
            info.mtime = mtime
            info.uid = info.gid = 0
            info.uname = info.gname = "root"
            if path.is_dir():
                info.type = tarfile.DIRTYPE
                info.mode = 0o755
                tar.addfile(info)
            else:
                content = path.read_bytes()
                info.mode = 0o644
                info.size = len(content)
                tar.addfile(info, io.BytesIO(content))
    compressed = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=compressed, compresslevel=6, mtime=0) as gz:
        gz.write(raw.getvalue())
    write(target, compressed.getvalue())


def replace_folder(staging: Path, out: Path) -> None:
    if out.exists():
        if out.is_symlink() or not out.is_dir():
            raise SystemExit("%s exists and is not a folder" % out)
        if any(out.iterdir()) and not (out / "model-package.json").exists():
            raise SystemExit("refusing to replace %s: not a generated package" % out)
        shutil.rmtree(out)
    staging.rename(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, required=True, help="package folder to (re)create")
    parser.add_argument("--zip", type=Path, help="also write the package as this .zip")
    parser.add_argument("--tar-gz", type=Path, help="also write the package as this .tar.gz")
    parser.add_argument("--git", default="git", help="git executable")
    args = parser.parse_args()

    out = args.output.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=out.name + ".", dir=out.parent))
    try:
        build_package(staging, args.git)
        os.chmod(staging, 0o755)
        if args.zip:
            write_zip(staging, args.zip.resolve())
        if args.tar_gz:
            write_tar_gz(staging, args.tar_gz.resolve())
        replace_folder(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return 0


if __name__ == "__main__":
    sys.exit(main())
