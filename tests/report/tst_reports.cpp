// SPDX-License-Identifier: Apache-2.0
#include "models/package/loader.h"
#include "models/report/jsonreport.h"
#include "models/report/reportexport.h"
#include "reportfixture.h"

#include <QPainter>
#include <QRegularExpression>
#include <QTest>

using namespace mr;
using namespace mr::review;
using namespace mr::report;

// Report contents in every format, escaping of hostile text, no external resources.
class TestReports : public QObject
{
    Q_OBJECT

    PackageFixture m_fixture;
    Analysis m_analysis;
    ReviewDocument m_review;
    const QString hostile = QStringLiteral("<script>alert(1)</script>");

    static QString readText(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const LoadResult loaded = loadPackageSync(m_fixture.root);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
        m_analysis = analyze(loaded.package);
        QVERIFY2(m_analysis.digest.ok, qPrintable(m_analysis.digest.error.toString()));
        // A section with a figure, to check images are inlined.
        SectionReport figure;
        figure.id = QStringLiteral("results");
        figure.title = QStringLiteral("Results");
        figure.json = {{"metrics", 1}};
        figure.markdown = QStringLiteral("| metric | value |\n|---|---|\n| auc | 0.91 |");
        figure.html = QStringLiteral("<p>section body</p>");
        figure.image = QImage(40, 20, QImage::Format_RGB32);
        figure.image.fill(Qt::red);
        m_analysis.sections.removeIf([](const SectionReport &s) { return s.id == QLatin1String("results"); });
        m_analysis.sections << figure;

        const Person ada{QStringLiteral("Ada <admin>"), QStringLiteral("ada@example.org")};
        m_review.reviewers << ada;
        Comment code;
        code.id = QStringLiteral("c-code");
        code.author = ada;
        code.time = QDateTime::currentDateTimeUtc();
        code.body = hostile + QStringLiteral("\nsecond line with `ticks` and *stars*");
        code.kind = Comment::Kind::Blocker;
        code.quoted = QStringLiteral("def train():\n    x = \"```\"\n    return x < 2");
        code.anchor = Anchor::codeLines(QStringLiteral("src/train.py"), Anchor::Side::New, 4, 6,
                                        Anchor::fingerprintOf(code.quoted.split(QLatin1Char('\n'))));
        code.fingerprint = code.anchor.fingerprint;
        code.replies << Reply{QStringLiteral("r1"), ada, code.time, QStringLiteral("reply <i>here</i>")};
        Comment metric;
        metric.id = QStringLiteral("c-metric");
        metric.author = ada;
        metric.body = QStringLiteral("fine");
        metric.state = Comment::State::Resolved;
        metric.resolvedBy = ada;
        metric.anchor = Anchor::metric(QStringLiteral("auc"));
        m_review.comments << code << metric;
        m_review.decisions << Decision{Decision::Verdict::RequestChanges,
                                       QStringLiteral("because <b>leak</b>"), QDateTime::currentDateTimeUtc(),
                                       ada, QStringLiteral("sha256:old")};
        m_review.checklist[QStringLiteral("code_read")].ticked = true;
    }

    void json()
    {
        ReportOptions options;
        options.reviewPath = QStringLiteral("/x/pkg.review.json");
        const nlohmann::ordered_json j = jsonDocument(m_analysis, &m_review, options);
        QStringList keys;
        for (auto it = j.begin(); it != j.end(); ++it)
            keys << QString::fromStdString(it.key());
        QCOMPARE(keys.mid(0, 6),
                 (QStringList{"format", "generated", "package", "sections", "policy", "findings"}));
        QCOMPARE(keys.last(), QStringLiteral("review"));
        QVERIFY(keys.contains(QStringLiteral("results")));
        QCOMPARE(j["package"]["name"].get<std::string>(), std::string("churn <b>model</b>"));
        QCOMPARE(j["package"]["digest"].get<std::string>(), m_analysis.digest.digest.toStdString());
        const auto &review = j["review"];
        QCOMPARE(review["status"]["result"].get<std::string>(), std::string("changes_requested"));
        QVERIFY(review["decision"]["stale"].get<bool>());
        QCOMPARE(review["decision"]["reason"].get<std::string>(), std::string("because <b>leak</b>"));
        QCOMPARE(review["comments"].size(), size_t(2));
        QCOMPARE(review["comments"][0]["body"].get<std::string>(), m_review.comments[0].body.toStdString());
        QCOMPARE(review["comments"][0]["content"]["source"].get<std::string>(), std::string("quoted"));
        QCOMPARE(review["comments"][0]["anchor"]["kind"].get<std::string>(), std::string("code"));
        QCOMPARE(review["counts"]["open_blockers"].get<int>(), 1);
        QVERIFY(review["checklist"]["code_read"]["ticked"].get<bool>());
        bool blockerFinding = false, staleFinding = false;
        for (const auto &f : j["findings"]) {
            blockerFinding |= f["rule"] == "review.open-blocker";
            staleFinding |= f["rule"] == "review.stale-decision";
        }
        QVERIFY(blockerFinding);
        QVERIFY(staleFinding);
        // Without a review (inspect --json): review is null, no review findings.
        const auto bare = jsonDocument(m_analysis, nullptr);
        QVERIFY(bare["review"].is_null());
        for (const auto &f : bare["findings"])
            QVERIFY(f["pane"] != "review");
    }

    void htmlEscapesAndIsSelfContained()
    {
        const QString html = htmlReport(m_analysis, &m_review);
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(html.contains(QStringLiteral("churn &lt;b&gt;model&lt;/b&gt;")));
        QVERIFY(html.contains(QStringLiteral("Eve &lt;eve@evil&gt;")));
        QVERIFY(html.contains(QStringLiteral("reply &lt;i&gt;here&lt;/i&gt;")));
        QVERIFY(html.contains(QStringLiteral("because &lt;b&gt;leak&lt;/b&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("<b>model")));
        QVERIFY(!html.contains(QStringLiteral("<i>here")));
        // No external resource of any kind.
        static const QRegularExpression external(
            QStringLiteral("(src|href)\\s*=\\s*\"(?!data:)|@import|url\\("),
            QRegularExpression::CaseInsensitiveOption);
        QVERIFY(!html.contains(external));
        QVERIFY(html.contains(QStringLiteral("src=\"data:image/png;base64,")));
        QVERIFY(html.contains(QStringLiteral("Content-Security-Policy")));
        // Identity, decision, stale flag, checklist, anchored code, each section.
        QVERIFY(html.contains(m_analysis.digest.digest));
        QVERIFY(html.contains(QStringLiteral("Changes requested")));
        QVERIFY(html.contains(QStringLiteral("STALE")));
        QVERIFY(html.contains(QStringLiteral("&#9745;</td><td>Code read")));
        QVERIFY(html.contains(QStringLiteral("&#9744;</td><td>Dataset verified")));
        QVERIFY(html.contains(QStringLiteral("src/train.py:4-6 (new)")));
        QVERIFY(html.contains(QStringLiteral("return x &lt; 2")) || html.contains(QStringLiteral("&lt;")));
        QVERIFY(html.contains(QStringLiteral("<p>section body</p>")));
        QVERIFY(html.contains(QStringLiteral("open-blocker")));
    }

    void highlightHookAndCurrentContent()
    {
        ReportOptions options;
        QString seenPath;
        options.highlightHtml = [&seenPath](const QString &path, const QStringList &lines) {
            seenPath = path;
            return QStringLiteral("<mark>%1</mark>").arg(lines.join(QLatin1Char('\n')).toHtmlEscaped());
        };
        options.anchoredText = [](const Anchor &a) {
            return a.kind == Anchor::Kind::CodeLines ? QStringLiteral("def train():\n    return 3")
                                                     : QString();
        };
        const QString html = htmlReport(m_analysis, &m_review, options);
        QCOMPARE(seenPath, QStringLiteral("src/train.py"));
        QVERIFY(html.contains(QStringLiteral("<mark>def train():\n    return 3</mark>")));
        QVERIFY(html.contains(QStringLiteral("badge outdated")));
        const auto j = jsonDocument(m_analysis, &m_review, options);
        QVERIFY(j["review"]["comments"][0]["outdated"].get<bool>());
        QCOMPARE(j["review"]["comments"][0]["content"]["source"].get<std::string>(), std::string("current"));
        QVERIFY(!j["review"]["comments"][1]["outdated"].get<bool>());
    }

    void defaultCodeHighlighting()
    {
        const QString html = codeLinesHtml(QStringLiteral("a.py"), {QStringLiteral("x = \"<y>\"  # c")}, {});
        QVERIFY(html.contains(QStringLiteral("&lt;y&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<y>")));
#ifdef MODELREVIEW_HAVE_KSH
        QVERIFY2(html.contains(QStringLiteral("<span style=\"color:")), qPrintable(html));
#endif
    }

    void markdownEscapes()
    {
        const QString md = markdownReport(m_analysis, &m_review);
        QVERIFY(md.startsWith(QStringLiteral("# Review report: churn \\<b\\>model\\</b\\> 1.0.0")));
        QVERIFY(md.contains(QStringLiteral("> \\<script\\>alert(1)\\</script\\>")));
        QVERIFY(!md.contains(QStringLiteral("<script>alert(1)")));
        QVERIFY(md.contains(QStringLiteral("\\`ticks\\` and \\*stars\\*")));
        QVERIFY(md.contains(QStringLiteral("\\| pipe")));
        // The quoted code has a ``` inside: the fence must be longer.
        QVERIFY(md.contains(QStringLiteral("````python\ndef train():")));
        QVERIFY(md.contains(QStringLiteral("- [x] Code read")));
        QVERIFY(md.contains(QStringLiteral("- [ ] Results within tolerance")));
        QVERIFY(md.contains(QStringLiteral("**BLOCKER**")));
        QVERIFY(md.contains(QStringLiteral("**stale**")));
        QVERIFY(md.contains(m_analysis.digest.digest));
        QVERIFY(md.contains(QStringLiteral("| auc | 0.91 |")));
        QVERIFY(md.contains(QStringLiteral("### Results")));
        QVERIFY(md.contains(QStringLiteral("### Code")));
    }

    void writeEachFormat_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("starts");
        QTest::newRow("html") << QStringLiteral("html") << QByteArray("<!DOCTYPE html>");
        QTest::newRow("md") << QStringLiteral("md") << QByteArray("# Review report");
        QTest::newRow("markdown") << QStringLiteral("markdown") << QByteArray("# Review report");
        QTest::newRow("json") << QStringLiteral("json")
                              << QByteArray("{\n  \"format\": \"modelreview.report/v1\"");
        QTest::newRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF-");
    }
    void writeEachFormat()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, starts);
        Format format;
        QVERIFY(formatFromName(name, &format));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report") + formatSuffix(format));
        QString error;
        QVERIFY2(writeReport(format, m_analysis, &m_review, path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QVERIFY(data.startsWith(starts));
        if (format == Format::Pdf) {
            QVERIFY(data.size() > 2000);
            QVERIFY(data.trimmed().endsWith("%%EOF"));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
    }

    void unwritable()
    {
        QString error;
        QVERIFY(!writeReport(Format::Html, m_analysis, &m_review, QStringLiteral("/nonexistent/dir/r.html"),
                             &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/dir/r.html")));
        Format f;
        QVERIFY(!formatFromName(QStringLiteral("docx"), &f));
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
