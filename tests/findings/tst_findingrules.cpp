// SPDX-License-Identifier: Apache-2.0
// One row per rule id of docs/findings.md: a package that triggers the rule, a package that
// does not, the default severity and the items the finding names. Packages are folders built in
// a QTemporaryDir (git history with libgit2) and analysed through mr::report::analyze(), the
// path every command and report takes; dataset verification rows also run the verifier the way
// `modelreview verify` does, and review rows add a review document.
#include "../code/gitfixture.h"

#include "models/core/hashing.h"
#include "models/dataset/datasetfindings.h"
#include "models/dataset/verifier.h"
#include "models/findings/rules.h"
#include "models/package/loader.h"
#include "models/report/analysis.h"
#include "models/report/jsonreport.h"
#include "models/review/reviewdocument.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace mr;
using json = nlohmann::json;

namespace {

// What a fixture package is made of; rows change it before it is written.
struct Spec
{
    json pkg;
    json dev, ref, ci;
    QMap<QString, QByteArray> files; // relative path -> content (written as is)
    QStringList dirs;                // extra folders
    // Code history: head train.py source, and what else the repository does.
    QByteArray headSource = "import numpy\nimport requests\n";
    bool worktree = false, dirty = false, advanceMain = false, unreachable = false, submodule = false,
         lfs = false, noRepository = false, brokenSubtree = false;
    QString removeAfterLoad; // a file that vanishes after the package was opened
    QString headOverride;    // a head revision to name instead of the real one
    QString rerunRevision;   // "head", "base" or a revision text for the rerun's provenance
    bool verify = false;     // run the dataset verifier as `verify` does
    bool failedDigest = false;
    int review = 0; // 0 none, else a review scenario (see reviewDocument)
};

QByteArray sha256(const QByteArray &b)
{
    return QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex();
}

json capture(const QString &python = QStringLiteral("3.11.2"))
{
    return json{{"format", "modelreview.environment/v1"},
                {"os", {{"name", "Debian GNU/Linux"}, {"version", "12"}, {"architecture", "x86_64"}}},
                {"python", {{"version", python.toStdString()}, {"implementation", "CPython"}}},
                {"accelerators",
                 {{"cuda", nullptr}, {"cudnn", nullptr}, {"driver", nullptr}, {"gpus", json::array()}}},
                {"packages",
                 {{{"name", "numpy"}, {"version", "1.26.4"}, {"source", "registry"}},
                  {{"name", "requests"}, {"version", "2.31.0"}, {"source", "registry"}},
                  {{"name", "pillow"}, {"version", "10.4.0"}, {"source", "registry"}}}}};
}

void setPackage(json &env, const char *name, const char *version, const char *source = "registry",
                const char *url = nullptr)
{
    for (json &p : env["packages"])
        if (p["name"] == name) {
            p["version"] = version;
            p["source"] = source;
            if (url)
                p["url"] = url;
            return;
        }
    json p{{"name", name}, {"version", version}, {"source", source}};
    if (url)
        p["url"] = url;
    env["packages"].push_back(p);
}

void removePackage(json &env, const char *name)
{
    json &list = env["packages"];
    for (auto it = list.begin(); it != list.end(); ++it)
        if ((*it)["name"] == name) {
            list.erase(it);
            return;
        }
}

const QByteArray kA = "id,label\n1,0\n2,1\n";
const QByteArray kB = "id,label\n3,1\n";
const QByteArray kModel = QByteArray(512, 'm');

QByteArray manifestLine(const char *path, const QByteArray &content, bool hash = true)
{
    json j{{"path", path}, {"size", content.size()}};
    if (hash)
        j["sha256"] = sha256(content).toStdString();
    return QByteArray::fromStdString(j.dump()) + '\n';
}

Spec base()
{
    Spec s;
    s.pkg = {{"format", "modelreview.package/v1"},
             {"name", "rules"},
             {"version", "1.0.0"},
             {"code", {{"repository", "code.git"}, {"base", "base"}, {"head", "main"}}},
             {"dataset", {{"manifest", "data/manifest.jsonl"}, {"root", "data/files"}}},
             {"environments", {{"development", "env/dev.json"}, {"reference", "env/ref.json"}}},
             {"results",
              {{"claimed", "results/claimed.json"},
               {"rerun", "results/rerun.json"},
               {"metrics", {{"acc", {{"better", "higher"}, {"abs_tolerance", 0.01}}}}}}},
             {"artifacts", {{{"path", "model.bin"}, {"sha256", sha256(kModel).toStdString()}}}}};
    s.dev = capture();
    s.ref = capture();
    s.files[QStringLiteral("data/manifest.jsonl")] = manifestLine("a.csv", kA) + manifestLine("b.csv", kB);
    s.files[QStringLiteral("data/files/a.csv")] = kA;
    s.files[QStringLiteral("data/files/b.csv")] = kB;
    s.files[QStringLiteral("results/claimed.json")] = R"({"acc": 0.90})";
    s.files[QStringLiteral("model.bin")] = kModel;
    s.rerunRevision = QStringLiteral("head");
    return s;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// Writes the package; returns an error text or "".
QString build(Spec s, const QString &root)
{
    QString baseSha, headSha;
    if (!s.noRepository) {
        GitFixture git(root + QStringLiteral("/code.git"), !s.worktree);
        git.write(QStringLiteral("train.py"), "import numpy\n");
        baseSha = git.commit(QStringLiteral("base"), QStringLiteral("refs/heads/base"));
        git.write(QStringLiteral("train.py"), s.headSource);
        if (s.submodule)
            git.gitlink(QStringLiteral("vendor/lib"), baseSha);
        if (s.lfs) {
            git.write(QStringLiteral(".gitattributes"), "*.pt filter=lfs diff=lfs merge=lfs -text\n");
            git.write(QStringLiteral("weights.pt"),
                      "version https://git-lfs.github.com/spec/v1\noid sha256:" + sha256("w") + "\nsize 1\n");
        }
        if (s.brokenSubtree)
            git.write(QStringLiteral("src/util.py"), "def f():\n    return 1\n");
        headSha =
            git.commit(QStringLiteral("head"), s.unreachable ? QString() : QStringLiteral("refs/heads/main"));
        if (s.brokenSubtree) {
            // The head's src/ tree object goes missing: the commit and its root tree still
            // resolve, but listing the changed files cannot.
            git_object *tree = nullptr;
            if (git_revparse_single(&tree, git.repository(), "refs/heads/main:src") != 0)
                return QStringLiteral("no src tree");
            const QString hex = QString::fromLatin1(git_oid_tostr_s(git_object_id(tree)));
            git_object_free(tree);
            if (!QFile::remove(root + QStringLiteral("/code.git/objects/") + hex.left(2) + QLatin1Char('/') +
                               hex.mid(2)))
                return QStringLiteral("cannot remove the src tree object");
        }
        if (s.advanceMain) {
            git.write(QStringLiteral("later.py"), "x = 1\n");
            git.commit(QStringLiteral("later"), QStringLiteral("refs/heads/main"));
        }
        if (s.worktree)
            git.checkout();
        if (!git.ok())
            return git.error();
        if (s.dirty && !writeFile(root + QStringLiteral("/code.git/scratch.py"), "print('local')\n"))
            return QStringLiteral("cannot write the dirty file");
        s.pkg["code"]["base"] = baseSha.toStdString();
        s.pkg["code"]["head"] = (s.headOverride.isEmpty() ? headSha : s.headOverride).toStdString();
    }
    if (s.noRepository)
        s.dirs << QStringLiteral("code.git"); // a folder that is not a repository
    if (s.pkg.contains("dataset") && s.pkg["dataset"].value("root", std::string()) == "@outside") {
        const QString outside = QDir(root + QStringLiteral("/../outside")).absolutePath();
        QDir().mkpath(outside);
        s.pkg["dataset"]["root"] = outside.toStdString();
    }
    if (!s.files.contains(QStringLiteral("results/rerun.json")) && s.pkg.contains("results") &&
        s.pkg["results"].contains("rerun")) {
        json rerun{{"acc", 0.90}};
        if (!s.rerunRevision.isEmpty())
            rerun["provenance"] = {{"environment", "reference"},
                                   {"revision", (s.rerunRevision == QLatin1String("head")   ? headSha
                                                 : s.rerunRevision == QLatin1String("base") ? baseSha
                                                                                            : s.rerunRevision)
                                                    .toStdString()}};
        s.files[QStringLiteral("results/rerun.json")] = QByteArray::fromStdString(rerun.dump());
    }
    if (!s.files.contains(QStringLiteral("env/dev.json")))
        s.files[QStringLiteral("env/dev.json")] = QByteArray::fromStdString(s.dev.dump());
    if (!s.files.contains(QStringLiteral("env/ref.json")))
        s.files[QStringLiteral("env/ref.json")] = QByteArray::fromStdString(s.ref.dump());
    if (!s.ci.is_null())
        s.files[QStringLiteral("env/ci.json")] = QByteArray::fromStdString(s.ci.dump());
    s.files[QStringLiteral("model-package.json")] = QByteArray::fromStdString(s.pkg.dump(2));
    for (auto it = s.files.cbegin(); it != s.files.cend(); ++it)
        if (!writeFile(root + QLatin1Char('/') + it.key(), it.value()))
            return QStringLiteral("cannot write ") + it.key();
    for (const QString &d : std::as_const(s.dirs))
        QDir().mkpath(root + QLatin1Char('/') + d);
    return {};
}

review::ReviewDocument reviewDocument(int scenario)
{
    review::ReviewDocument doc;
    const Person ada{QStringLiteral("Ada"), QStringLiteral("ada@example.org")};
    auto comment = [&](review::Comment::Kind kind, review::Comment::State state, const Anchor &a,
                       const QString &quoted = {}) {
        review::Comment c;
        c.id = review::Comment::newId();
        c.author = ada;
        c.time = QDateTime::currentDateTimeUtc();
        c.body = QStringLiteral("body");
        c.kind = kind;
        c.state = state;
        c.anchor = a;
        c.quoted = quoted;
        c.fingerprint = review::Comment::fingerprintFor(a, quoted);
        doc.comments << c;
    };
    auto decide = [&](review::Decision::Verdict v, const QString &digest) {
        review::Decision d;
        d.verdict = v;
        d.reason = QStringLiteral("because");
        d.time = QDateTime::currentDateTimeUtc();
        d.reviewer = ada;
        d.digest = digest;
        doc.decisions << d;
    };
    const Anchor numpy =
        Anchor::environmentPackage(QStringLiteral("development..reference"), QStringLiteral("numpy"));
    switch (scenario) {
    case 1: comment(review::Comment::Kind::Blocker, review::Comment::State::Open, numpy); break;
    case 2: comment(review::Comment::Kind::Blocker, review::Comment::State::Resolved, numpy); break;
    case 3: decide(review::Decision::Verdict::Reject, QStringLiteral("@digest")); break;
    case 4: decide(review::Decision::Verdict::RequestChanges, QStringLiteral("@digest")); break;
    case 5: decide(review::Decision::Verdict::Approve, QStringLiteral("@digest")); break;
    case 6: decide(review::Decision::Verdict::Approve, QStringLiteral("sha256:0000")); break;
    case 7:
        comment(review::Comment::Kind::Note, review::Comment::State::Open, numpy,
                QStringLiteral("numpy 1.0"));
        break;
    case 8:
        comment(review::Comment::Kind::Note, review::Comment::State::Open, numpy,
                QStringLiteral("numpy now"));
        break;
    default: break;
    }
    return doc;
}

Findings findingsOf(const Spec &spec, const QString &root, QString *error)
{
    *error = build(spec, root);
    if (!error->isEmpty())
        return {};
    const LoadResult loaded = loadPackageSync(root);
    if (!loaded.ok()) {
        *error = loaded.error.toString();
        return {};
    }
    if (!spec.removeAfterLoad.isEmpty() && !QFile::remove(root + QLatin1Char('/') + spec.removeAfterLoad)) {
        *error = QStringLiteral("cannot remove ") + spec.removeAfterLoad;
        return {};
    }
    DigestResult digest = computeDigestSync(root);
    if (spec.failedDigest)
        digest = computeDigestSync(root + QStringLiteral("/absent"));
    report::Analysis analysis = report::analyze(loaded.package, digest);
    Findings out = analysis.findings;
    if (spec.verify) {
        const dataset::DatasetData data = dataset::loadDataset(*loaded.package);
        dataset::Verification v(data.manifest.manifest, loaded.package->dataset.rootPath,
                                loaded.package->artifacts.artifacts);
        dataset::verifySync(v);
        out += dataset::datasetFindings(*loaded.package, data, &v);
    }
    if (spec.review) {
        review::ReviewDocument doc = reviewDocument(spec.review);
        for (review::Decision &d : doc.decisions)
            if (d.digest == QLatin1String("@digest"))
                d.digest = digest.digest;
        report::ReportOptions options;
        options.anchoredText = [](const Anchor &) { return QStringLiteral("numpy now"); };
        out = report::allFindings(analysis, &doc, options);
    }
    return out;
}

using Mutate = void (*)(Spec &);

struct Row
{
    const char *rule;
    Finding::Severity severity;
    Mutate trigger;
    Mutate clean;
    QStringList items; // labels the finding must name (each a substring of one item's label)
};

void nothing(Spec &) {}

// A DVC-tracked data folder whose .dvc file states `nfiles` (the listing holds two files).
void dvcDirectory(Spec &s, int nfiles)
{
    const QByteArray md5 = "0123456789abcdef0123456789abcdef";
    s.files[QStringLiteral("data/files.dvc")] =
        "outs:\n- md5: " + md5 + ".dir\n  size: " + QByteArray::number(kA.size() + kB.size()) +
        "\n  nfiles: " + QByteArray::number(nfiles) + "\n  path: files\n";
    const QByteArray listing = QByteArray::fromStdString(
        json::array({{{"relpath", "a.csv"},
                      {"md5", QCryptographicHash::hash(kA, QCryptographicHash::Md5).toHex().toStdString()},
                      {"size", kA.size()}},
                     {{"relpath", "b.csv"},
                      {"md5", QCryptographicHash::hash(kB, QCryptographicHash::Md5).toHex().toStdString()},
                      {"size", kB.size()}}})
            .dump());
    s.files[QStringLiteral(".dvc/cache/files/md5/01/23456789abcdef0123456789abcdef.dir")] = listing;
    s.pkg["dataset"]["manifest"] = "data/files.dvc";
}

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

QStringList labelsOf(const Finding &f)
{
    QStringList out;
    for (const FindingItem &i : f.allItems())
        out << (i.label + QStringLiteral(" | ") + i.anchor.label());
    return out;
}

} // namespace

class TestFindingRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyCatalogueRuleHasARow();
    void rule_data();
    void rule();
};

void TestFindingRules::everyCatalogueRuleHasARow()
{
    QSet<QString> covered;
    for (const Row &r : rows())
        covered.insert(QLatin1String(r.rule));
    for (const findings::RuleInfo &info : findings::ruleCatalogue())
        QVERIFY2(covered.contains(info.id), qPrintable(info.id + QStringLiteral(" has no row")));
    QCOMPARE(covered.size(), rows().size());
}

void TestFindingRules::rule_data()
{
    QTest::addColumn<int>("row");
    for (int i = 0; i < rows().size(); ++i)
        QTest::newRow(rows().at(i).rule) << i;
}

void TestFindingRules::rule()
{
    QFETCH(int, row);
    const Row &r = rows().at(row);
    const QString rule = QLatin1String(r.rule);
    const findings::RuleInfo *info = findings::findRule(rule);
    QVERIFY(info);
    QCOMPARE(r.severity, info->severity);

    QTemporaryDir dir;
    QString error;
    Spec trigger = base();
    r.trigger(trigger);
    const Findings hit = findingsOf(trigger, dir.filePath(QStringLiteral("trigger")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // A rule with a context-dependent severity may report twice: take the default one.
    const Finding *found = nullptr;
    for (const Finding &f : hit)
        if (f.ruleId == rule && (!found || (found->severity != r.severity && f.severity == r.severity)))
            found = &f;
    if (!found) {
        QStringList got;
        for (const Finding &f : hit)
            got << f.ruleId + QStringLiteral(": ") + f.message;
        QFAIL(qPrintable(QStringLiteral("%1 not reported; got:\n").arg(rule) + got.join(QLatin1Char('\n'))));
    }
    QCOMPARE(found->severity, r.severity);
    QVERIFY(!found->message.isEmpty());
    QVERIFY(!found->allItems().isEmpty());
    const QStringList labels = labelsOf(*found);
    for (const QString &expected : r.items) {
        const bool named = std::any_of(labels.cbegin(), labels.cend(),
                                       [&](const QString &l) { return l.contains(expected); });
        QVERIFY2(named, qPrintable(QStringLiteral("%1 does not name \"%2\"; items: %3")
                                       .arg(rule, expected, labels.join(QStringLiteral("; ")))));
        if (found->items.size() > 1) // several items: the message names them too
            QVERIFY2(found->message.contains(expected.section(QLatin1String(" ("), 0, 0)),
                     qPrintable(found->message));
    }
    if (r.items.size() > 1)
        QCOMPARE(found->items.size(), r.items.size());

    Spec clean = base();
    r.clean(clean);
    const Findings quiet = findingsOf(clean, dir.filePath(QStringLiteral("clean")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const Finding &f : quiet)
        QVERIFY2(f.ruleId != rule, qPrintable(QStringLiteral("clean package still reports ") + f.message));
}

QTEST_GUILESS_MAIN(TestFindingRules)
#include "tst_findingrules.moc"
