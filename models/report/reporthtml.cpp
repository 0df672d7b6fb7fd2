// SPDX-License-Identifier: Apache-2.0
#include "models/report/report_p.h"

#include "models/core/paneids.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QRegularExpression>

#include "models/code/highlight.h"
#include <QCoreApplication>

namespace mr::report {

using namespace mr::review;

namespace detail {

QString paneTitle(const QString &pane)
{
    const std::optional<PaneId> id = paneFromKey(pane);
    return id ? mr::paneTitle(*id) : pane;
}

QStringList paneOrder()
{
    QStringList out;
    for (PaneId id : allPanes())
        out << paneKey(id);
    return out;
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
}

QString resourceName(const SectionReport &section)
{
    return QStringLiteral("mr-image:") + section.id;
}

} // namespace detail

using namespace detail;

QString codeLinesHtml(const QString &path, const QStringList &lines, const ReportOptions &options)
{
    if (options.highlightHtml)
        return options.highlightHtml(path, lines);
    QStringList out;
    const QList<mr::code::LineStyles> styles = mr::code::highlightLines(path, lines, false);
    if (styles.size() == lines.size()) {
        for (int i = 0; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            QString html;
            int pos = 0;
            for (const mr::code::StyleSpan &span : styles.at(i)) {
                if (span.start < pos || span.start + span.length > line.size())
                    continue;
                html += line.mid(pos, span.start - pos).toHtmlEscaped();
                QStringList css;
                if (span.color)
                    css << QStringLiteral("color:%1").arg(QColor::fromRgb(span.color).name());
                if (span.bold)
                    css << QStringLiteral("font-weight:bold");
                if (span.italic)
                    css << QStringLiteral("font-style:italic");
                const QString text = line.mid(span.start, span.length).toHtmlEscaped();
                html += css.isEmpty() ? text
                                      : QStringLiteral("<span style=\"%1\">%2</span>")
                                            .arg(css.join(QLatin1Char(';')), text);
                pos = span.start + span.length;
            }
            html += line.mid(pos).toHtmlEscaped();
            out << html;
        }
        return out.join(QLatin1Char('\n'));
    }
    for (const QString &line : lines)
        out << line.toHtmlEscaped();
    return out.join(QLatin1Char('\n'));
}

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// For the PDF, whose layout breaks lines only between words: the text of table cells may break
// after the separators of identifiers and paths ("valid.average_precision", "a/b/c", "x:y@z"),
// so that a narrow column wraps them instead of growing past the page; a run of 16 characters
// without any break (a digest, a hash) may break after each 16. Tags, entities and <pre>
// blocks are left alone.
QString breakableCells(const QString &html)
{
    QString out;
    out.reserve(html.size() + html.size() / 16);
    int cells = 0;
    int run = 0; // characters since the last break opportunity
    bool pre = false;
    for (qsizetype i = 0; i < html.size(); ++i) {
        const QChar c = html.at(i);
        if (c == QLatin1Char('<')) {
            const qsizetype end = html.indexOf(QLatin1Char('>'), i);
            if (end < 0) {
                out += html.mid(i);
                break;
            }
            const QStringView tag = QStringView(html).mid(i, end - i + 1);
            if (tag.startsWith(QLatin1String("<td")) || tag.startsWith(QLatin1String("<th")))
                ++cells;
            else if (tag.startsWith(QLatin1String("</td")) || tag.startsWith(QLatin1String("</th")))
                cells = qMax(0, cells - 1);
            else if (tag.startsWith(QLatin1String("<pre")))
                pre = true;
            else if (tag.startsWith(QLatin1String("</pre")))
                pre = false;
            out += tag;
            i = end;
            run = 0;
            continue;
        }
        out += c;
        if (cells == 0 || pre)
            continue;
        ++run;
        if (c.isSpace() || c == QLatin1Char('-')) {
            run = 0;
        } else if ((c == QLatin1Char('.') && i + 1 < html.size() && html.at(i + 1).isLetter()) || // not 0.87
                   c == QLatin1Char('_') || c == QLatin1Char('/') || c == QLatin1Char(':') ||
                   c == QLatin1Char('@') || c == QLatin1Char('|') || run >= 16) {
            out += QChar(0x200B);
            run = 0;
        }
    }
    return out;
}

QString row(const QString &key, const QString &valueHtml)
{
    return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(key), valueHtml);
}

QString personHtml(const Person &p)
{
    return esc(personLabel(p));
}

const char *kStyle = R"(
body { font-family: sans-serif; font-size: 10pt; color: #1d1f21; max-width: 60em; margin: 1em auto; }
h1 { font-size: 18pt; } h2 { font-size: 14pt; border-bottom: 1px solid #ccc; margin-top: 1.4em; }
h3 { font-size: 12pt; }
table { border-collapse: collapse; margin: 0.4em 0; }
th, td { border: 1px solid #ccc; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
pre { background: #f6f8fa; border: 1px solid #ddd; padding: 6px; white-space: pre-wrap; font-family: monospace; }
.status { padding: 8px; border: 1px solid #999; font-weight: bold; }
.approved { background: #e6f4ea; color: #1e6b34; } .changes { background: #fff4e0; color: #8a5300; }
.rejected, .blockers { background: #fde7e7; color: #a11; } .none, .stale { background: #eef0f3; color: #333; }
.badge { font-size: 8pt; padding: 1px 5px; border: 1px solid #999; border-radius: 3px; }
.blocker { background: #fde7e7; color: #a11; } .issue { background: #fff4e0; color: #8a5300; }
.note { background: #eef0f3; } .resolved { color: #1e6b34; } .outdated { background: #fff9c4; }
.comment { border: 1px solid #ddd; padding: 6px; margin: 0.6em 0; }
.body { white-space: pre-wrap; margin: 0.4em 0; } .meta { color: #555; font-size: 9pt; }
.markdown { margin: 0.4em 0; } .run { font-style: italic; }
.reply { border-left: 3px solid #ccc; padding-left: 8px; margin: 0.3em 0 0.3em 1em; }
.error { color: #a11; font-weight: bold; } .warning { color: #8a5300; font-weight: bold; }
)";

QString statusClass(GateStatus::Result r)
{
    switch (r) {
    case GateStatus::Result::Approved: return QStringLiteral("approved");
    case GateStatus::Result::NotReviewed: return QStringLiteral("none");
    case GateStatus::Result::ChangesRequested: return QStringLiteral("changes");
    case GateStatus::Result::Rejected: return QStringLiteral("rejected");
    case GateStatus::Result::StaleDigest: return QStringLiteral("stale");
    case GateStatus::Result::OpenBlockers: return QStringLiteral("blockers");
    }
    return {};
}

QString decisionHtml(const ReviewDocument &review, const QString &digest)
{
    QString h = QStringLiteral("<h2>Decision</h2>\n");
    const GateStatus status = gateStatus(review, digest);
    const auto d = review.currentDecision();
    if (!d) {
        h += QCoreApplication::translate("mr::Report", "<p class=\"status none\">No decision yet.</p>\n");
        return h;
    }
    h += QCoreApplication::translate("mr::Report", "<p class=\"status %1\">%2 by %3 on %4%5</p>\n")
             .arg(statusClass(status.result), esc(Decision::verdictTitle(d->verdict)),
                  personHtml(d->reviewer), esc(timeText(d->time)),
                  d->isStale(digest)
                      ? QCoreApplication::translate("mr::Report",
                                                    " &mdash; STALE: made on another version of the package")
                      : QString());
    h += QStringLiteral("<table>\n");
    if (!d->reason.isEmpty())
        h +=
            row(QStringLiteral("Reason"), QStringLiteral("<div class=\"body\">%1</div>").arg(esc(d->reason)));
    h += row(QCoreApplication::translate("mr::Report", "Decided on digest"),
             QStringLiteral("<code>%1</code>").arg(esc(d->digest)));
    h += row(QStringLiteral("Gate"), esc(status.message));
    h += QStringLiteral("</table>\n");
    if (review.decisions.size() > 1) {
        h += QCoreApplication::translate(
            "mr::Report",
            "<h3>Earlier decisions</h3>\n<table><tr><th>Decision</th><th>Reviewer</th><th>Time</th>"
            "<th>Reason</th><th>Digest</th></tr>\n");
        for (qsizetype i = review.decisions.size() - 2; i >= 0; --i) {
            const Decision &e = review.decisions.at(i);
            h += QStringLiteral(
                     "<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td><code>%5</code>%6</td></tr>\n")
                     .arg(esc(Decision::verdictTitle(e.verdict)), personHtml(e.reviewer),
                          esc(timeText(e.time)), esc(e.reason), esc(e.digest),
                          e.isStale(digest) ? QStringLiteral(" (stale)") : QString());
        }
        h += QStringLiteral("</table>\n");
    }
    return h;
}

QString commentHtml(const Comment &c, const ReportOptions &options)
{
    const AnchoredContent content = anchoredContent(c, options);
    QString h = QStringLiteral("<div class=\"comment\">\n<p><span class=\"badge %1\">%2</span> "
                               "<span class=\"badge %3\">%4</span> <b>%5</b>%6</p>\n")
                    .arg(Comment::kindName(c.kind), esc(humanLabel(Comment::kindName(c.kind))),
                         c.isOpen() ? QStringLiteral("open") : QStringLiteral("resolved"),
                         esc(humanLabel(Comment::stateName(c.state))), esc(c.anchor.label()),
                         content.outdated
                             ? QCoreApplication::translate("mr::Report",
                                                           " <span class=\"badge outdated\">outdated</span>")
                             : QString());
    if (c.carried) // re-review: how the comment came through from the previous package
        h += QCoreApplication::translate("mr::Report", "<p class=\"meta\">Carried from %1: %2</p>\n")
                 .arg(esc(c.carried->fromVersion), esc(Carried::statusName(c.carried->status)));
    h += QStringLiteral("<p class=\"meta\">%1 &middot; %2%3%4</p>\n")
             .arg(personHtml(c.author), esc(timeText(c.time)),
                  c.edited.isValid() ? QCoreApplication::translate("mr::Report", " &middot; edited %1")
                                           .arg(esc(timeText(c.edited)))
                                     : QString(),
                  c.isOpen() ? QString()
                             : QCoreApplication::translate("mr::Report", " &middot; resolved by %1")
                                   .arg(personHtml(c.resolvedBy)));
    const QString context = content.outdated ? QString() : codeContextHtml(c.anchor, options);
    if (!context.isEmpty()) {
        h += context;
    } else if (!content.text.isEmpty()) {
        const QStringList lines = content.text.split(QLatin1Char('\n'));
        const QString code = c.anchor.kind == Anchor::Kind::CodeLines
                                 ? codeLinesHtml(c.anchor.path, lines, options)
                                 : esc(content.text);
        h += QStringLiteral("<pre>%1</pre>\n").arg(code);
    }
    h += QStringLiteral("<div class=\"markdown\">%1</div>\n").arg(markdownHtml(c.body));
    for (const Reply &r : c.replies)
        h += QStringLiteral("<div class=\"reply\"><p class=\"meta\">%1 &middot; %2</p><div "
                            "class=\"markdown\">%3</div></div>\n")
                 .arg(personHtml(r.author), esc(timeText(r.time)), markdownHtml(r.body));
    h += QStringLiteral("</div>\n");
    return h;
}

QString imageDataUri(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

} // namespace

QString detail::htmlDocument(const Analysis &analysis, const ReviewDocument *review,
                             const ReportOptions &options, ImageMode images)
{
    const Package *p = analysis.package.get();
    const QString digest = currentDigest(analysis);
    const QString name = p ? QStringLiteral("%1 %2").arg(p->name, p->version).trimmed()
                           : QCoreApplication::translate("mr::Report", "(no package)");
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    if (images == ImageMode::DataUri)
        h += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                            "img-src data:; style-src 'unsafe-inline'\">\n");
    h += QCoreApplication::translate("mr::Report",
                                     "<title>Review report: %1</title>\n<style>%2</style>\n</head>\n<body>\n")
             .arg(esc(name), QString::fromLatin1(kStyle));
    h += QCoreApplication::translate("mr::Report", "<h1>Review report: %1</h1>\n<table>\n").arg(esc(name));
    if (p) {
        h += row(QStringLiteral("Package"), esc(p->name));
        h += row(QStringLiteral("Version"), esc(p->version));
        if (!p->submitter.name.isEmpty() || !p->submitter.email.isEmpty())
            h += row(QStringLiteral("Submitter"), personHtml(p->submitter));
        if (!p->created.isEmpty())
            h += row(QStringLiteral("Created"), esc(p->created));
        h += row(QStringLiteral("Source"), esc(p->sourcePath));
    }
    h += row(QStringLiteral("Digest"),
             analysis.digest.ok ? QStringLiteral("<code>%1</code>").arg(esc(analysis.digest.digest))
                                : QCoreApplication::translate("mr::Report", "unavailable: %1")
                                      .arg(esc(analysis.digest.error.toString())));
    if (review && !options.reviewPath.isEmpty())
        h += row(QCoreApplication::translate("mr::Report", "Review file"), esc(options.reviewPath));
    h +=
        row(QStringLiteral("Generated"),
            esc(timeText(options.generated.isValid() ? options.generated : QDateTime::currentDateTimeUtc())));
    h += QStringLiteral("</table>\n");
    if (p && !p->summary.isEmpty())
        h += QStringLiteral("<p class=\"body\">%1</p>\n").arg(esc(p->summary));

    if (review) {
        h += decisionHtml(*review, digest);
        h += QStringLiteral("<h2>Reviewers</h2>\n<ul>\n");
        for (const Person &r : review->reviewers)
            h += QStringLiteral("<li>%1</li>\n").arg(personHtml(r));
        if (review->reviewers.isEmpty())
            h += QCoreApplication::translate("mr::Report", "<li>none yet</li>\n");
        h += QStringLiteral("</ul>\n<h2>Checklist</h2>\n<table>\n");
        for (const QString &step : checklistSteps()) {
            const ChecklistEntry e = review->checklist.value(step);
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"meta\">%3</td></tr>\n")
                     .arg(e.ticked ? QStringLiteral("&#9745;") : QStringLiteral("&#9744;"),
                          esc(checklistTitle(step)),
                          e.time.isValid() ? esc(personLabel(e.by) + QStringLiteral(", ") + timeText(e.time))
                                           : QString());
        }
        h += QStringLiteral("</table>\n");
    }

    h += sessionHtml(analysis.session);

    const Findings findings = allFindings(analysis, review, options);
    h += QStringLiteral("<h2>Findings (%1)</h2>\n").arg(findings.size());
    h += QStringLiteral("<p>Policy: %1</p>\n").arg(esc(analysis.policy.describe()));
    if (!findings.isEmpty()) {
        h += QCoreApplication::translate(
            "mr::Report", "<table><tr><th style=\"white-space:nowrap\">Severity</th><th>Pane</th><th "
                          "width=\"30%\">Items</th><th width=\"50%\">Message "
                          "(rule)</th></tr>\n");
        for (const Finding &f : findings)
            h += QStringLiteral(
                     "<tr><td class=\"%1\" style=\"white-space:nowrap\">%2</td><td "
                     "style=\"white-space:nowrap\">"
                     "%3</td><td>%4</td><td>%5<br><span class=\"meta\"><code>%6</code></span></td></tr>\n")
                     .arg(Finding::severityName(f.severity),
                          esc(humanLabel(Finding::severityName(f.severity)) + findingStateLabel(f)),
                          esc(paneTitle(f.pane)), findingItemsHtml(f),
                          esc(f.message) +
                              (findingStateText(f).isEmpty()
                                   ? QString()
                                   : QStringLiteral("<br><i>%1</i>").arg(esc(findingStateText(f)))),
                          esc(f.ruleId));
        h += QStringLiteral("</table>\n");
    }

    if (review) {
        h += QStringLiteral("<h2>Comments (%1)</h2>\n").arg(review->comments.size());
        for (const QString &pane : paneOrder()) {
            QString group;
            for (const Comment &c : review->comments) {
                if (c.anchor.pane() == pane)
                    group += commentHtml(c, options);
            }
            if (!group.isEmpty())
                h += QStringLiteral("<h3>%1</h3>\n").arg(esc(paneTitle(pane))) + group;
        }
    }

    for (const SectionReport &s : analysis.sections) {
        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(s.title));
        h += s.html + QLatin1Char('\n'); // built escaped by the pane (SectionReport contract)
        if (!s.image.isNull()) {
            const QString src = images == ImageMode::DataUri ? imageDataUri(s.image) : resourceName(s);
            // On a PDF page the text is about 640 px wide (A4 less margins at 96 dpi): keep the
            // figure inside it with room for the paragraph's own margin.
            const int maxWidth = images == ImageMode::DataUri ? 640 : 560;
            h += QStringLiteral("<p><img src=\"%1\" alt=\"%2\" width=\"%3\"></p>\n")
                     .arg(src, esc(s.title), QString::number(qMin(s.image.width(), maxWidth)));
        }
    }
    h += QStringLiteral("</body>\n</html>\n");
    if (images == ImageMode::Resource) {
        // Qt's rich text lays a table out at its content's width and breaks words to fit; on a
        // PDF page every table takes the full text width instead.
        static const QRegularExpression table(QStringLiteral("<table(?![^>]*width=)"));
        h.replace(table, QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\""));
        h.replace(QStringLiteral("<th>"), QStringLiteral("<th style=\"white-space:nowrap\">"));
        h = breakableCells(h);
    }
    return h;
}

QString htmlReport(const Analysis &analysis, const ReviewDocument *review, const ReportOptions &options)
{
    return htmlDocument(analysis, review, options, ImageMode::DataUri);
}

} // namespace mr::report
