// SPDX-License-Identifier: Apache-2.0
#include "models/environment/readers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mr::environment;

Q_DECLARE_METATYPE(mr::environment::RequirementLine::Kind)

class TestRequirements : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void line_data();
    void line();
    void conda_data();
    void conda();
    void freezeFile();
    void includes();
    void captureHeader();
    void manyProblemsCapped_data();
    void manyProblemsCapped();
    void decodedLines_data();
    void decodedLines();
};

void TestRequirements::line_data()
{
    using K = RequirementLine::Kind;
    QTest::addColumn<QString>("line");
    QTest::addColumn<K>("kind");
    QTest::addColumn<QString>("name"); // normalised, or the include/option argument
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("specifier");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("extras");
    QTest::addColumn<QString>("marker");

    QTest::newRow("pinned") << "numpy==1.26.4" << K::Requirement << "numpy"
                            << "1.26.4"
                            << ""
                            << "registry"
                            << ""
                            << ""
                            << "";
    QTest::newRow("spaces, case, comment") << "NumPy == 1.26.4   # pinned" << K::Requirement << "numpy"
                                           << "1.26.4"
                                           << ""
                                           << "registry"
                                           << ""
                                           << ""
                                           << "";
    QTest::newRow("range") << "requests>=2.28, <3" << K::Requirement << "requests"
                           << ""
                           << ">=2.28,<3"
                           << "registry"
                           << ""
                           << ""
                           << "";
    QTest::newRow("compatible") << "pandas~=2.0" << K::Requirement << "pandas"
                                << ""
                                << "~=2.0"
                                << "registry"
                                << ""
                                << ""
                                << "";
    QTest::newRow("exclusion") << "scipy!=1.11.0" << K::Requirement << "scipy"
                               << ""
                               << "!=1.11.0"
                               << "registry"
                               << ""
                               << ""
                               << "";
    QTest::newRow("wildcard") << "pkg==1.0.*" << K::Requirement << "pkg"
                              << ""
                              << "==1.0.*"
                              << "registry"
                              << ""
                              << ""
                              << "";
    QTest::newRow("bare") << "flask" << K::Requirement << "flask"
                          << ""
                          << "*"
                          << "registry"
                          << ""
                          << ""
                          << "";
    QTest::newRow("arbitrary equality") << "zope.interface===5.0-custom" << K::Requirement << "zope-interface"
                                        << "5.0-custom"
                                        << ""
                                        << "registry"
                                        << ""
                                        << ""
                                        << "";
    QTest::newRow("parenthesised") << "requests (>=2.0)" << K::Requirement << "requests"
                                   << ""
                                   << ">=2.0"
                                   << "registry"
                                   << ""
                                   << ""
                                   << "";
    QTest::newRow("local label") << "torch==2.4.1+cu118" << K::Requirement << "torch"
                                 << "2.4.1+cu118"
                                 << ""
                                 << "registry"
                                 << ""
                                 << ""
                                 << "";
    QTest::newRow("extras") << "mlflow[gateway]==2.12.2" << K::Requirement << "mlflow"
                            << "2.12.2"
                            << ""
                            << "registry"
                            << ""
                            << "gateway"
                            << "";
    QTest::newRow("two extras") << "uvicorn[standard, watchfiles]>=0.20" << K::Requirement << "uvicorn"
                                << ""
                                << ">=0.20"
                                << "registry"
                                << ""
                                << "standard,watchfiles"
                                << "";
    QTest::newRow("marker") << "numpy==1.26.4; python_version >= \"3.9\"" << K::Requirement << "numpy"
                            << "1.26.4"
                            << ""
                            << "registry"
                            << ""
                            << ""
                            << "python_version >= \"3.9\"";
    QTest::newRow("marker spaced") << "tensorflow==2.15.0 ; sys_platform == 'linux'" << K::Requirement
                                   << "tensorflow"
                                   << "2.15.0"
                                   << ""
                                   << "registry"
                                   << ""
                                   << ""
                                   << "sys_platform == 'linux'";
    QTest::newRow("hashes") << "numpy==1.26.4 --hash=sha256:aa --hash=sha256:bb" << K::Requirement << "numpy"
                            << "1.26.4"
                            << ""
                            << "registry"
                            << ""
                            << ""
                            << "";
    QTest::newRow("debian venv") << "pkg_resources==0.0.0" << K::Requirement << "pkg-resources"
                                 << "0.0.0"
                                 << ""
                                 << "registry"
                                 << ""
                                 << ""
                                 << "";
    QTest::newRow("at file dir") << "churnlib @ file:///Users/ana/src/churnlib" << K::Requirement
                                 << "churnlib"
                                 << ""
                                 << ""
                                 << "file"
                                 << "file:///Users/ana/src/churnlib"
                                 << ""
                                 << "";
    QTest::newRow("at file wheel") << "mypkg @ file:///tmp/mypkg-1.2.0-py3-none-any.whl" << K::Requirement
                                   << "mypkg"
                                   << "1.2.0"
                                   << ""
                                   << "file"
                                   << "file:///tmp/mypkg-1.2.0-py3-none-any.whl"
                                   << ""
                                   << "";
    QTest::newRow("at conda build") << "certifi @ file:///croot/certifi_1690232220950/work/certifi"
                                    << K::Requirement << "certifi"
                                    << ""
                                    << ""
                                    << "file"
                                    << "file:///croot/certifi_1690232220950/work/certifi"
                                    << ""
                                    << "";
    QTest::newRow("at vcs") << "pkg @ git+https://github.com/org/pkg.git@v1.0" << K::Requirement << "pkg"
                            << ""
                            << ""
                            << "vcs"
                            << "git+https://github.com/org/pkg.git@v1.0"
                            << ""
                            << "";
    QTest::newRow("at https sdist") << "pkg @ https://example.com/pkg-2.0.tar.gz ; python_version>'3'"
                                    << K::Requirement << "pkg"
                                    << "2.0"
                                    << ""
                                    << "file"
                                    << "https://example.com/pkg-2.0.tar.gz"
                                    << ""
                                    << "python_version>'3'";
    QTest::newRow("editable vcs") << "-e git+https://github.com/org/lib.git@abc123#egg=lib" << K::Requirement
                                  << "lib"
                                  << ""
                                  << ""
                                  << "editable"
                                  << "git+https://github.com/org/lib.git@abc123#egg=lib"
                                  << ""
                                  << "";
    QTest::newRow("editable path") << "-e /Users/ana/src/churnlib" << K::Requirement << "churnlib"
                                   << ""
                                   << ""
                                   << "editable"
                                   << "/Users/ana/src/churnlib"
                                   << ""
                                   << "";
    QTest::newRow("editable long form")
        << "--editable=./libs/featurelib[fast]" << K::Requirement << "featurelib"
        << ""
        << ""
        << "editable"
        << "./libs/featurelib"
        << "fast"
        << "";
    QTest::newRow("editable dot") << "-e ." << K::Requirement << ""
                                  << ""
                                  << ""
                                  << "editable"
                                  << "."
                                  << ""
                                  << "";
    QTest::newRow("vcs line") << "git+https://github.com/org/tool.git@main#egg=tool" << K::Requirement
                              << "tool"
                              << ""
                              << ""
                              << "vcs"
                              << "git+https://github.com/org/tool.git@main#egg=tool"
                              << ""
                              << "";
    QTest::newRow("wheel path") << "./dist/featurelib-0.3.1-py3-none-any.whl" << K::Requirement
                                << "featurelib"
                                << "0.3.1"
                                << ""
                                << "file"
                                << "./dist/featurelib-0.3.1-py3-none-any.whl"
                                << ""
                                << "";
    QTest::newRow("include") << "-r base.txt" << K::Include << "base.txt"
                             << ""
                             << ""
                             << ""
                             << ""
                             << ""
                             << "";
    QTest::newRow("include long") << "--requirement=common/base.txt" << K::Include << "common/base.txt"
                                  << ""
                                  << ""
                                  << ""
                                  << ""
                                  << ""
                                  << "";
    QTest::newRow("constraint") << "-c constraints.txt" << K::Constraint << "constraints.txt"
                                << ""
                                << ""
                                << ""
                                << ""
                                << ""
                                << "";
    QTest::newRow("index") << "--index-url https://pypi.org/simple" << K::Option
                           << "--index-url https://pypi.org/simple"
                           << ""
                           << ""
                           << ""
                           << ""
                           << ""
                           << "";
    QTest::newRow("extra index") << "--extra-index-url=https://download.pytorch.org/whl/cu118" << K::Option
                                 << "--extra-index-url=https://download.pytorch.org/whl/cu118"
                                 << ""
                                 << ""
                                 << ""
                                 << ""
                                 << ""
                                 << "";
    QTest::newRow("comment") << "# pip freeze output" << K::Empty << ""
                             << ""
                             << ""
                             << ""
                             << ""
                             << ""
                             << "";
    QTest::newRow("empty") << "   " << K::Empty << ""
                           << ""
                           << ""
                           << ""
                           << ""
                           << ""
                           << "";
    QTest::newRow("pip chatter") << "Obtaining file:///home/x" << K::Invalid << ""
                                 << ""
                                 << ""
                                 << ""
                                 << ""
                                 << ""
                                 << "";
    QTest::newRow("unknown option") << "--frobnicate" << K::Invalid << "--frobnicate"
                                    << ""
                                    << ""
                                    << ""
                                    << ""
                                    << ""
                                    << "";
    QTest::newRow("warning text") << "WARNING: You are using pip version 22.0" << K::Invalid << ""
                                  << ""
                                  << ""
                                  << ""
                                  << ""
                                  << ""
                                  << "";
}

void TestRequirements::line()
{
    QFETCH(QString, line);
    QFETCH(RequirementLine::Kind, kind);
    QFETCH(QString, name);
    QFETCH(QString, version);
    QFETCH(QString, specifier);
    QFETCH(QString, source);
    QFETCH(QString, url);
    QFETCH(QString, extras);
    QFETCH(QString, marker);
    const RequirementLine r = parseRequirementLine(line);
    QCOMPARE(r.kind, kind);
    // The view overload (the file reader's) gives the same result on every row.
    const RequirementLine v = parseRequirementLine(QStringView(line));
    QCOMPARE(v.kind, r.kind);
    QCOMPARE(v.entry, r.entry);
    QCOMPARE(v.argument, r.argument);
    QCOMPARE(v.message, r.message);
    if (kind == RequirementLine::Kind::Include || kind == RequirementLine::Kind::Constraint ||
        kind == RequirementLine::Kind::Option) {
        QCOMPARE(r.argument, name);
        return;
    }
    if (kind != RequirementLine::Kind::Requirement) {
        QCOMPARE(r.message.isEmpty(), kind == RequirementLine::Kind::Empty);
        return;
    }
    QCOMPARE(r.entry.normalized, name);
    QCOMPARE(r.entry.version, version);
    QCOMPARE(r.entry.specifier, specifier);
    QCOMPARE(sourceName(r.entry.source), source);
    QCOMPARE(r.entry.url, url);
    QCOMPARE(r.entry.extras.join(QLatin1Char(',')), extras);
    QCOMPARE(r.entry.marker, marker);
    QCOMPARE(r.entry.pinned(), !version.isEmpty() && specifier.isEmpty());
}

void TestRequirements::conda_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("specifier");
    QTest::addColumn<QString>("build");
    QTest::newRow("name=version") << "numpy=1.26.4" << true << "numpy"
                                  << "1.26.4"
                                  << ""
                                  << "";
    QTest::newRow("name==version") << "numpy==1.26.4" << true << "numpy"
                                   << "1.26.4"
                                   << ""
                                   << "";
    QTest::newRow("with build") << "numpy=1.26.4=py311h64a7726_0" << true << "numpy"
                                << "1.26.4"
                                << ""
                                << "py311h64a7726_0";
    QTest::newRow("channel") << "conda-forge::scikit-learn=1.4.0" << true << "scikit-learn"
                             << "1.4.0"
                             << ""
                             << "";
    QTest::newRow("range") << "pip<=22.3.1" << true << "pip"
                           << ""
                           << "<=22.3.1"
                           << "";
    QTest::newRow("fuzzy") << "python=3.11.*" << true << "python"
                           << ""
                           << "=3.11.*"
                           << "";
    QTest::newRow("bare") << "cudatoolkit" << true << "cudatoolkit"
                          << ""
                          << "*"
                          << "";
    QTest::newRow("spaced") << "openssl 3.0.13 h4ab18f5_1" << true << "openssl"
                            << "3.0.13"
                            << ""
                            << "h4ab18f5_1";
    QTest::newRow("garbage") << "===" << false << ""
                             << ""
                             << ""
                             << "";
}

void TestRequirements::conda()
{
    QFETCH(QString, spec);
    QFETCH(bool, ok);
    QFETCH(QString, name);
    QFETCH(QString, version);
    QFETCH(QString, specifier);
    QFETCH(QString, build);
    PackageEntry e;
    QCOMPARE(parseCondaSpec(spec, &e), ok);
    if (!ok)
        return;
    QCOMPARE(e.normalized, name);
    QCOMPARE(e.version, version);
    QCOMPARE(e.specifier, specifier);
    QCOMPARE(e.build, build);
}

static void write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

void TestRequirements::freezeFile()
{
    QTemporaryDir dir;
    // CRLF endings, a continuation line with hashes, pip's editable note, a duplicate and chatter.
    write(dir.filePath("freeze.txt"), "# generated by pip freeze\r\n"
                                      "numpy==1.26.4\r\n"
                                      "pandas==2.2.1 \\\r\n"
                                      "    --hash=sha256:aaaa \\\r\n"
                                      "    --hash=sha256:bbbb\r\n"
                                      "# Editable install with no version control (churnlib==0.1.0)\r\n"
                                      "-e /Users/ana/src/churnlib\r\n"
                                      "Obtaining dependency information\r\n"
                                      "NumPy==1.26.4\r\n"
                                      "torch==2.4.1+cu118\r\n");
    const Environment env = readEnvironmentFile(dir.filePath("freeze.txt"), "development");
    QCOMPARE(env.format, QStringLiteral("requirements"));
    QVERIFY(!env.failed);
    QCOMPARE(env.packages.size(), 4);
    QCOMPARE(env.packages[1].normalized, QStringLiteral("pandas"));
    QCOMPARE(env.packages[1].version, QStringLiteral("2.2.1"));
    QCOMPARE(env.packages[1].line, 3);
    const PackageEntry &editable = env.packages[2];
    QCOMPARE(editable.normalized, QStringLiteral("churnlib"));
    QCOMPARE(editable.version, QStringLiteral("0.1.0"));
    QCOMPARE(editable.source, PackageEntry::Source::Editable);
    QCOMPARE(editable.line, 7);
    QCOMPARE(env.packages[3].version, QStringLiteral("2.4.1+cu118"));
    QCOMPARE(env.diagnostics.size(), 2); // the chatter line and the duplicate numpy
    QCOMPARE(env.diagnostics[0].line, 8);
    QCOMPARE(env.diagnostics[0].file, QStringLiteral("freeze.txt"));
    QVERIFY(env.diagnostics[1].message.contains("listed again"));
    QCOMPARE(env.diagnostics[1].line, 9);
}

void TestRequirements::includes()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath("env/common"));
    QVERIFY(QDir(dir.path()).mkpath("lib/mylib"));
    write(dir.filePath("env/requirements.txt"), "-r common/base.txt\nscikit-learn==1.4.0\n-e ../lib/mylib\n");
    write(dir.filePath("env/common/base.txt"), "numpy==1.26.4\n--requirement ../extra.txt\n");
    write(dir.filePath("env/extra.txt"), "scipy==1.12.0\n");
    ReadOptions options;
    options.root = dir.path();
    const Environment env = readEnvironmentFile(dir.filePath("env/requirements.txt"), "reference", options);
    QVERIFY2(env.diagnostics.isEmpty(), qPrintable(env.diagnostics.value(0).toString()));
    QStringList names;
    for (const PackageEntry &p : env.packages)
        names.append(p.normalized + QLatin1Char('@') + p.file);
    QCOMPARE(names, QStringList({"numpy@env/common/base.txt", "scipy@env/extra.txt",
                                 "scikit-learn@env/requirements.txt", "mylib@env/requirements.txt"}));
}

void TestRequirements::captureHeader()
{
    QTemporaryDir dir;
    write(dir.filePath("laptop.txt"),
          "# pip freeze, Python 3.11.9 (CPython) on macOS 14.6.1 arm64, ana-mbp.local, 2026-11-19\n"
          "numpy==2.1.3\n# pip freeze, Python 2.7 (PyPy) on Nowhere 1 x, y, z\n");
    const Environment env = readEnvironmentFile(dir.filePath("laptop.txt"), "development");
    QCOMPARE(env.pythonVersion, QStringLiteral("3.11.9"));
    QCOMPARE(env.pythonImplementation, QStringLiteral("CPython"));
    QCOMPARE(env.osName, QStringLiteral("macOS"));
    QCOMPARE(env.osVersion, QStringLiteral("14.6.1"));
    QCOMPARE(env.architecture, QStringLiteral("arm64"));
    QCOMPARE(env.host, QStringLiteral("ana-mbp.local"));
    QCOMPARE(env.packages.size(), 1);
    QVERIFY(env.diagnostics.isEmpty());
}

void TestRequirements::manyProblemsCapped_data()
{
    QTest::addColumn<QByteArray>("line"); // repeated `count` times after "numpy==1.0"
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("listed");        // diagnostics listed one by one
    QTest::addColumn<QString>("notListed"); // the closing count, or empty for none
    QTest::newRow("999 duplicates") << QByteArray("numpy==1.0") << 999 << 999 << QString();
    QTest::newRow("1000 duplicates") << QByteArray("numpy==1.0") << 1000 << 1000 << QString();
    QTest::newRow("1001 duplicates") << QByteArray("numpy==1.0") << 1001 << 1000 << "1 more problem";
    QTest::newRow("1500 duplicates") << QByteArray("NumPy==2.0") << 1500 << 1000 << "500 more problem";
    QTest::newRow("1200 bad lines") << QByteArray("numpy ((( 1") << 1200 << 1000 << "200 more problem";
}

void TestRequirements::manyProblemsCapped()
{
    QFETCH(QByteArray, line);
    QFETCH(int, count);
    QFETCH(int, listed);
    QFETCH(QString, notListed);
    QTemporaryDir dir;
    QByteArray data = "numpy==1.0\n";
    for (int i = 0; i < count; ++i)
        data += line + '\n';
    write(dir.filePath("freeze.txt"), data);
    const Environment env = readEnvironmentFile(dir.filePath("freeze.txt"), "development");
    QCOMPARE(env.packages.size(), 1);
    QCOMPARE(env.packages[0].version, QStringLiteral("1.0")); // the first entry wins
    QCOMPARE(env.diagnostics.size(), listed + (notListed.isEmpty() ? 0 : 1));
    QCOMPARE(env.diagnostics[listed - 1].line, listed + 1); // the listed ones are the first ones
    if (!notListed.isEmpty()) {
        const mr::Diagnostic &last = env.diagnostics.last();
        QVERIFY2(last.message.startsWith(notListed), qPrintable(last.message));
        QCOMPARE(last.file, QStringLiteral("freeze.txt"));
    }
}

void TestRequirements::decodedLines_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<int>("diagnostics");
    QTest::newRow("LF, CRLF and CR") << QByteArray("a\nb\r\nc\rd") << QStringList{"a", "b", "c", "d"} << 0;
    QTest::newRow("empty lines kept") << QByteArray("\n\r\n\nx\n") << QStringList{"", "", "", "x"} << 0;
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBFnumpy==1\n") << QStringList{"numpy==1"} << 0;
    QTest::newRow("UTF-8 beside ASCII") << QByteArray("caf\xC3\xA9==1\nx==2\n")
                                        << QStringList{QString::fromUtf8("caf\xC3\xA9==1"), "x==2"} << 0;
    QTest::newRow("invalid UTF-8 read as Latin-1") << QByteArray("a\xFF"
                                                                 "b\nok\n")
                                                   << QStringList{QString::fromLatin1("a\xFF"
                                                                                      "b"),
                                                                  "ok"}
                                                   << 1;
    QTest::newRow("UTF-16LE with BOM") << QByteArray("\xFF\xFEx\0\n\0y\0", 8) << QStringList{"x", "y"} << 0;
    QTest::newRow("no text") << QByteArray() << QStringList{} << 0;
}

void TestRequirements::decodedLines()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, lines);
    QFETCH(int, diagnostics);
    mr::Diagnostics found;
    TextLines text;
    decodeLines(data, "f.txt", &found, &text);
    QStringList got;
    for (QStringView line : std::as_const(text.lines))
        got.append(line.toString());
    QCOMPARE(got, lines);
    QCOMPARE(found.size(), diagnostics);
    found.clear();
    QCOMPARE(decodeLines(data, "f.txt", &found), lines); // the QStringList form agrees
    QCOMPARE(found.size(), diagnostics);
}

QTEST_GUILESS_MAIN(TestRequirements)
#include "tst_requirements.moc"
