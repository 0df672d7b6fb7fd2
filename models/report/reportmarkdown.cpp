// SPDX-License-Identifier: Apache-2.0
#include "models/report/report_p.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mr::report {

using namespace mr::review;
using namespace mr::report::detail;

namespace {

QString md(const QString &text)
{
    return markdownEscape(text);
}

// Multi-line reviewer text as a blockquote, each line escaped (line breaks kept).
QString quoteBlock(const QString &text, const QString &prefix = QStringLiteral("> "))
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n')))
        out << prefix + md(line);
    return out.join(QStringLiteral("  \n")) + QLatin1Char('\n');
}

// A fence longer than any backtick run inside, so no content can close it.
QString fenced(const QString &text, const QString &language)
{
    int longest = 0;
    static const QRegularExpression ticks(QStringLiteral("`+"));
    auto it = ticks.globalMatch(text);
    while (it.hasNext())
        longest = qMax(longest, int(it.next().capturedLength()));
    const QString fence(qMax(3, longest + 1), QLatin1Char('`'));
    return fence + language + QLatin1Char('\n') + text + QLatin1Char('\n') + fence + QLatin1Char('\n');
}

QString languageFor(const QString &path)
{
    static const QHash<QString, QString> byExt{{QStringLiteral("py"), QStringLiteral("python")},
                                               {QStringLiteral("cpp"), QStringLiteral("cpp")},
                                               {QStringLiteral("h"), QStringLiteral("cpp")},
                                               {QStringLiteral("js"), QStringLiteral("javascript")},
                                               {QStringLiteral("ts"), QStringLiteral("typescript")},
                                               {QStringLiteral("json"), QStringLiteral("json")},
                                               {QStringLiteral("yaml"), QStringLiteral("yaml")},
                                               {QStringLiteral("yml"), QStringLiteral("yaml")},
                                               {QStringLiteral("toml"), QStringLiteral("toml")},
                                               {QStringLiteral("sh"), QStringLiteral("sh")},
                                               {QStringLiteral("r"), QStringLiteral("r")},
                                               {QStringLiteral("sql"), QStringLiteral("sql")}};
    return byExt.value(path.section(QLatin1Char('.'), -1).toLower());
}

QString person(const Person &p)
{
    return md(personLabel(p));
}

} // namespace

QString markdownReport(const Analysis &analysis, const ReviewDocument *review, const ReportOptions &options)
{
    const Package *p = analysis.package.get();
    const QString digest = currentDigest(analysis);
    QString m;
    const QString name = p ? QStringLiteral("%1 %2").arg(p->name, p->version).trimmed()
                           : QCoreApplication::translate("mr::Report", "(no package)");
    m += QStringLiteral("# Review report: %1\n\n").arg(md(name));
    m += QStringLiteral("| | |\n|---|---|\n");
    if (p) {
        m += QStringLiteral("| Package | %1 |\n").arg(md(p->name));
        m += QStringLiteral("| Version | %1 |\n").arg(md(p->version));
        if (!p->submitter.name.isEmpty() || !p->submitter.email.isEmpty())
            m += QStringLiteral("| Submitter | %1 |\n").arg(person(p->submitter));
        if (!p->created.isEmpty())
            m += QStringLiteral("| Created | %1 |\n").arg(md(p->created));
        m += QStringLiteral("| Source | %1 |\n").arg(md(p->sourcePath));
    }
    m += QStringLiteral("| Digest | %1 |\n")
             .arg(analysis.digest.ok ? QStringLiteral("`%1`").arg(analysis.digest.digest)
                                     : QCoreApplication::translate("mr::Report", "unavailable: %1")
                                           .arg(md(analysis.digest.error.toString())));
    if (review && !options.reviewPath.isEmpty())
        m += QStringLiteral("| Review file | %1 |\n").arg(md(options.reviewPath));
    m +=
        QStringLiteral("| Generated | %1 |\n\n")
            .arg(timeText(options.generated.isValid() ? options.generated : QDateTime::currentDateTimeUtc()));
    if (p && !p->summary.isEmpty())
        m += quoteBlock(p->summary) + QLatin1Char('\n');

    if (review) {
        m += QStringLiteral("## Decision\n\n");
        const auto d = review->currentDecision();
        const GateStatus status = gateStatus(*review, digest);
        if (!d) {
            m += QCoreApplication::translate("mr::Report", "**No decision yet.**\n\n");
        } else {
            m += QCoreApplication::translate("mr::Report", "**%1** by %2 on %3%4\n\n")
                     .arg(Decision::verdictTitle(d->verdict), person(d->reviewer), timeText(d->time),
                          d->isStale(digest)
                              ? QCoreApplication::translate("mr::Report", " — **stale**: made on `%1`")
                                    .arg(d->digest)
                              : QString());
            if (!d->reason.isEmpty())
                m += quoteBlock(d->reason) + QLatin1Char('\n');
        }
        m += QCoreApplication::translate("mr::Report", "Gate: %1\n\n").arg(md(status.message));
        if (review->decisions.size() > 1) {
            m += QCoreApplication::translate(
                "mr::Report", "| Earlier decision | Reviewer | Time | Reason |\n|---|---|---|---|\n");
            for (qsizetype i = review->decisions.size() - 2; i >= 0; --i) {
                const Decision &e = review->decisions.at(i);
                m += QStringLiteral("| %1%2 | %3 | %4 | %5 |\n")
                         .arg(Decision::verdictTitle(e.verdict),
                              e.isStale(digest) ? QStringLiteral(" (stale)") : QString(), person(e.reviewer),
                              timeText(e.time), md(e.reason));
            }
            m += QLatin1Char('\n');
        }
        m += QStringLiteral("## Reviewers\n\n");
        for (const Person &r : review->reviewers)
            m += QStringLiteral("- %1\n").arg(person(r));
        if (review->reviewers.isEmpty())
            m += QStringLiteral("- none yet\n");
        m += QCoreApplication::translate("mr::Report", "\n## Checklist\n\n");
        for (const QString &step : checklistSteps())
            m += QStringLiteral("- [%1] %2\n")
                     .arg(review->checklist.value(step).ticked ? 'x' : ' ')
                     .arg(checklistTitle(step));
        m += QLatin1Char('\n');
    }

    m += sessionMarkdown(analysis.session);

    const Findings findings = allFindings(analysis, review, options);
    m += QStringLiteral("## Findings (%1)\n\n").arg(findings.size());
    m += QCoreApplication::translate("mr::Report", "Policy: %1\n\n").arg(md(analysis.policy.describe()));
    if (!findings.isEmpty()) {
        m += QCoreApplication::translate("mr::Report",
                                         "| Severity | Pane | Items | Message |\n|---|---|---|---|\n");
        for (const Finding &f : findings) {
            QStringList items;
            for (const QString &label : findingItemLabels(f))
                items << md(label);
            m += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                     .arg(md(humanLabel(Finding::severityName(f.severity)) + findingStateLabel(f)),
                          md(paneTitle(f.pane)), items.join(QStringLiteral("<br>")),
                          md(findingStateText(f).isEmpty()
                                 ? f.message
                                 : f.message + QStringLiteral(" — ") + findingStateText(f)));
        }
        m += QLatin1Char('\n');
    }

    if (review) {
        m += QStringLiteral("## Comments (%1)\n\n").arg(review->comments.size());
        for (const QString &pane : paneOrder()) {
            QString group;
            for (const Comment &c : review->comments) {
                if (c.anchor.pane() != pane)
                    continue;
                const AnchoredContent content = anchoredContent(c, options);
                group +=
                    QStringLiteral("#### %1 · %2 · %3%4\n\n")
                        .arg(c.kind == Comment::Kind::Blocker ? QStringLiteral("**BLOCKER**")
                                                              : humanLabel(Comment::kindName(c.kind)),
                             humanLabel(Comment::stateName(c.state)), md(c.anchor.label()),
                             content.outdated ? QCoreApplication::translate("mr::Report", " · *outdated*")
                                              : QString());
                if (c.carried) // re-review: how the comment came through from the previous package
                    group += QCoreApplication::translate("mr::Report", "*Carried from %1: %2*\n\n")
                                 .arg(md(c.carried->fromVersion), Carried::statusName(c.carried->status));
                group += QStringLiteral("%1, %2%3\n\n")
                             .arg(person(c.author), timeText(c.time),
                                  c.isOpen() ? QString()
                                             : QCoreApplication::translate("mr::Report", ", resolved by %1")
                                                   .arg(person(c.resolvedBy)));
                if (!content.text.isEmpty())
                    group += fenced(content.text, c.anchor.kind == Anchor::Kind::CodeLines
                                                      ? languageFor(c.anchor.path)
                                                      : QString()) +
                             QLatin1Char('\n');
                group += quoteBlock(c.body) + QLatin1Char('\n');
                for (const Reply &r : c.replies)
                    group += QStringLiteral("- %1, %2:\n").arg(person(r.author), timeText(r.time)) +
                             quoteBlock(r.body, QStringLiteral("  > "));
                if (!c.replies.isEmpty())
                    group += QLatin1Char('\n');
            }
            if (!group.isEmpty())
                m += QStringLiteral("### %1\n\n").arg(paneTitle(pane)) + group;
        }
    }

    for (const SectionReport &s : analysis.sections) {
        m += QStringLiteral("## %1\n\n").arg(md(s.title));
        m += s.markdown.trimmed() + QStringLiteral("\n\n"); // escaped by the pane (SectionReport contract)
    }
    return m;
}

} // namespace mr::report
