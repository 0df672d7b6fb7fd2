// SPDX-License-Identifier: Apache-2.0
#include "app/cli/commands.h"
#include "datasetfixture.h"

#include <QCoreApplication>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <unistd.h>

// Captures what runVerify writes to stdout.
class StdoutCapture
{
public:
    StdoutCapture()
    {
        std::fflush(stdout);
        m_saved = ::dup(1);
        m_file = std::tmpfile();
        ::dup2(::fileno(m_file), 1);
    }
    QByteArray finish()
    {
        std::fflush(stdout);
        ::dup2(m_saved, 1);
        ::close(m_saved);
        std::rewind(m_file);
        QByteArray out;
        char buf[4096];
        size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, m_file)) > 0)
            out.append(buf, qsizetype(n));
        std::fclose(m_file);
        return out;
    }

private:
    int m_saved = -1;
    std::FILE *m_file = nullptr;
};

class TestVerifyCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void json();
};

void TestVerifyCli::exitCodes_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<int>("expected");
    QTest::newRow("mismatch and missing") << "problems" << 1;
    QTest::newRow("all ok") << "clean" << 0;
    QTest::newRow("no data root") << "noroot" << 1;
    QTest::newRow("unreadable package") << "broken" << 2;
    QTest::newRow("bad jobs") << "badjobs" << 2;
}

void TestVerifyCli::exitCodes()
{
    QFETCH(QString, variant);
    QFETCH(int, expected);
    QTemporaryDir dir;
    const mr::Package p = mr::testing::writeDatasetPackage(dir, 12);
    mr::testing::writePackageFile(dir, variant != "noroot");
    if (variant == "clean") {
        // Repair the tree: rewrite the manifest from what is on disk.
        QByteArray manifest;
        QDir root(p.dataset.rootPath);
        for (const QString &sub : {QStringLiteral("test"), QStringLiteral("train")})
            for (const QString &f : QDir(root.filePath(sub)).entryList(QDir::Files)) {
                QFile file(root.filePath(sub + "/" + f));
                QVERIFY(file.open(QIODevice::ReadOnly));
                manifest += mr::testing::manifestLine(sub + "/" + f, file.readAll(), "train");
            }
        manifest += mr::testing::manifestLine("stray/unlisted.bin", "who put this here", "train");
        mr::testing::writeFile(p.dataset.manifestPath, manifest);
    }
    if (variant == "broken")
        mr::testing::writeFile(dir.filePath("model-package.json"), "{ not json");
    QStringList args{dir.path()};
    if (variant == "badjobs")
        args << "--jobs"
             << "zero";
    else
        args << "--jobs"
             << "3";
    StdoutCapture capture;
    const int code = mr::cli::runVerify(args);
    const QByteArray out = capture.finish();
    QCOMPARE(code, expected);
    if (variant == "problems") {
        QVERIFY2(out.contains("mismatch"), out.constData());
        QVERIFY(out.contains("test/part-004.csv"));
        QVERIFY(out.contains("FAILED"));
    } else if (variant == "clean") {
        QVERIFY2(out.contains("all ok"), out.constData());
    }
}

void TestVerifyCli::json()
{
    QTemporaryDir dir;
    mr::testing::writeDatasetPackage(dir, 12);
    mr::testing::writePackageFile(dir);
    StdoutCapture capture;
    const int code = mr::cli::runVerify({dir.path(), "--json"});
    const QByteArray out = capture.finish();
    QCOMPARE(code, 1);
    const auto j = nlohmann::json::parse(out.toStdString());
    const auto &v = j["dataset"]["verification"];
    QCOMPARE(v["totals"]["mismatch"].get<int>(), 1);
    QCOMPARE(v["totals"]["missing"].get<int>(), 1);
    QCOMPARE(v["totals"]["ok"].get<int>(), 10);
    QCOMPARE(v["totals"]["unlisted"].get<int>(), 1);
    QCOMPARE(v["artifacts"][0]["status"].get<std::string>(), std::string("ok"));
    QCOMPARE(j["dataset"]["baseline"]["totals"]["renamed"].get<int>(), 1);
    QCOMPARE(j["ok"].get<bool>(), false);
    bool sawMissing = false;
    for (const auto &f : j["findings"])
        sawMissing |= f["rule"].get<std::string>() == "dataset.missing" ||
                      f.dump().find("dataset.missing") != std::string::npos;
    QVERIFY(sawMissing);
}

QTEST_GUILESS_MAIN(TestVerifyCli)
#include "tst_verifycli.moc"
