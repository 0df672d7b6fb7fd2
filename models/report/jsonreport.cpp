// SPDX-License-Identifier: Apache-2.0
#include "models/report/jsonreport.h"
#include "models/findings/applypolicy.h"
#include "models/package/packagejson.h"

namespace mr::report {

using namespace mr::review;

namespace {
std::string s(const QString &text)
{
    return text.toStdString();
}

nlohmann::ordered_json person(const Person &p)
{
    return {{"name", s(p.name)}, {"email", s(p.email)}};
}

nlohmann::ordered_json decisionJson(const Decision &d, const QString &digest)
{
    return {{"verdict", s(Decision::verdictName(d.verdict))},
            {"reason", s(d.reason)},
            {"time", timeToJson(d.time)},
            {"reviewer", person(d.reviewer)},
            {"digest", s(d.digest)},
            {"stale", d.isStale(digest)}};
}
} // namespace

QString currentDigest(const Analysis &analysis)
{
    return analysis.digest.ok ? analysis.digest.digest : QString();
}

QString gateResultName(GateStatus::Result result)
{
    switch (result) {
    case GateStatus::Result::Approved: return QStringLiteral("approved");
    case GateStatus::Result::NotReviewed: return QStringLiteral("not_reviewed");
    case GateStatus::Result::ChangesRequested: return QStringLiteral("changes_requested");
    case GateStatus::Result::Rejected: return QStringLiteral("rejected");
    case GateStatus::Result::StaleDigest: return QStringLiteral("stale_digest");
    case GateStatus::Result::OpenBlockers: return QStringLiteral("open_blockers");
    }
    return {};
}

AnchoredContent anchoredContent(const Comment &comment, const ReportOptions &options)
{
    AnchoredContent c;
    if (options.anchoredText) {
        const QString now = options.anchoredText(comment.anchor);
        if (!now.isEmpty()) {
            c.text = now;
            c.source = QStringLiteral("current");
            c.outdated = comment.isOutdated(now);
            return c;
        }
    }
    if (!comment.quoted.isEmpty()) {
        c.text = comment.quoted;
        c.source = QStringLiteral("quoted");
    }
    return c;
}

Findings reviewFindings(const ReviewDocument &review, const QString &digest, const ReportOptions &options)
{
    Findings out;
    auto add = [&](const char *rule, Finding::Severity severity, const Anchor &item, const QString &message) {
        out << Finding{QString::fromLatin1(rule), severity, QStringLiteral("review"), item, message};
    };
    for (const Comment &c : review.comments) {
        if (c.isOpenBlocker())
            add("review.open-blocker", Finding::Severity::Error, c.anchor,
                QStringLiteral("Open blocker by %1 on %2.").arg(c.author.name, c.anchor.label()));
        if (anchoredContent(c, options).outdated)
            add("review.outdated-comment", Finding::Severity::Info, c.anchor,
                QStringLiteral("The content under a comment by %1 on %2 changed since it was written.")
                    .arg(c.author.name, c.anchor.label()));
    }
    const auto d = review.currentDecision();
    if (!d) {
        add("review.no-decision", Finding::Severity::Info, Anchor::package(),
            QStringLiteral("No decision yet."));
    } else {
        if (d->verdict == Decision::Verdict::Reject)
            add("review.rejected", Finding::Severity::Error, Anchor::package(),
                QStringLiteral("Rejected by %1.").arg(d->reviewer.name));
        else if (d->verdict == Decision::Verdict::RequestChanges)
            add("review.changes-requested", Finding::Severity::Warning, Anchor::package(),
                QStringLiteral("Changes requested by %1.").arg(d->reviewer.name));
        if (d->isStale(digest))
            add("review.stale-decision", Finding::Severity::Warning, Anchor::package(),
                QStringLiteral("The decision was made on %1; the package is now %2.").arg(d->digest, digest));
    }
    return out;
}

Findings allFindings(const Analysis &analysis, const ReviewDocument *review, const ReportOptions &options)
{
    Findings out = analysis.findings;
    findings::Suppressions suppressions = analysis.suppressions;
    if (review) {
        out += reviewFindings(*review, currentDigest(analysis), options);
        // The review's own suppressions; a malformed list was refused when the review was read
        // by the command line, and the GUI never writes one.
        findings::Suppressions fromReview;
        Diagnostic error;
        if (findings::suppressionsFromJson(review->extra, options.reviewPath, &fromReview, &error))
            suppressions = fromReview;
    }
    return findings::applyPolicy(out, analysis.policy, suppressions);
}

nlohmann::ordered_json reviewJson(const ReviewDocument &review, const QString &digest,
                                  const ReportOptions &options)
{
    nlohmann::ordered_json j;
    j["file"] = s(options.reviewPath);
    j["format"] = kReviewFormatV1;
    const GateStatus status = gateStatus(review, digest);
    j["status"] = {{"result", s(gateResultName(status.result))},
                   {"passed", status.passed()},
                   {"message", s(status.message)}};
    j["reviewers"] = nlohmann::ordered_json::array();
    for (const Person &p : review.reviewers)
        j["reviewers"].push_back(person(p));
    const auto current = review.currentDecision();
    j["decision"] = current ? decisionJson(*current, digest) : nlohmann::ordered_json();
    j["decisions"] = nlohmann::ordered_json::array();
    for (const Decision &d : review.decisions)
        j["decisions"].push_back(decisionJson(d, digest));
    j["checklist"] = nlohmann::ordered_json::object();
    for (const QString &step : checklistSteps()) {
        const ChecklistEntry e = review.checklist.value(step);
        nlohmann::ordered_json item{{"title", s(checklistTitle(step))}, {"ticked", e.ticked}};
        item["by"] = e.time.isValid() ? person(e.by) : nlohmann::ordered_json();
        item["time"] =
            e.time.isValid() ? nlohmann::ordered_json(timeToJson(e.time)) : nlohmann::ordered_json();
        j["checklist"][s(step)] = item;
    }
    int open = 0, blockers = 0, outdated = 0;
    j["comments"] = nlohmann::ordered_json::array();
    for (const Comment &c : review.comments) {
        const AnchoredContent content = anchoredContent(c, options);
        open += c.isOpen();
        blockers += c.isOpenBlocker();
        outdated += content.outdated;
        nlohmann::ordered_json item;
        item["id"] = s(c.id);
        item["author"] = person(c.author);
        item["time"] = timeToJson(c.time);
        item["edited"] =
            c.edited.isValid() ? nlohmann::ordered_json(timeToJson(c.edited)) : nlohmann::ordered_json();
        item["kind"] = s(Comment::kindName(c.kind));
        item["state"] = s(Comment::stateName(c.state));
        item["resolved_by"] = c.isOpen() ? nlohmann::ordered_json() : person(c.resolvedBy);
        item["pane"] = s(c.anchor.pane());
        item["anchor"] = nlohmann::ordered_json(nlohmann::json(c.anchor));
        item["anchor_label"] = s(c.anchor.label());
        item["outdated"] = content.outdated;
        item["carried"] = c.carried
                              ? nlohmann::ordered_json{{"from_version", s(c.carried->fromVersion)},
                                                       {"from_digest", s(c.carried->fromDigest)},
                                                       {"status", s(Carried::statusName(c.carried->status))}}
                              : nlohmann::ordered_json();
        item["content"] = {{"text", s(content.text)}, {"source", s(content.source)}};
        item["body"] = s(c.body);
        item["replies"] = nlohmann::ordered_json::array();
        for (const Reply &r : c.replies)
            item["replies"].push_back({{"id", s(r.id)},
                                       {"author", person(r.author)},
                                       {"time", timeToJson(r.time)},
                                       {"body", s(r.body)}});
        j["comments"].push_back(item);
    }
    j["counts"] = {{"comments", review.comments.size()},
                   {"open", open},
                   {"open_blockers", blockers},
                   {"outdated", outdated}};
    return j;
}

nlohmann::ordered_json jsonDocument(const Analysis &analysis, const ReviewDocument *review,
                                    const ReportOptions &options)
{
    nlohmann::ordered_json j;
    j["format"] = "modelreview.report/v1";
    const QDateTime generated =
        options.generated.isValid() ? options.generated : QDateTime::currentDateTimeUtc();
    j["generated"] = timeToJson(generated);
    if (analysis.package) {
        j["package"] = nlohmann::ordered_json(packageJson(*analysis.package, &analysis.digest));
        j["sections"] = nlohmann::ordered_json(sectionsJson(*analysis.package));
    } else {
        j["package"] = nullptr;
        j["sections"] = nullptr;
    }
    j["policy"] = nlohmann::ordered_json(analysis.policy.toJson());
    j["findings"] = nlohmann::ordered_json::array();
    for (const Finding &f : allFindings(analysis, review, options))
        j["findings"].push_back(nlohmann::ordered_json(nlohmann::json(f)));
    for (const SectionReport &section : analysis.sections)
        j[s(section.id)] = nlohmann::ordered_json(section.json);
    if (!analysis.session.is_null())
        j["session"] = nlohmann::ordered_json(analysis.session);
    j["review"] = review ? reviewJson(*review, currentDigest(analysis), options) : nlohmann::ordered_json();
    return j;
}

} // namespace mr::report
