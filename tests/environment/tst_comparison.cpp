// SPDX-License-Identifier: Apache-2.0
#include "models/environment/comparison.h"
#include "models/environment/environmentreport.h"
#include "models/environment/readers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace mr::environment;

Q_DECLARE_METATYPE(mr::environment::Change)
Q_DECLARE_METATYPE(mr::environment::Level)

namespace {

// About a hundred packages on each side. Expected rows, by construction:
//  57 identical pins + 3 spelling variants (PyYAML/pyyaml, typing_extensions, 1.16 vs 1.16.0)
//  + 1 identical non-PEP 440 version                                   -> 61 unchanged, none
//  upgraded: 7 major (5 + CalVer pytz, tzdata), 6 minor, 8 patch (7 + 4.38.0rc1 -> 4.38.0), 2 local
//  downgraded: 2 major, 3 minor, 4 patch, 1 local (+cu121 -> +cpu)
//  4 only in development, 3 only in reference, 3 unpinned, 2 incomparable  -> 106 rows
const char kDevelopment[] = "absl-py==1.0.0\naiohttp==2.1.1\naiosignal==3.2.2\n"
                            "annotated-types==4.3.0\nanyio==5.4.1\nappdirs==6.0.2\n"
                            "attrs==7.1.0\nblinker==1.2.1\ncachetools==2.3.2\n"
                            "certifi==3.4.0\ncharset-normalizer==4.0.1\nclick==5.1.2\n"
                            "cloudpickle==6.2.0\ncolorama==7.3.1\ncontourpy==1.4.2\n"
                            "cycler==2.0.0\ndecorator==3.1.1\ndill==4.2.2\n"
                            "distro==5.3.0\ndocutils==6.4.1\nfilelock==7.0.2\n"
                            "fonttools==1.1.0\nfrozenlist==2.2.1\nfsspec==3.3.2\n"
                            "gitdb==4.4.0\ngitpython==5.0.1\ngreenlet==6.1.2\n"
                            "h11==7.2.0\nhttpcore==1.3.1\nhttpx==2.4.2\n"
                            "idna==3.0.0\nimportlib-metadata==4.1.1\niniconfig==5.2.2\n"
                            "itsdangerous==6.3.0\njinja2==7.4.1\njoblib==1.0.2\n"
                            "jsonschema==2.1.0\nkiwisolver==3.2.1\nmarkdown==4.3.2\n"
                            "markupsafe==5.4.0\nmdurl==6.0.1\nmore-itertools==7.1.2\n"
                            "mpmath==1.2.0\nmultidict==2.3.1\nnetworkx==3.4.2\n"
                            "packaging==4.0.0\npathspec==5.1.1\npexpect==6.2.2\n"
                            "platformdirs==7.3.0\npluggy==1.4.1\nprompt-toolkit==2.0.2\n"
                            "psutil==3.1.0\nptyprocess==4.2.1\npyarrow==5.3.2\n"
                            "pycparser==6.4.0\npydantic==7.0.1\npydantic-core==1.1.2\n"
                            "PyYAML==6.0.1\ntyping_extensions==4.9.0\nsix==1.16\n"
                            "vendorlib==2.0-custom-build\ntorch==1.13.1\npandas==1.5.3\n"
                            "numpy==1.26.4\nprotobuf==3.20.3\nsqlalchemy==1.4.52\n"
                            "pytz==2023.3\ntzdata==2023.4\nscipy==1.11.4\n"
                            "matplotlib==3.7.5\nrequests-toolbelt==0.9.1\nrich==13.5.0\n"
                            "tqdm==4.65.0\nurllib3==2.0.7\nsetuptools==69.0.2\n"
                            "wheel==0.42.0\nregex==2023.12.25\npillow==10.2.0\n"
                            "lxml==5.1.0\nzipp==3.17.0\ntomli==2.0.0\n"
                            "transformers==4.38.0rc1\ntorchvision==0.19.1+cu118\ntorchaudio==2.4.1+cu118\n"
                            "scikit-learn==1.4.0\nxgboost==2.0.3\nlightgbm==4.3.0\n"
                            "statsmodels==0.14.1\nseaborn==0.13.2\njoblib-extra==1.3.2\n"
                            "threadpoolctl==3.3.1\nwrapt==1.16.1\nyarl==1.9.4\n"
                            "triton==2.3.1+cu121\njupyterlab==4.1.2\nipykernel==6.29.3\n"
                            "notebook==7.1.1\nblack==24.2.0\nrequests>=2.28\n"
                            "flask\nboto3>=1.26,<2\noddlib==1.0-beta-final\n"
                            "churnlib @ file:///Users/ana/src/churnlib\n";

const char kReference[] = "absl-py==1.0.0\naiohttp==2.1.1\naiosignal==3.2.2\n"
                          "annotated-types==4.3.0\nanyio==5.4.1\nappdirs==6.0.2\n"
                          "attrs==7.1.0\nblinker==1.2.1\ncachetools==2.3.2\n"
                          "certifi==3.4.0\ncharset-normalizer==4.0.1\nclick==5.1.2\n"
                          "cloudpickle==6.2.0\ncolorama==7.3.1\ncontourpy==1.4.2\n"
                          "cycler==2.0.0\ndecorator==3.1.1\ndill==4.2.2\n"
                          "distro==5.3.0\ndocutils==6.4.1\nfilelock==7.0.2\n"
                          "fonttools==1.1.0\nfrozenlist==2.2.1\nfsspec==3.3.2\n"
                          "gitdb==4.4.0\ngitpython==5.0.1\ngreenlet==6.1.2\n"
                          "h11==7.2.0\nhttpcore==1.3.1\nhttpx==2.4.2\n"
                          "idna==3.0.0\nimportlib-metadata==4.1.1\niniconfig==5.2.2\n"
                          "itsdangerous==6.3.0\njinja2==7.4.1\njoblib==1.0.2\n"
                          "jsonschema==2.1.0\nkiwisolver==3.2.1\nmarkdown==4.3.2\n"
                          "markupsafe==5.4.0\nmdurl==6.0.1\nmore-itertools==7.1.2\n"
                          "mpmath==1.2.0\nmultidict==2.3.1\nnetworkx==3.4.2\n"
                          "packaging==4.0.0\npathspec==5.1.1\npexpect==6.2.2\n"
                          "platformdirs==7.3.0\npluggy==1.4.1\nprompt-toolkit==2.0.2\n"
                          "psutil==3.1.0\nptyprocess==4.2.1\npyarrow==5.3.2\n"
                          "pycparser==6.4.0\npydantic==7.0.1\npydantic-core==1.1.2\n"
                          "pyyaml==6.0.1\ntyping-extensions==4.9.0\nsix==1.16.0\n"
                          "vendorlib==2.0-custom-build\ntorch==2.4.1\npandas==2.2.1\n"
                          "numpy==2.0.0\nprotobuf==4.25.3\nsqlalchemy==2.0.28\n"
                          "pytz==2024.1\ntzdata==2024.1\nscipy==1.12.0\n"
                          "matplotlib==3.8.3\nrequests-toolbelt==0.10.1\nrich==13.7.1\n"
                          "tqdm==4.66.2\nurllib3==2.2.1\nsetuptools==69.0.3\n"
                          "wheel==0.42.1\nregex==2023.12.26\npillow==10.2.1\n"
                          "lxml==5.1.1\nzipp==3.17.1\ntomli==2.0.1\n"
                          "transformers==4.38.0\ntorchvision==0.19.1+cu121\ntorchaudio==2.4.1+cu121\n"
                          "scikit-learn==0.24.2\nxgboost==1.7.6\nlightgbm==4.1.0\n"
                          "statsmodels==0.13.5\nseaborn==0.12.2\njoblib-extra==1.3.1\n"
                          "threadpoolctl==3.3.0\nwrapt==1.16.0\nyarl==1.9.3\n"
                          "triton==2.3.1+cpu\ngunicorn==21.2.0\nuvicorn==0.27.1\n"
                          "prometheus-client==0.20.0\nrequests==2.31.0\nflask==3.0.2\n"
                          "boto3>=1.34\noddlib==1.0-beta-final2\nchurnlib==0.1.0\n";

void write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void totals();
    void rows_data();
    void rows();
    void platform();
    void matrix();
    void findings();
    void sectionReport();

private:
    QTemporaryDir m_dir;
    Environment m_dev, m_ref;
    Comparison m_comparison;
};

void TestComparison::initTestCase()
{
    write(m_dir.filePath("development.txt"), kDevelopment);
    write(m_dir.filePath("reference.txt"), kReference);
    m_dev = readEnvironmentFile(m_dir.filePath("development.txt"), "development");
    m_ref = readEnvironmentFile(m_dir.filePath("reference.txt"), "reference");
    QCOMPARE(m_dev.packages.size(), 103);
    QCOMPARE(m_ref.packages.size(), 102);
    QVERIFY(m_dev.diagnostics.isEmpty());
    m_comparison = compareEnvironments(m_dev, m_ref);
}

void TestComparison::totals()
{
    QCOMPARE(m_comparison.rows.size(), 106);
    QCOMPARE(m_comparison.pair(), QStringLiteral("development..reference"));
    QCOMPARE(m_comparison.count(Change::Unchanged), 61);
    QCOMPARE(m_comparison.count(Change::Upgraded), 23);
    QCOMPARE(m_comparison.count(Change::Downgraded), 10);
    QCOMPARE(m_comparison.count(Change::OnlyInDevelopment), 4);
    QCOMPARE(m_comparison.count(Change::OnlyInReference), 3);
    QCOMPARE(m_comparison.count(Change::Unpinned), 3);
    QCOMPARE(m_comparison.count(Change::Incomparable), 2);
    QCOMPARE(m_comparison.count(Level::Major), 9);
    QCOMPARE(m_comparison.count(Level::Minor), 9);
    QCOMPARE(m_comparison.count(Level::Patch), 12);
    QCOMPARE(m_comparison.count(Level::Local), 3);
    QCOMPARE(m_comparison.count(Level::None), 73);
}

void TestComparison::rows_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("development");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<Change>("change");
    QTest::addColumn<Level>("level");
    QTest::addColumn<bool>("flagged");
    QTest::newRow("normalised name") << "pyyaml"
                                     << "6.0.1"
                                     << "6.0.1" << Change::Unchanged << Level::None << false;
    QTest::newRow("trailing zero") << "six"
                                   << "1.16"
                                   << "1.16.0" << Change::Unchanged << Level::None << false;
    QTest::newRow("major") << "torch"
                           << "1.13.1"
                           << "2.4.1" << Change::Upgraded << Level::Major << false;
    QTest::newRow("calver") << "pytz"
                            << "2023.3"
                            << "2024.1" << Change::Upgraded << Level::Major << false;
    QTest::newRow("pre-release") << "transformers"
                                 << "4.38.0rc1"
                                 << "4.38.0" << Change::Upgraded << Level::Patch << false;
    QTest::newRow("local") << "torchvision"
                           << "0.19.1+cu118"
                           << "0.19.1+cu121" << Change::Upgraded << Level::Local << false;
    QTest::newRow("local down") << "triton"
                                << "2.3.1+cu121"
                                << "2.3.1+cpu" << Change::Downgraded << Level::Local << false;
    QTest::newRow("minor down") << "lightgbm"
                                << "4.3.0"
                                << "4.1.0" << Change::Downgraded << Level::Minor << false;
    QTest::newRow("only dev") << "jupyterlab"
                              << "4.1.2"
                              << "" << Change::OnlyInDevelopment << Level::None << false;
    QTest::newRow("only ref") << "gunicorn"
                              << ""
                              << "21.2.0" << Change::OnlyInReference << Level::None << false;
    QTest::newRow("unpinned") << "flask"
                              << "any"
                              << "3.0.2" << Change::Unpinned << Level::None << false;
    QTest::newRow("range") << "boto3"
                           << ">=1.26,<2"
                           << ">=1.34" << Change::Unpinned << Level::None << false;
    QTest::newRow("text differs") << "oddlib"
                                  << "1.0-beta-final"
                                  << "1.0-beta-final2" << Change::Incomparable << Level::None << true;
    QTest::newRow("text same") << "vendorlib"
                               << "2.0-custom-build"
                               << "2.0-custom-build" << Change::Unchanged << Level::None << true;
    QTest::newRow("url against version") << "churnlib"
                                         << "file:///Users/ana/src/churnlib"
                                         << "0.1.0" << Change::Incomparable << Level::None << false;
}

void TestComparison::rows()
{
    QFETCH(QString, key);
    QFETCH(QString, development);
    QFETCH(QString, reference);
    QFETCH(Change, change);
    QFETCH(Level, level);
    QFETCH(bool, flagged);
    const int i = m_comparison.indexOf(key);
    QVERIFY(i >= 0);
    const ComparisonRow &r = m_comparison.rows[i];
    QCOMPARE(r.development, development);
    QCOMPARE(r.reference, reference);
    QCOMPARE(changeName(r.change), changeName(change));
    QCOMPARE(levelName(r.level), levelName(level));
    QCOMPARE(r.textCompared, flagged);
}

void TestComparison::platform()
{
    Environment dev, ref;
    dev.name = "laptop";
    ref.name = "prod";
    dev.osName = "macOS";
    dev.osVersion = "14.4";
    ref.osName = "Debian GNU/Linux";
    ref.osVersion = "12";
    dev.architecture = "arm64";
    ref.architecture = "x86_64";
    dev.pythonVersion = "3.10.12";
    ref.pythonVersion = "3.11.2";
    ref.cuda = "12.1";
    dev.variables.insert("PYTHONHASHSEED", "0");
    ref.variables.insert("PYTHONHASHSEED", "0");
    ref.variables.insert("OMP_NUM_THREADS", "8");
    const Comparison c = compareEnvironments(dev, ref);
    QStringList keys;
    for (const ComparisonRow &r : c.rows) {
        QCOMPARE(r.kind, ComparisonRow::Kind::Platform);
        keys.append(r.key + QLatin1Char('=') + changeName(r.change) + QLatin1Char('/') + levelName(r.level));
    }
    QCOMPARE(keys, QStringList({"platform:os=incomparable/none", "platform:architecture=incomparable/none",
                                "platform:python=upgraded/minor", "platform:cuda=only_in_reference/none",
                                "platform:env:OMP_NUM_THREADS=only_in_reference/none",
                                "platform:env:PYTHONHASHSEED=unchanged/none"}));
    QCOMPARE(c.pair(), QStringLiteral("laptop..prod"));
}

void TestComparison::matrix()
{
    Environment third;
    third.name = "ci";
    PackageEntry p;
    p.name = "Torch";
    p.normalized = "torch";
    p.version = "2.3.0";
    third.packages.append(p);
    third.pythonVersion = "3.11.2";
    const Matrix m = buildMatrix({m_dev, m_ref, third});
    QCOMPARE(m.environments, QStringList({"development", "reference", "ci"}));
    QCOMPARE(m.keys.first(), QStringLiteral("platform:python"));
    QCOMPARE(m.keys.size(), 107);
    const int torch = int(m.keys.indexOf("torch"));
    QCOMPARE(m.values[torch], QStringList({"1.13.1", "2.4.1", "2.3.0"}));
    QVERIFY(m.differs(torch));
    const int attrs = int(m.keys.indexOf("attrs"));
    QCOMPARE(m.values[attrs][2], QString());
    QVERIFY(m.differs(attrs));
}

void TestComparison::findings()
{
    LoadedEnvironments loaded;
    loaded.environments = {m_dev, m_ref};
    loaded.development = "development";
    loaded.reference = "reference";
    loaded.imports.ok = true;
    loaded.imports.imports = {{"sklearn", "train.py", 3},
                              {"jupyterlab", "nb.py", 1},
                              {"cv2", "vision.py", 2},
                              {"yaml", "cfg.py", 1}};
    const mr::Findings f = environmentFindings(loaded, m_comparison);
    QMap<QString, QStringList> byRule;
    for (const mr::Finding &x : f) {
        QCOMPARE(x.pane, QStringLiteral("environment"));
        byRule[x.ruleId].append(x.item.path);
        if (!x.item.path.isEmpty())
            QCOMPARE(x.item.environmentPair, QStringLiteral("development..reference"));
    }
    QCOMPARE(byRule.value("environment.local-path"), QStringList{"churnlib"});
    QCOMPARE(byRule.value("environment.unpinned").size(), 4); // requests, flask, boto3 twice
    QCOMPARE(byRule.value("environment.version-unparseable").size(), 2);
    // sklearn is scikit-learn (in both), jupyterlab only in development, cv2 in neither, yaml is pyyaml.
    QCOMPARE(byRule.value("environment.import-missing"), QStringList{"jupyterlab"});
    QCOMPARE(byRule.value("environment.import-unresolved"), QStringList{"opencv-python"});
    QVERIFY(!byRule.contains("environment.python-minor"));
    QCOMPARE(f.first().severity, mr::Finding::Severity::Error);
}

void TestComparison::sectionReport()
{
    mr::Package package;
    package.rootPath = m_dir.path();
    package.name = "churn";
    package.environments.provided = true;
    package.environments.files = {{"development", "development.txt", m_dir.filePath("development.txt")},
                                  {"reference", "reference.txt", m_dir.filePath("reference.txt")},
                                  {"ci", "missing.txt", m_dir.filePath("missing.txt")}};
    const mr::SectionReport report = buildSectionReport(package);
    QCOMPARE(report.id, QStringLiteral("environments"));
    const auto &j = report.json;
    QCOMPARE(j.at("rows").size(), 106u);
    QCOMPARE(j.at("totals").at("change").at("upgraded").get<int>(), 23);
    QCOMPARE(j.at("totals").at("level").at("major").get<int>(), 9);
    QCOMPARE(j.at("totals").at("change").size(), 7u);
    for (const auto &row : j.at("rows"))
        for (const char *key : {"name", "development", "reference", "change", "level"})
            QVERIFY(row.contains(key));
    QCOMPARE(j.at("environments").size(), 3u);
    QVERIFY(j.at("environments").at(2).at("failed").get<bool>());
    // People read labels; the JSON keeps the tokens.
    QVERIFY(report.markdown.contains("| torch | 1.13.1 | 2.4.1 | Upgraded | Major |"));
    QVERIFY(!report.markdown.contains("| attrs |"));
    QVERIFY(report.markdown.contains("Only in development 4"));
    QVERIFY(!report.markdown.contains("only\\_in") && !report.html.contains("only_in"));
    QVERIFY(report.html.contains("<td>file:///Users/ana/src/churnlib</td>"));
    QVERIFY(report.html.contains("<td>&gt;=1.26,&lt;2</td>"));
    QStringList unreadable;
    for (const auto &f : report.findings)
        if (f.ruleId == QLatin1String("environment.unreadable")) {
            unreadable.append(f.message);
            QCOMPARE(f.severity, mr::Finding::Severity::Warning); // not in the default pair
        }
    QCOMPARE(unreadable.size(), 1);
    QVERIFY2(unreadable.first().contains("missing.txt") && unreadable.first().contains("file not found"),
             qPrintable(unreadable.first()));
}

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
