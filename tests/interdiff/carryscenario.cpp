// SPDX-License-Identifier: Apache-2.0
#include "carryscenario.h"

namespace mr::test {

namespace {

QByteArray lines(const QByteArray &text, int from, int to) // 1-based, inclusive
{
    const QList<QByteArray> all = text.split('\n');
    QByteArray out;
    for (int i = from; i <= to; ++i)
        out += all.value(i - 1) + '\n';
    return out;
}

QByteArray bVersion2()
{
    const QByteArray b = numberedLines(QStringLiteral("b"), 10);
    return lines(b, 1, 3) + "b line 4 EDITED\n" + lines(b, 5, 6) + "b inserted\n" + lines(b, 7, 10);
}

review::Comment comment(const QString &id, const Anchor &anchor, const QString &quoted)
{
    review::Comment c;
    c.id = id;
    c.author = Person{QStringLiteral("Ada"), QStringLiteral("ada@example.org")};
    c.time = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    c.body = QStringLiteral("About %1").arg(id);
    c.kind = review::Comment::Kind::Issue;
    c.anchor = anchor;
    c.quoted = quoted;
    c.fingerprint = review::Comment::fingerprintFor(anchor, quoted);
    return c;
}

review::Comment codeComment(const QString &id, const QString &path, int first, int last,
                            const QByteArray &text, Anchor::Side side = Anchor::Side::New)
{
    const QStringList quoted =
        QString::fromUtf8(lines(text, first, last)).chopped(1).split(QLatin1Char('\n'));
    return comment(id, Anchor::codeLines(path, side, first, last, Anchor::fingerprintOf(quoted)),
                   quoted.join(QLatin1Char('\n')));
}

} // namespace

PackageVersion version1()
{
    PackageVersion v;
    v.version = QStringLiteral("1.0.0");
    v.summary = QStringLiteral("First version.");
    v.baseFiles = {{QStringLiteral("a.py"), numberedLines(QStringLiteral("a"), 20)},
                   {QStringLiteral("b.py"), numberedLines(QStringLiteral("b"), 10)},
                   {QStringLiteral("c.py"), numberedLines(QStringLiteral("c"), 5)},
                   {QStringLiteral("old.py"), numberedLines(QStringLiteral("o"), 6)},
                   {QStringLiteral("gone.py"), numberedLines(QStringLiteral("g"), 4)}};
    v.headFiles = v.baseFiles;
    v.headFiles[QStringLiteral("a.py")] += "a extra\n";
    v.manifestLines = {
        manifestLine(QStringLiteral("keep.csv"), "K"), manifestLine(QStringLiteral("ren1.csv"), "R"),
        manifestLine(QStringLiteral("mod.csv"), "M1"), manifestLine(QStringLiteral("del.csv"), "D")};
    v.environments = {{QStringLiteral("development"), "numpy==1.26.4\npandas==2.1.0\nscipy==1.11.0\n"},
                      {QStringLiteral("reference"), "numpy==1.26.4\npandas==2.1.0\nscipy==1.11.0\n"},
                      {QStringLiteral("staging"), "numpy==1.26.4\n"}};
    v.claimed = R"({"acc": 0.9, "auc": 0.8, "f1": 0.7, "loss": 0.3})";
    v.rerun = R"({"acc": 0.9, "auc": 0.8, "f1": 0.7, "loss": 0.3})";
    return v;
}

PackageVersion version2()
{
    PackageVersion v = version1();
    v.version = QStringLiteral("2.0.0");
    v.summary = QStringLiteral("Answers the review of 1.0.0.");
    v.headFiles[QStringLiteral("a.py")] = "inserted at the top\n" + v.headFiles[QStringLiteral("a.py")];
    v.headFiles[QStringLiteral("b.py")] = bVersion2();
    v.headFiles[QStringLiteral("new.py")] = v.headFiles.take(QStringLiteral("old.py")); // a pure rename
    v.headFiles.remove(QStringLiteral("gone.py"));
    v.headFiles[QStringLiteral("added.py")] = "print('new')\n";
    v.manifestLines = {
        manifestLine(QStringLiteral("keep.csv"), "K"), manifestLine(QStringLiteral("ren2.csv"), "R"),
        manifestLine(QStringLiteral("mod.csv"), "M2"), manifestLine(QStringLiteral("new.csv"), "N")};
    v.environments = {{QStringLiteral("development"), "numpy==1.26.4\npandas==2.2.0\n"},
                      {QStringLiteral("reference"), "numpy==1.26.4\npandas==2.2.0\n"}};
    v.claimed = R"({"acc": 0.9, "auc": 0.85, "f1": 0.7})";
    v.rerun = R"({"acc": 0.9, "auc": 0.85, "f1": 0.6})";
    return v;
}

PackageVersion version3()
{
    PackageVersion v = version2();
    v.version = QStringLiteral("3.0.0");
    v.summary = QStringLiteral("Answers the review of 2.0.0.");
    v.headFiles[QStringLiteral("a.py")] = "second insertion\n" + v.headFiles[QStringLiteral("a.py")];
    return v;
}

review::ReviewDocument review1(const QString &digest)
{
    const PackageVersion v = version1();
    const QByteArray a = v.headFiles.value(QStringLiteral("a.py")),
                     b = v.headFiles.value(QStringLiteral("b.py"));
    review::ReviewDocument doc;
    doc.packageName = v.name;
    doc.packageVersion = v.version;
    doc.packageDigest = digest;
    doc.reviewers = {Person{QStringLiteral("Ada"), QStringLiteral("ada@example.org")}};
    doc.comments = {
        codeComment(QStringLiteral("code-moved-insert-above"), QStringLiteral("a.py"), 15, 16, a),
        codeComment(QStringLiteral("code-outdated-edit-inside"), QStringLiteral("b.py"), 3, 4, b),
        codeComment(QStringLiteral("code-outdated-insert-inside"), QStringLiteral("b.py"), 6, 8, b),
        codeComment(QStringLiteral("code-moved-below-edit"), QStringLiteral("b.py"), 8, 9, b),
        codeComment(QStringLiteral("code-current-above-edit"), QStringLiteral("b.py"), 1, 2, b),
        codeComment(QStringLiteral("code-current-untouched"), QStringLiteral("c.py"), 1, 2,
                    v.headFiles.value(QStringLiteral("c.py"))),
        codeComment(QStringLiteral("code-moved-rename"), QStringLiteral("old.py"), 2, 3,
                    v.headFiles.value(QStringLiteral("old.py"))),
        codeComment(QStringLiteral("code-gone-deleted"), QStringLiteral("gone.py"), 1, 1,
                    v.headFiles.value(QStringLiteral("gone.py"))),
        codeComment(QStringLiteral("code-current-base-side"), QStringLiteral("a.py"), 5, 5,
                    v.baseFiles.value(QStringLiteral("a.py")), Anchor::Side::Old),
        comment(QStringLiteral("dataset-current"), Anchor::datasetEntry(QStringLiteral("keep.csv")), {}),
        comment(QStringLiteral("dataset-moved"), Anchor::datasetEntry(QStringLiteral("ren1.csv")), {}),
        comment(QStringLiteral("dataset-outdated"), Anchor::datasetEntry(QStringLiteral("mod.csv")), {}),
        comment(QStringLiteral("dataset-gone"), Anchor::datasetEntry(QStringLiteral("del.csv")), {}),
        comment(QStringLiteral("environment-current"),
                Anchor::environmentPackage(QStringLiteral("development..reference"), QStringLiteral("numpy")),
                {}),
        comment(QStringLiteral("environment-moved"),
                Anchor::environmentPackage(QStringLiteral("development..staging"), QStringLiteral("numpy")),
                {}),
        comment(
            QStringLiteral("environment-outdated"),
            Anchor::environmentPackage(QStringLiteral("development..reference"), QStringLiteral("pandas")),
            {}),
        comment(QStringLiteral("environment-gone"),
                Anchor::environmentPackage(QStringLiteral("development..reference"), QStringLiteral("scipy")),
                {}),
        comment(QStringLiteral("metric-current"), Anchor::metric(QStringLiteral("acc")), {}),
        comment(QStringLiteral("metric-outdated-claimed"), Anchor::metric(QStringLiteral("auc")), {}),
        comment(QStringLiteral("metric-outdated-rerun"), Anchor::metric(QStringLiteral("f1")), {}),
        comment(QStringLiteral("metric-gone"), Anchor::metric(QStringLiteral("loss")), {}),
        comment(QStringLiteral("package-current"), Anchor::package(), {}),
    };
    review::Comment &resolved = doc.comments[1];
    resolved.kind = review::Comment::Kind::Blocker;
    resolved.state = review::Comment::State::Resolved;
    resolved.resolvedBy = Person{QStringLiteral("Bob"), QStringLiteral("bob@example.org")};
    resolved.replies << review::Reply{QStringLiteral("reply-1"), resolved.resolvedBy,
                                      resolved.time.addSecs(60), QStringLiteral("Fixed in v2.")};
    review::Decision d;
    d.verdict = review::Decision::Verdict::RequestChanges;
    d.reason = QStringLiteral("Fix the split.");
    d.reviewer = doc.reviewers.first();
    d.time = QDateTime(QDate(2026, 11, 20), QTime(11, 0), Qt::UTC);
    d.digest = digest;
    doc.decisions << d;
    doc.checklist[QStringLiteral("code_read")] =
        review::ChecklistEntry{true, doc.reviewers.first(), d.time, review::ChecklistEntry::Suggestion::None};
    return doc;
}

} // namespace mr::test
