// SPDX-License-Identifier: Apache-2.0
// The PDF report rendered to pages with poppler (pdftoppm, pdfinfo, pdftotext): page count,
// content inside the margins, tables at the full text width, no word broken, human labels.
// Skipped, saying why, when poppler-utils is not installed.
#include "models/package/loader.h"
#include "models/report/reportexport.h"
#include "models/report/sessionanalysis.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mr;
using namespace mr::review;
using namespace mr::report;

namespace {

QString run(const QString &program, const QStringList &args, bool *ok)
{
    QProcess p;
    p.start(program, args);
    *ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The bounding box of the non-white pixels of a page image.
QRect inkBox(const QImage &page)
{
    int left = page.width(), right = -1, top = page.height(), bottom = -1;
    for (int y = 0; y < page.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(page.constScanLine(y));
        for (int x = 0; x < page.width(); ++x) {
            if (qGray(line[x]) < 235) {
                left = qMin(left, x);
                right = qMax(right, x);
                top = qMin(top, y);
                bottom = qMax(bottom, y);
            }
        }
    }
    return right < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT
    QString m_pdftoppm, m_pdfinfo, m_pdftotext;
    QTemporaryDir m_dir;
    QString m_pdf;
    QString m_html; // the same report as HTML: what the PDF's text must show

private Q_SLOTS:
    void initTestCase()
    {
        m_pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        m_pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (m_pdftoppm.isEmpty() || m_pdfinfo.isEmpty() || m_pdftotext.isEmpty())
            QSKIP("poppler-utils (pdftoppm, pdfinfo, pdftotext) is not installed: the PDF pages cannot be "
                  "checked");
        const QString example = QStringLiteral(MR_EXAMPLE_DIR);
        QVERIFY2(QFile::exists(example + QStringLiteral("/model-package.json")), qPrintable(example));
        const LoadResult loaded = loadPackageSync(example);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));

        session::SessionState state;
        state.package = loaded.package;
        const Analysis analysis = analyzeSessionSync(state, DigestResult());
        QVERIFY(analysis.digest.ok);

        ReviewDocument review;
        const Person ada{QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.org")};
        review.reviewers << ada;
        Comment c;
        c.id = QStringLiteral("c1");
        c.author = ada;
        c.time = QDateTime::currentDateTimeUtc();
        c.kind = Comment::Kind::Issue;
        c.body = QStringLiteral("The split is done **in-process**; see `split.py`.\n\n- one\n- two");
        c.anchor = Anchor::codeLines(QStringLiteral("src/train.py"), Anchor::Side::New, 12, 13, QString());
        review.comments << c;
        ReportOptions options;
        QStringList file;
        for (int i = 1; i <= 40; ++i)
            file << QStringLiteral("line_%1 = compute(%1)").arg(i);
        options.codeFileLines = [file](const Anchor &) { return file; };
        m_pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY2(writeReport(Format::Pdf, analysis, &review, m_pdf, &error, options), qPrintable(error));
        m_html = htmlReport(analysis, &review, options);
        if (qEnvironmentVariableIsSet("MR_SCREENSHOT_DIR"))
            QFile::copy(m_pdf, qEnvironmentVariable("MR_SCREENSHOT_DIR") + QStringLiteral("/report.pdf"));
    }

    void pageCount()
    {
        bool ok = false;
        const QString info = run(m_pdfinfo, {m_pdf}, &ok);
        QVERIFY2(ok, qPrintable(info));
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY(m.hasMatch());
        const int pages = m.captured(1).toInt();
        qInfo("PDF pages: %d", pages);
        QVERIFY(pages >= 2);
        // Tables at 55% width made 9 pages of the example before; at full width the same content
        // and the session, the code context and a comment take 8.
        QVERIFY2(pages <= 8, "tables at full width keep the example's report short");
        QVERIFY(info.contains(QStringLiteral("595 x 842"))); // A4 in points
    }

    void contentInsideMarginsAtFullWidth()
    {
        bool ok = false;
        const QString prefix = m_dir.filePath(QStringLiteral("page"));
        run(m_pdftoppm, {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"), m_pdf, prefix},
            &ok);
        QVERIFY(ok);
        const QStringList pages =
            QDir(m_dir.path()).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
        QVERIFY(!pages.isEmpty());
        int widest = 0;
        int pageWidth = 0;
        for (const QString &name : pages) {
            const QImage page = QImage(m_dir.filePath(name)).convertToFormat(QImage::Format_RGB32);
            QVERIFY(!page.isNull());
            pageWidth = page.width();
            // QTextDocument::print keeps 2 cm margins: 2/21 of the A4 width on each side.
            const int margin = page.width() * 2 / 21;
            const QRect ink = inkBox(page);
            if (ink.isNull())
                continue;
            qInfo("%s: ink x %d..%d of %d (margins %d)", qPrintable(name), ink.left(), ink.right(),
                  page.width(), margin);
            QVERIFY2(ink.left() >= margin - 3, qPrintable(name));
            QVERIFY2(ink.right() <= page.width() - margin + 3, qPrintable(name)); // the chart too
            widest = qMax(widest, ink.width());
        }
        const int text = pageWidth - 2 * (pageWidth * 2 / 21);
        QVERIFY2(widest >= text * 90 / 100,
                 qPrintable(QStringLiteral("widest content %1 of %2").arg(widest).arg(text)));
    }

    void textReadsWell()
    {
        bool ok = false;
        const QString text = run(m_pdftotext, {QStringLiteral("-layout"), m_pdf, QStringLiteral("-")}, &ok);
        QVERIFY(ok);
        // Human labels, never tokens.
        QVERIFY2(!text.contains(QStringLiteral("only_in_")), "raw enum tokens in the PDF");
        QVERIFY(!text.contains(QStringLiteral("within_tolerance")));
        // Markdown rendered: no raw markers.
        QVERIFY(text.contains(QStringLiteral("in-process")));
        QVERIFY(!text.contains(QStringLiteral("**in-process**")));
        // The code context around the commented lines, numbered.
        QVERIFY(text.contains(QStringLiteral("line_9 = compute(9)")));
        QVERIFY(text.contains(QStringLiteral("line_16 = compute(16)")));
        QVERIFY(!text.contains(QStringLiteral("line_17 = compute(17)")));
        // No word broken across lines in the tables' headers.
        QVERIFY(!QRegularExpression(QStringLiteral("Toleran\\s+ce|Sever\\s+ity|Mess\\s+age"))
                     .match(text)
                     .hasMatch());
    }

    // Qt breaks lines after the separator of "0.7667" or "1.5.2" (a narrow Rerun column showed
    // "0." above "7667"): every number of the report, in tables and text alike, is whole on one
    // line of the PDF.
    void numbersNeverBroken()
    {
        bool ok = false;
        // -raw: the text in the order it was drawn, so a number broken across lines is split.
        const QString text = run(m_pdftotext, {QStringLiteral("-raw"), m_pdf, QStringLiteral("-")}, &ok);
        QVERIFY(ok);
        QString html = m_html;
        html.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" "));
        QSet<QString> numbers;
        static const QRegularExpression number(QStringLiteral("(?<![\\w.,])\\d+(?:[.,]\\d+)+(?![\\w])"));
        for (auto it = number.globalMatch(html); it.hasNext();)
            numbers.insert(it.next().captured());
        // The example's metrics and versions: rerun values, differences, tolerances, packages.
        QVERIFY2(numbers.size() >= 40, qPrintable(QString::number(numbers.size())));
        QVERIFY(numbers.contains(QStringLiteral("0.7667")));
        QStringList broken;
        for (const QString &n : std::as_const(numbers)) {
            if (!text.contains(n))
                broken << n;
        }
        broken.sort();
        QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("numbers broken across lines in the PDF: ") +
                                              broken.join(QStringLiteral(", "))));
        // Nothing of the joiners that keep them whole reaches the text a reader copies.
        QVERIFY(!text.contains(QChar(0x2060)));
    }
};

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
