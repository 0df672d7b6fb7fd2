// SPDX-License-Identifier: Apache-2.0
// Parts shared by the HTML/PDF and Markdown reports: reviewer Markdown, code context around code
// comments, and the review session's values.
#include "models/report/report_p.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextDocument>

namespace mr::report::detail {

QString markdownHtml(const QString &markdown)
{
    QTextDocument doc;
    doc.setMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                              QTextDocument::MarkdownNoHTML));
    QString html = doc.toHtml();
    // Keep the body's content only: the document's own head and style would override ours.
    const qsizetype open = html.indexOf(QLatin1String("<body"));
    const qsizetype start = open < 0 ? -1 : html.indexOf(QLatin1Char('>'), open);
    const qsizetype end = html.lastIndexOf(QLatin1String("</body>"));
    if (start >= 0 && end > start)
        html = html.mid(start + 1, end - start - 1);
    // A link may only lead to the web or to mail: anything else loses its target.
    static const QRegularExpression unsafeHref(QStringLiteral("href=\"(?!https?:|mailto:)[^\"]*\""),
                                               QRegularExpression::CaseInsensitiveOption);
    html.replace(unsafeHref, QStringLiteral("href=\"#\""));
    return html.trimmed();
}

QString codeContextHtml(const Anchor &anchor, const ReportOptions &options)
{
    if (anchor.kind != Anchor::Kind::CodeLines || !options.codeFileLines || anchor.firstLine < 1)
        return {};
    const QStringList file = options.codeFileLines(anchor);
    if (file.isEmpty() || anchor.firstLine > file.size())
        return {};
    const int first = qMax(1, anchor.firstLine - options.codeContextLines);
    const int last =
        qMin(int(file.size()), qMax(anchor.firstLine, anchor.lastLine) + options.codeContextLines);
    const QString highlighted = codeLinesHtml(anchor.path, file.mid(first - 1, last - first + 1), options);
    const QStringList lines = highlighted.split(QLatin1Char('\n'));
    const int width = int(QString::number(last).size());
    QString h = QStringLiteral("<pre class=\"context\">");
    for (int i = 0; i < lines.size(); ++i) {
        const int number = first + i;
        const bool anchored = number >= anchor.firstLine && number <= anchor.lastLine;
        const QString gutter =
            QStringLiteral("%1 %2 ").arg(number, width).arg(anchored ? QLatin1Char('>') : QLatin1Char(' '));
        h += anchored ? QStringLiteral("<b>%1</b>%2").arg(gutter, lines.at(i))
                      : QStringLiteral("<span style=\"color:#777\">%1</span>%2").arg(gutter, lines.at(i));
        if (i + 1 < lines.size())
            h += QLatin1Char('\n');
    }
    h += QStringLiteral("</pre>\n");
    return h;
}

namespace {

QString str(const nlohmann::json &j, const char *key)
{
    return j.contains(key) && j[key].is_string() ? QString::fromStdString(j[key].get<std::string>())
                                                 : QString();
}

// Plain-text lines describing the session (escaped by the callers).
QStringList sessionLines(const nlohmann::json &s)
{
    QStringList out;
    if (!s.is_object())
        return out;
    const nlohmann::json &v = s.value("verification", nlohmann::json());
    if (v.is_object()) {
        const nlohmann::json &by = v.value("by", nlohmann::json::object());
        QString who = str(by, "name");
        if (who.isEmpty())
            who = QCoreApplication::translate("mr::Report", "an unnamed reviewer");
        const nlohmann::json &t = v.value("totals", nlohmann::json::object());
        auto n = [&](const char *k) {
            return t.contains(k) ? QString::number(t[k].get<qint64>()) : QStringLiteral("0");
        };
        out << QCoreApplication::translate(
                   "mr::Report",
                   "Dataset verification: %1, by %2, started %3, finished %4: %5 ok, %6 mismatch, "
                   "%7 missing, %8 unreadable, %9 not checked, %10 unlisted.")
                   .arg(v.value("canceled", false)   ? QStringLiteral("canceled")
                        : v.value("complete", false) ? QStringLiteral("complete")
                                                     : QStringLiteral("incomplete"),
                        who, str(v, "started"), str(v, "finished"), n("ok"), n("mismatch"), n("missing"),
                        n("unreadable"), n("pending"))
                   .arg(n("unlisted"));
    } else {
        out << QCoreApplication::translate("mr::Report", "Dataset verification: not run in this session.");
    }
    const nlohmann::json &tol = s.value("default_tolerance", nlohmann::json());
    if (tol.is_object())
        out << QCoreApplication::translate(
                   "mr::Report", "Default tolerance used for the results: absolute %1, relative %2%.")
                   .arg(tol.value("abs", 0.0))
                   .arg(tol.value("rel", 0.0) * 100);
    out << (s.value("metrics_compared", false)
                ? QCoreApplication::translate("mr::Report", "Claimed and rerun metrics were compared.")
                : QCoreApplication::translate("mr::Report", "No metric was compared (no rerun value)."));
    const nlohmann::json &pair = s.value("environment_pair", nlohmann::json());
    if (pair.is_object())
        out << QCoreApplication::translate("mr::Report", "Environments compared: %1 against %2.")
                   .arg(str(pair, "development"), str(pair, "reference"));
    const nlohmann::json &viewed = s.value("viewed", nlohmann::json::array());
    out << QCoreApplication::translate("mr::Report", "Files marked viewed: %1.")
               .arg(viewed.is_array() ? viewed.size() : 0);
    const nlohmann::json &failed = s.value("failed_sections", nlohmann::json::object());
    if (failed.is_object())
        for (auto it = failed.begin(); it != failed.end(); ++it)
            out << QCoreApplication::translate("mr::Report", "Section %1 failed to load: %2")
                       .arg(QString::fromStdString(it.key()),
                            it.value().is_string() ? QString::fromStdString(it.value().get<std::string>())
                                                   : QString());
    return out;
}

} // namespace

QString sessionHtml(const nlohmann::json &session)
{
    const QStringList lines = sessionLines(session);
    if (lines.isEmpty())
        return {};
    QString h = QCoreApplication::translate("mr::Report", "<h2>Review session</h2>\n<ul>\n");
    for (const QString &l : lines)
        h += QStringLiteral("<li>%1</li>\n").arg(l.toHtmlEscaped());
    return h + QStringLiteral("</ul>\n");
}

QString sessionMarkdown(const nlohmann::json &session)
{
    const QStringList lines = sessionLines(session);
    if (lines.isEmpty())
        return {};
    QString m = QStringLiteral("## Review session\n\n");
    for (const QString &l : lines)
        m += QStringLiteral("- %1\n").arg(markdownEscape(l));
    return m + QLatin1Char('\n');
}

} // namespace mr::report::detail
