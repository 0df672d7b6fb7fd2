// SPDX-License-Identifier: Apache-2.0
// The rule table: for each rule id of docs/findings.md, how to make the base package trigger it,
// a close variant that does not, and the items the finding must name.
#include "rulefixture.h"

using json = nlohmann::json;

namespace mr::test {

namespace {
void nothing(Spec &) {}
} // namespace

using S = Finding::Severity;

const QList<Row> &rows()
{
    static const QList<Row> table = {
        // package
        {"package.section-missing",
         S::Warning,
         [](Spec &s) {
             s.pkg.erase("artifacts");
             s.files.remove(QStringLiteral("model.bin"));
         },
         nothing,
         {}},
        {"package.section-error", S::Error, [](Spec &s) { s.pkg["dataset"]["manifest"] = 5; }, nothing, {}},
        {"package.field-invalid", S::Warning, [](Spec &s) { s.pkg["created"] = 20261201; }, nothing, {}},
        {"package.unknown-keys",
         S::Info,
         [](Spec &s) {
             s.pkg["colour"] = "blue";
             s.pkg["shape"] = 1;
         },
         nothing,
         {QStringLiteral("colour"), QStringLiteral("shape")}},
        {"package.data-outside",
         S::Info,
         [](Spec &s) { s.pkg["dataset"]["root"] = "@outside"; },
         nothing,
         {}},
        {"package.digest-failed", S::Error, [](Spec &s) { s.failedDigest = true; }, nothing, {}},
        // code
        {"code.repository-missing", S::Error, [](Spec &s) { s.noRepository = true; }, nothing, {}},
        {"code.diff-failed", S::Error, [](Spec &s) { s.brokenSubtree = true; }, nothing, {}},
        {"code.revision-missing",
         S::Error,
         [](Spec &s) { s.headOverride = QStringLiteral("no-such-tag"); },
         nothing,
         {}},
        {"code.head-unreachable", S::Warning, [](Spec &s) { s.unreachable = true; }, nothing, {}},
        {"code.not-committed",
         S::Warning,
         [](Spec &s) { s.worktree = s.dirty = true; },
         [](Spec &s) { s.worktree = true; },
         {QStringLiteral("scratch.py")}},
        {"code.head-not-checked-out",
         S::Info,
         [](Spec &s) { s.worktree = s.advanceMain = true; },
         [](Spec &s) { s.worktree = true; },
         {}},
        {"code.submodule",
         S::Info,
         [](Spec &s) { s.submodule = true; },
         nothing,
         {QStringLiteral("vendor/lib")}},
        {"code.lfs-pointer",
         S::Warning,
         [](Spec &s) { s.lfs = true; },
         nothing,
         {QStringLiteral("weights.pt")}},
        // dataset
        {"dataset.manifest-unreadable",
         S::Error,
         [](Spec &s) { s.files[QStringLiteral("data/manifest.jsonl")] = "\x89PNG\r\n\x1a\n\0\0"; },
         nothing,
         {}},
        {"dataset.manifest-bad-lines",
         S::Warning,
         [](Spec &s) { s.files[QStringLiteral("data/manifest.jsonl")] += "{not json\n[1,2]\n"; },
         nothing,
         {QStringLiteral("manifest.jsonl:3"), QStringLiteral("manifest.jsonl:4")}},
        {"dataset.path-outside-root",
         S::Error,
         [](Spec &s) {
             s.files[QStringLiteral("data/manifest.jsonl")] += manifestLine("../../etc/passwd", kA);
         },
         nothing,
         {}},
        {"dataset.duplicate-path",
         S::Warning,
         [](Spec &s) {
             s.files[QStringLiteral("data/manifest.jsonl")] +=
                 manifestLine("a.csv", kA) + manifestLine("b.csv", kB);
         },
         nothing,
         {QStringLiteral("a.csv (line 3)"), QStringLiteral("b.csv (line 4)")}},
        {"dataset.no-hash",
         S::Warning,
         [](Spec &s) {
             s.files[QStringLiteral("data/manifest.jsonl")] =
                 manifestLine("a.csv", kA, false) + manifestLine("b.csv", kB, false);
         },
         nothing,
         {QStringLiteral("a.csv"), QStringLiteral("b.csv")}},
        {"dataset.total-size",
         S::Warning,
         [](Spec &s) { s.pkg["dataset"]["total_size"] = 1; },
         [](Spec &s) { s.pkg["dataset"]["total_size"] = kA.size() + kB.size(); },
         {}},
        {"dataset.file-count",
         S::Warning,
         [](Spec &s) { dvcDirectory(s, 7); },
         [](Spec &s) { dvcDirectory(s, 2); },
         {}},
        {"dataset.baseline-unreadable",
         S::Warning,
         [](Spec &s) {
             s.files[QStringLiteral("data/base.jsonl")] = "\x89PNG\r\n\x1a\n\0\0";
             s.pkg["dataset"]["baseline"] = "data/base.jsonl";
         },
         [](Spec &s) {
             s.files[QStringLiteral("data/base.jsonl")] = manifestLine("a.csv", kA);
             s.pkg["dataset"]["baseline"] = "data/base.jsonl";
         },
         {}},
        {"dataset.not-verifiable",
         S::Warning,
         [](Spec &s) {
             s.verify = true;
             s.pkg["dataset"]["root"] = "data/absent";
         },
         [](Spec &s) { s.verify = true; },
         {}},
        {"dataset.mismatch",
         S::Error,
         [](Spec &s) {
             s.verify = true;
             s.files[QStringLiteral("data/files/a.csv")] = "changed\n";
         },
         [](Spec &s) { s.verify = true; },
         {QStringLiteral("a.csv")}},
        {"dataset.missing",
         S::Error,
         [](Spec &s) {
             s.verify = true;
             s.files.remove(QStringLiteral("data/files/b.csv"));
         },
         [](Spec &s) { s.verify = true; },
         {QStringLiteral("b.csv")}},
        {"dataset.unreadable",
         S::Error,
         [](Spec &s) {
             s.verify = true;
             s.files.remove(QStringLiteral("data/files/b.csv"));
             s.dirs << QStringLiteral("data/files/b.csv");
         },
         [](Spec &s) { s.verify = true; },
         {QStringLiteral("b.csv")}},
        {"dataset.unlisted",
         S::Warning,
         [](Spec &s) {
             s.verify = true;
             s.files[QStringLiteral("data/files/extra.csv")] = "x\n";
         },
         [](Spec &s) { s.verify = true; },
         {QStringLiteral("extra.csv")}},
        {"dataset.artifact-mismatch",
         S::Error,
         [](Spec &s) {
             s.verify = true;
             s.files[QStringLiteral("model.bin")] = "other";
         },
         [](Spec &s) { s.verify = true; },
         {}},
        {"dataset.artifact-missing",
         S::Error,
         [](Spec &s) {
             s.verify = true;
             s.removeAfterLoad = QStringLiteral("model.bin");
         },
         [](Spec &s) { s.verify = true; },
         {}},
        {"dataset.artifact-unreadable",
         S::Error,
         [](Spec &s) {
             s.verify = true;
             s.files.remove(QStringLiteral("model.bin"));
             s.dirs << QStringLiteral("model.bin");
         },
         [](Spec &s) { s.verify = true; },
         {}},
        // environment
        {"environment.missing",
         S::Error,
         [](Spec &s) {
             s.pkg["environments"] = {{"development", "env/dev.json"}, {"staging", "env/ref.json"}};
         },
         nothing,
         {}},
        {"environment.unreadable",
         S::Error,
         [](Spec &s) { s.files[QStringLiteral("env/ref.json")] = "{\"format\": "; },
         nothing,
         {}},
        {"environment.read-problems",
         S::Warning,
         [](Spec &s) {
             s.files[QStringLiteral("env/dev.txt")] =
                 "List of the installed packages\nnumpy==1.26.4\npip freeze\nrequests==2.31.0\n";
             s.pkg["environments"]["development"] = "env/dev.txt";
         },
         [](Spec &s) {
             s.files[QStringLiteral("env/dev.txt")] = "numpy==1.26.4\nrequests==2.31.0\npillow==10.4.0\n";
             s.pkg["environments"]["development"] = "env/dev.txt";
         },
         {QStringLiteral("dev.txt:1"), QStringLiteral("dev.txt:3")}},
        {"environment.editable",
         S::Warning,
         [](Spec &s) {
             setPackage(s.dev, "churnlib", "0.1.0", "editable", "file:///home/ana/churnlib");
             setPackage(s.ref, "churnlib", "0.1.0");
         },
         [](Spec &s) {
             setPackage(s.dev, "churnlib", "0.1.0");
             setPackage(s.ref, "churnlib", "0.1.0");
         },
         {}},
        {"environment.local-path",
         S::Warning,
         [](Spec &s) {
             setPackage(s.dev, "churnlib", "0.1.0", "file", "file:///home/ana/churnlib-0.1.0.whl");
             setPackage(s.ref, "churnlib", "0.1.0");
         },
         [](Spec &s) {
             setPackage(s.dev, "churnlib", "0.1.0", "file", "https://example.org/churnlib-0.1.0.whl");
             setPackage(s.ref, "churnlib", "0.1.0");
         },
         {}},
        {"environment.unpinned",
         S::Warning,
         [](Spec &s) {
             s.files[QStringLiteral("env/dev.txt")] = "numpy>=1.20\nrequests==2.31.0\npillow==10.4.0\n";
             s.pkg["environments"]["development"] = "env/dev.txt";
         },
         [](Spec &s) {
             s.files[QStringLiteral("env/dev.txt")] = "numpy==1.26.4\nrequests==2.31.0\npillow==10.4.0\n";
             s.pkg["environments"]["development"] = "env/dev.txt";
         },
         {}},
        {"environment.python-minor",
         S::Error,
         [](Spec &s) { s.ref["python"]["version"] = "3.12.1"; },
         [](Spec &s) { s.ref["python"]["version"] = "3.11.9"; },
         {}},
        {"environment.python-implementation",
         S::Warning,
         [](Spec &s) { s.ref["python"]["implementation"] = "PyPy"; },
         nothing,
         {}},
        {"environment.os-different", S::Warning, [](Spec &s) { s.ref["os"]["name"] = "macOS"; }, nothing, {}},
        {"environment.architecture-different",
         S::Error,
         [](Spec &s) { s.ref["os"]["architecture"] = "arm64"; },
         nothing,
         {}},
        {"environment.gpu-stack",
         S::Warning,
         [](Spec &s) {
             s.dev["accelerators"] = {
                 {"cuda", "11.8"}, {"cudnn", "8.6.0"}, {"driver", "520.61"}, {"gpus", {"NVIDIA A10G"}}};
             s.ref["accelerators"] = {
                 {"cuda", "12.1"}, {"cudnn", "8.9.2"}, {"driver", "520.61"}, {"gpus", {"NVIDIA A10G"}}};
         },
         [](Spec &s) {
             s.dev["accelerators"] = {
                 {"cuda", "12.1"}, {"cudnn", "8.9.2"}, {"driver", "520.61"}, {"gpus", {"NVIDIA A10G"}}};
             s.ref["accelerators"] = s.dev["accelerators"];
         },
         {QStringLiteral("11.8 \u2192 12.1"), QStringLiteral("8.6.0 \u2192 8.9.2")}},
        {"environment.accelerator-build",
         S::Warning,
         [](Spec &s) {
             setPackage(s.dev, "torch", "2.4.1+cu118");
             setPackage(s.ref, "torch", "2.6.0");
             setPackage(s.dev, "torchvision", "0.19.1+cpu");
             setPackage(s.ref, "torchvision", "0.19.1+cu121");
         },
         [](Spec &s) {
             setPackage(s.dev, "torch", "2.4.1+cu118");
             setPackage(s.ref, "torch", "2.6.0+cu118");
         },
         {QStringLiteral("torch 2.4.1+cu118 \u2192 2.6.0 (cu118 \u2192 default build)"),
          QStringLiteral("torchvision 0.19.1+cpu \u2192 0.19.1+cu121 (cpu \u2192 cu121 build)")}},
        {"environment.major-drift",
         S::Warning,
         [](Spec &s) {
             setPackage(s.ref, "pillow", "11.1.0");
             setPackage(s.dev, "rich", "12.0.0");
             setPackage(s.ref, "rich", "13.7.1");
         },
         [](Spec &s) { setPackage(s.ref, "pillow", "10.4.1"); },
         {QStringLiteral("pillow 10.4.0 \u2192 11.1.0"), QStringLiteral("rich 12.0.0 \u2192 13.7.1")}},
        {"environment.major-drift-critical",
         S::Error,
         [](Spec &s) {
             setPackage(s.ref, "numpy", "2.1.1");
             setPackage(s.dev, "requests", "1.2.3");
         },
         [](Spec &s) { setPackage(s.ref, "pillow", "11.1.0"); },
         // numpy is critical by default; requests because the head revision imports it.
         {QStringLiteral("numpy 1.26.4 \u2192 2.1.1"), QStringLiteral("requests 1.2.3 \u2192 2.31.0")}},
        {"environment.downgrade",
         S::Warning,
         [](Spec &s) { setPackage(s.ref, "requests", "2.28.0"); },
         [](Spec &s) { setPackage(s.ref, "requests", "2.32.0"); },
         {QStringLiteral("requests 2.31.0 \u2192 2.28.0")}},
        {"environment.version-unparseable",
         S::Info,
         [](Spec &s) {
             setPackage(s.dev, "oddpkg", "nightly-a");
             setPackage(s.ref, "oddpkg", "nightly-b");
         },
         [](Spec &s) {
             setPackage(s.dev, "oddpkg", "1.0");
             setPackage(s.ref, "oddpkg", "1.0");
         },
         {}},
        {"environment.import-missing",
         S::Error,
         [](Spec &s) {
             s.headSource = "import numpy\nimport requests\nimport yaml\n";
             setPackage(s.dev, "PyYAML", "6.0.1");
         },
         [](Spec &s) {
             s.headSource = "import numpy\nimport requests\nimport yaml\n";
             setPackage(s.dev, "PyYAML", "6.0.1");
             setPackage(s.ref, "PyYAML", "6.0.1");
         },
         {}},
        {"environment.import-unresolved",
         S::Warning,
         [](Spec &s) { s.headSource = "import numpy\nimport requests\nimport nowhere_to_be_found\n"; },
         nothing,
         {}},
        // results
        {"results.no-rerun", S::Error, [](Spec &s) { s.pkg["results"].erase("rerun"); }, nothing, {}},
        {"results.no-claim",
         S::Warning,
         [](Spec &s) { s.files[QStringLiteral("results/claimed.json")] = "{}"; },
         nothing,
         {}},
        {"results.worse-than-claimed",
         S::Error,
         [](Spec &s) { s.files[QStringLiteral("results/claimed.json")] = R"({"acc": 0.95})"; },
         [](Spec &s) { s.files[QStringLiteral("results/claimed.json")] = R"({"acc": 0.895})"; },
         {}},
        {"results.differs",
         S::Warning,
         [](Spec &s) {
             s.files[QStringLiteral("results/claimed.json")] = R"({"acc": 0.9, "loss": 0.5})";
             s.files[QStringLiteral("results/rerun.json")] = R"({"acc": 0.9, "loss": 0.7})";
         },
         [](Spec &s) {
             s.files[QStringLiteral("results/claimed.json")] = R"({"acc": 0.9, "loss": 0.5})";
             s.files[QStringLiteral("results/rerun.json")] = R"({"acc": 0.9, "loss": 0.5})";
         },
         {}},
        {"results.missing-in-rerun",
         S::Warning,
         [](Spec &s) { s.files[QStringLiteral("results/claimed.json")] = R"({"acc": 0.9, "f1": 0.8})"; },
         nothing,
         {}},
        {"results.missing-in-claim",
         S::Info,
         [](Spec &s) { s.files[QStringLiteral("results/rerun.json")] = R"({"acc": 0.9, "f1": 0.8})"; },
         nothing,
         {}},
        {"results.bad-input",
         S::Warning,
         [](Spec &s) { s.pkg["results"]["metrics"]["acc"]["better"] = "sideways"; },
         nothing,
         {}},
        {"results.provenance.missing", S::Info, [](Spec &s) { s.rerunRevision.clear(); }, nothing, {}},
        {"results.provenance.unknown-environment",
         S::Warning,
         [](Spec &s) {
             s.files[QStringLiteral("results/rerun.json")] =
                 R"({"acc": 0.9, "provenance": {"environment": "moon"}})";
         },
         [](Spec &s) {
             s.files[QStringLiteral("results/rerun.json")] =
                 R"({"acc": 0.9, "provenance": {"environment": "reference"}})";
         },
         {}},
        {"results.provenance.development-environment",
         S::Warning,
         [](Spec &s) {
             s.files[QStringLiteral("results/rerun.json")] =
                 R"({"acc": 0.9, "provenance": {"environment": "development"}})";
         },
         [](Spec &s) {
             s.files[QStringLiteral("results/rerun.json")] =
                 R"({"acc": 0.9, "provenance": {"environment": "reference"}})";
         },
         {}},
        {"results.provenance.not-reference-environment",
         S::Warning,
         [](Spec &s) {
             s.ci = capture();
             s.pkg["environments"]["ci"] = "env/ci.json";
             s.files[QStringLiteral("results/rerun.json")] =
                 R"({"acc": 0.9, "provenance": {"environment": "ci"}})";
         },
         [](Spec &s) {
             s.ci = capture();
             s.pkg["environments"]["ci"] = "env/ci.json";
         },
         {}},
        {"results.provenance.revision-unresolved",
         S::Warning,
         [](Spec &s) { s.rerunRevision = QStringLiteral("no-such-revision"); },
         nothing,
         {}},
        {"results.provenance.revision-mismatch",
         S::Error,
         [](Spec &s) { s.rerunRevision = QStringLiteral("base"); },
         nothing,
         {}},
        // review (the review file beside the package)
        {"review.open-blocker",
         S::Error,
         [](Spec &s) { s.review = 1; },
         [](Spec &s) { s.review = 2; },
         {QStringLiteral("numpy")}},
        {"review.rejected", S::Error, [](Spec &s) { s.review = 3; }, [](Spec &s) { s.review = 5; }, {}},
        {"review.changes-requested",
         S::Warning,
         [](Spec &s) { s.review = 4; },
         [](Spec &s) { s.review = 5; },
         {}},
        {"review.stale-decision",
         S::Warning,
         [](Spec &s) { s.review = 6; },
         [](Spec &s) { s.review = 5; },
         {}},
        {"review.no-decision", S::Info, [](Spec &s) { s.review = 2; }, [](Spec &s) { s.review = 5; }, {}},
        {"review.outdated-comment",
         S::Info,
         [](Spec &s) { s.review = 7; },
         [](Spec &s) { s.review = 8; },
         {QStringLiteral("numpy")}},
    };
    return table;
}

} // namespace mr::test
