// SPDX-License-Identifier: Apache-2.0
// The regex-free path for "name==version" lines (a million-line pip freeze, issue 15) gives the
// same entry as the general parser: each pinned line is compared with the same line followed by
// a comment, which the fast path never takes.
#include "models/environment/readers.h"

#include <QTest>

using namespace mr::environment;

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
};

QTEST_GUILESS_MAIN(TestFreezeFastPath)
#include "tst_freezefastpath.moc"
