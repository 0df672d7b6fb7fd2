// SPDX-License-Identifier: Apache-2.0
#include "rulefixture.h"
#include "../code/gitfixture.h"

#include "models/dataset/datasetfindings.h"
#include "models/dataset/verifier.h"
#include "models/package/loader.h"
#include "models/report/analysis.h"
#include "models/report/jsonreport.h"
#include "models/review/reviewdocument.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

using json = nlohmann::json;

namespace mr::test {

namespace {

QByteArray sha256(const QByteArray &b)
{
    return QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex();
}
} // namespace

json capture(const QString &python)
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

void setPackage(json &env, const char *name, const char *version, const char *source, const char *url)
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

const QByteArray kA = "id,label\n1,0\n2,1\n";
const QByteArray kB = "id,label\n3,1\n";
const QByteArray kModel = QByteArray(512, 'm');

QByteArray manifestLine(const char *path, const QByteArray &content, bool hash)
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

} // namespace mr::test
