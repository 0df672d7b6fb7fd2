// SPDX-License-Identifier: Apache-2.0
// The regex-free path for "name==version" lines (a million-line pip freeze, issue 15) gives the
// same entry as the general parser: each pinned line is compared with the same line followed by
// a comment, which the fast path never takes.
#include "models/environment/readers.h"
#include "models/environment/readers_p.h"

#include <QTest>

using namespace mr::environment;

namespace {
PackageEntry entry(const QString &name, const QString &version, int line)
{
    PackageEntry e;
    e.name = e.normalized = name;
    e.version = version;
    e.file = QStringLiteral("requirements.txt");
    e.line = line;
    return e;
}
} // namespace

class TestFreezeFastPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsTheGeneralParser_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("requirement");
        QTest::newRow("plain") << "numpy==1.26.4" << true;
        QTest::newRow("normalised name") << "Typing_Extensions==4.9.0" << true;
        QTest::newRow("dots and dashes") << "zope.interface-x==6.1" << true;
        QTest::newRow("local version") << "torch==2.1.0+cu121" << true;
        QTest::newRow("epoch") << "pkg==1!2.0" << true;
        QTest::newRow("pre-release") << "pkg==2.0.0rc1" << true;
        QTest::newRow("wildcard is not pinned") << "pkg==1.*" << true;
        QTest::newRow("arbitrary equality") << "pkg===foo" << true;
        QTest::newRow("name ends in a dot") << "pkg.==1.0" << false;
        QTest::newRow("empty version") << "pkg==" << false;
        QTest::newRow("non-ASCII name") << "pkgé==1.0" << false;
        QTest::newRow("equals inside the version") << "pkg==1==2" << false;
    }

    void sameAsTheGeneralParser()
    {
        QFETCH(QString, line);
        QFETCH(bool, requirement);
        const RequirementLine fast = parseRequirementLine(line);
        const RequirementLine general = parseRequirementLine(line + QStringLiteral("  # comment"));
        QCOMPARE(fast.kind == RequirementLine::Kind::Requirement, requirement);
        QCOMPARE(int(fast.kind), int(general.kind));
        QCOMPARE(fast.entry.name, general.entry.name);
        QCOMPARE(fast.entry.normalized, general.entry.normalized);
        QCOMPARE(fast.entry.version, general.entry.version);
        QCOMPARE(fast.entry.specifier, general.entry.specifier);
        QCOMPARE(fast.entry.marker, general.entry.marker);
        QCOMPARE(fast.entry.extras, general.entry.extras);
        QVERIFY(fast.entry == general.entry);
    }

    // The package index is keyed by the name's hash. Two names of one hash (forced here: a
    // real 64-bit collision cannot be found for a test) stay two packages, and a repeat of
    // either is found as a repeat.
    void namesOfOneHashStayApart()
    {
        Environment env;
        detail::ReadContext ctx;
        ctx.env = &env;
        ctx.addPackage(entry(QStringLiteral("alpha"), QStringLiteral("1"), 1));
        ctx.hashIndex.insert(detail::ReadContext::nameHash(QStringLiteral("beta")),
                             0); // "beta" gets "alpha"'s hash
        ctx.addPackage(entry(QStringLiteral("beta"), QStringLiteral("2"), 2));
        QCOMPARE(env.packages.size(), 2);
        QCOMPARE(env.packages[1].name, QStringLiteral("beta"));
        ctx.addPackage(entry(QStringLiteral("beta"), QStringLiteral("3"), 3));
        ctx.addPackage(entry(QStringLiteral("alpha"), QStringLiteral("4"), 4));
        ctx.addPackage(entry(QStringLiteral("gamma"), QStringLiteral("5"), 5));
        QCOMPARE(env.packages.size(), 3);
        QCOMPARE(env.packages[1].version, QStringLiteral("2")); // the first entry of a name wins
        QCOMPARE(env.packages[0].version, QStringLiteral("1"));
        QCOMPARE(env.diagnostics.size(), 2);
        QVERIFY(env.diagnostics[0].message.contains(
            QStringLiteral("beta listed again (first at requirements.txt:2)")));
        QVERIFY(env.diagnostics[1].message.contains(
            QStringLiteral("alpha listed again (first at requirements.txt:1)")));
    }

    // Entries appended without addPackage() (other readers do) are indexed before the next one.
    void entriesAppendedDirectlyAreIndexed()
    {
        Environment env;
        detail::ReadContext ctx;
        ctx.env = &env;
        env.packages.append(entry(QStringLiteral("alpha"), QStringLiteral("1"), 1));
        env.packages.append(entry(QStringLiteral("alpha"), QStringLiteral("2"), 2));
        ctx.addPackage(entry(QStringLiteral("alpha"), QStringLiteral("3"), 3));
        QCOMPARE(env.packages.size(), 2);
        QCOMPARE(env.diagnostics.size(), 1);
        QVERIFY(env.diagnostics[0].message.contains(QStringLiteral("first at requirements.txt:1")));
    }
};

QTEST_GUILESS_MAIN(TestFreezeFastPath)
#include "tst_freezefastpath.moc"
