// SPDX-License-Identifier: Apache-2.0
#include "models/environment/pep440.h"

#include <QTest>

using namespace mr::environment;

Q_DECLARE_METATYPE(mr::environment::Level)

class TestPep440 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalize_data();
    void normalize();
    void parse_data();
    void parse();
    void ordering();
    void equality_data();
    void equality();
    void classify_data();
    void classify();
    void calver_data();
    void calver();
};

void TestPep440::normalize_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("lower") << "NumPy"
                           << "numpy";
    QTest::newRow("underscore") << "typing_extensions"
                                << "typing-extensions";
    QTest::newRow("dot") << "zope.interface"
                         << "zope-interface";
    QTest::newRow("runs") << "Foo.-_Bar"
                          << "foo-bar";
    QTest::newRow("debian") << "pkg_resources"
                            << "pkg-resources";
    QTest::newRow("trim") << "  scikit-learn "
                          << "scikit-learn";
    QTest::newRow("leading and trailing runs") << "__init__.py."
                                               << "-init-py-";
    QTest::newRow("every capital") << "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                   << "abcdefghijklmnopqrstuvwxyz";
    QTest::newRow("digits and @ [ ` { kept") << "A1@[`{Z9"
                                             << "a1@[`{z9";
    QTest::newRow("non-ASCII lowered") << QString::fromUtf8("Ünïcode_ÄÖ") << QString::fromUtf8("ünïcode-äö");
    QTest::newRow("outside the BMP") << QString::fromUtf8("\xF0\x90\x90\x80x") // DESERET CAPITAL LONG I
                                     << QString::fromUtf8("\xF0\x90\x90\xA8x");
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("only separators") << "-_."
                                     << "-";
}

void TestPep440::normalize()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(normalizeName(name), expected);
}

void TestPep440::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("simple") << "1.26.4" << true << "1.26.4";
    QTest::newRow("epoch") << "1!2.0" << true << "1!2.0";
    QTest::newRow("alpha spelled") << "1.0alpha1" << true << "1.0a1";
    QTest::newRow("beta dash") << "1.0-beta.2" << true << "1.0b2";
    QTest::newRow("c is rc") << "1.0c3" << true << "1.0rc3";
    QTest::newRow("preview") << "2.0preview1" << true << "2.0rc1";
    QTest::newRow("implicit post") << "1.0-1" << true << "1.0.post1";
    QTest::newRow("rev") << "1.0rev2" << true << "1.0.post2";
    QTest::newRow("dev") << "1.0.dev" << true << "1.0.dev0";
    QTest::newRow("local") << "2.4.1+CU118" << true << "2.4.1+cu118";
    QTest::newRow("local segments") << "1.0+ubuntu-1_2" << true << "1.0+ubuntu.1.2";
    QTest::newRow("v prefix") << "v3.1" << true << "3.1";
    QTest::newRow("everything") << "1!2.0rc1.post2.dev3+local.1" << true << "1!2.0rc1.post2.dev3+local.1";
    QTest::newRow("word") << "latest" << false << "latest";
    QTest::newRow("empty") << "" << false << "";
    QTest::newRow("debian revision") << "1.0-beta-final" << false << "1.0-beta-final";
    QTest::newRow("kernel") << "6.1.0-18-amd64" << false << "6.1.0-18-amd64";
    QTest::newRow("conda build") << "1.26.4_py311" << false << "1.26.4_py311";
}

void TestPep440::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, canonical);
    const Version v = Version::parse(text);
    QCOMPARE(v.valid, valid);
    QCOMPARE(v.canonical(), canonical);
}

void TestPep440::ordering()
{
    // The ordering example of PEP 440 (plus local labels and an epoch), ascending.
    const QStringList ascending = {
        "0.9",
        "1.0.dev456",
        "1.0a1",
        "1.0a2.dev456",
        "1.0a12.dev456",
        "1.0a12",
        "1.0b1.dev456",
        "1.0b2",
        "1.0b2.post345.dev456",
        "1.0b2.post345",
        "1.0rc1.dev456",
        "1.0rc1",
        "1.0",
        "1.0+abc.5",
        "1.0+abc.7",
        "1.0+5",
        "1.0.post456.dev34",
        "1.0.post456",
        "1.0.15",
        "1.1.dev1",
        "2.0",
        "10.0",
        "2023.12.1",
        "1!0.1",
    };
    for (int i = 0; i < ascending.size(); ++i) {
        const Version a = Version::parse(ascending[i]);
        QVERIFY2(a.valid, qPrintable(ascending[i]));
        for (int j = 0; j < ascending.size(); ++j) {
            const Version b = Version::parse(ascending[j]);
            const int expected = i < j ? -1 : (i > j ? 1 : 0);
            const int c = compareVersions(a, b);
            QVERIFY2((c < 0 ? -1 : (c > 0 ? 1 : 0)) == expected,
                     qPrintable(QStringLiteral("%1 vs %2 gave %3").arg(ascending[i], ascending[j]).arg(c)));
        }
    }
}

void TestPep440::equality_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("trailing zero") << "1.0"
                                   << "1.0.0";
    QTest::newRow("case") << "1.0RC1"
                          << "1.0rc1";
    QTest::newRow("v") << "v1.0"
                       << "1.0";
    QTest::newRow("post spelling") << "1.0-1"
                                   << "1.0.post1";
    QTest::newRow("alpha") << "1.0alpha1"
                           << "1.0a1";
    QTest::newRow("local separators") << "1.0+a-b_c"
                                      << "1.0+a.b.c";
    QTest::newRow("leading zeros") << "1.01"
                                   << "1.1";
}

void TestPep440::equality()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(compareVersions(Version::parse(a), Version::parse(b)), 0);
    QCOMPARE(classifyDifference(Version::parse(a), Version::parse(b)), Level::None);
}

void TestPep440::classify_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<Level>("level");
    QTest::newRow("major") << "1.2.3"
                           << "2.0.0" << Level::Major;
    QTest::newRow("major down") << "2.0.0"
                                << "1.9.9" << Level::Major;
    QTest::newRow("minor") << "1.2.3"
                           << "1.3.0" << Level::Minor;
    QTest::newRow("patch") << "1.2.3"
                           << "1.2.4" << Level::Patch;
    QTest::newRow("fourth component") << "1.2.3.4"
                                      << "1.2.3.5" << Level::Patch;
    QTest::newRow("short vs long") << "1.2"
                                   << "1.2.1" << Level::Patch;
    QTest::newRow("local only") << "2.4.1+cu118"
                                << "2.4.1+cu121" << Level::Local;
    QTest::newRow("local added") << "2.4.1"
                                 << "2.4.1+cpu" << Level::Local;
    QTest::newRow("epoch") << "1!1.0"
                           << "1.0" << Level::Major;
    QTest::newRow("pre to final") << "1.0rc1"
                                  << "1.0" << Level::Patch;
    QTest::newRow("post") << "1.0.post1"
                          << "1.0" << Level::Patch;
    QTest::newRow("dev") << "1.0.dev1"
                         << "1.0.dev2" << Level::Patch;
    QTest::newRow("local and patch") << "1.0.0+a"
                                     << "1.0.1+b" << Level::Patch;
    QTest::newRow("calver year") << "2023.10.1"
                                 << "2024.1.0" << Level::Major;
    QTest::newRow("calver month") << "2024.1"
                                  << "2024.3" << Level::Minor;
    QTest::newRow("calver day") << "2024.01.15"
                                << "2024.01.16" << Level::Patch;
    QTest::newRow("calver date") << "20240101"
                                 << "20240315" << Level::Major;
}

void TestPep440::classify()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(Level, level);
    QCOMPARE(classifyDifference(Version::parse(a), Version::parse(b)), level);
    QCOMPARE(classifyDifference(Version::parse(b), Version::parse(a)), level);
}

void TestPep440::calver_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("calver");
    QTest::newRow("year first") << "2024.1.0" << true;
    QTest::newRow("pytz") << "2023.3.post1" << true;
    QTest::newRow("date") << "20240101" << true;
    QTest::newRow("semver") << "1.26.4" << false;
    QTest::newRow("two digit year") << "24.1.0" << false;
    QTest::newRow("invalid") << "nightly" << false;
}

void TestPep440::calver()
{
    QFETCH(QString, text);
    QFETCH(bool, calver);
    QCOMPARE(Version::parse(text).isCalVer(), calver);
}

QTEST_GUILESS_MAIN(TestPep440)
#include "tst_pep440.moc"
