// SPDX-License-Identifier: Apache-2.0
#include "models/report/approvalfacts.h"

#include "models/review/decision.h"

#include <QCoreApplication>

namespace mr::report {

namespace {

void addReviewFacts(review::ApprovalFacts &facts, const review::ReviewDocument &review)
{
    for (const review::Comment &c : review.openBlockers()) {
        const QString first = c.body.section(QLatin1Char('\n'), 0, 0).trimmed().left(80);
        facts.openBlockers << QStringLiteral("%1: %2").arg(c.anchor.label(), first);
    }
    for (ChecklistStep step : allChecklistSteps())
        if (!review.checklist.value(checklistKey(step)).ticked)
            facts.untickedSteps << checklistStepTitle(step);
}

void addFindings(review::ApprovalFacts &facts, const Findings &findings)
{
    for (const Finding &f : findings)
        if (f.severity == Finding::Severity::Error && !f.accepted) // accepted ones no longer count
            facts.errorFindings << f.message;
}

QStringList describe(const QMap<PaneId, QString> &failed)
{
    QStringList out;
    for (auto it = failed.cbegin(); it != failed.cend(); ++it)
        out << QStringLiteral("%1: %2").arg(paneTitle(it.key()), it.value());
    return out;
}

} // namespace

review::ApprovalFacts approvalFacts(const session::SessionState &state, const review::ReviewDocument &review,
                                    const Findings &findings)
{
    review::ApprovalFacts facts;
    facts.failedSections = describe(state.failedSections);
    addReviewFacts(facts, review);
    addFindings(facts, findings);
    facts.datasetProvided = state.package && state.package->dataset.provided;
    if (state.verification) {
        const dataset::VerifyTotals &t = state.verification->totals;
        facts.datasetVerified = t.complete && t.rootAvailable && t.problems() == 0;
        if (!facts.datasetVerified)
            facts.datasetState =
                t.canceled ? QCoreApplication::translate("mr::Approval", "verification canceled")
                : !t.rootAvailable
                    ? QCoreApplication::translate("mr::Approval", "the data root is not available")
                : t.problems() > 0 ? QCoreApplication::translate("mr::Approval", "%n problem(s) found",
                                                                 nullptr, int(t.problems()))
                                   : QCoreApplication::translate("mr::Approval", "verification incomplete");
    } else {
        facts.datasetState = QCoreApplication::translate("mr::Approval", "not verified in this session");
    }
    return facts;
}

QMap<PaneId, QString> failedSections(const Analysis &analysis)
{
    QMap<PaneId, QString> out;
    if (!analysis.package)
        return out;
    const Package &p = *analysis.package;
    const std::pair<PaneId, const Section *> sections[] = {{PaneId::Code, &p.code},
                                                           {PaneId::Dataset, &p.dataset},
                                                           {PaneId::Environment, &p.environments},
                                                           {PaneId::Results, &p.results}};
    QList<PaneId> provided;
    for (const auto &[pane, section] : sections) {
        if (section->provided)
            provided.append(pane);
        if (!section->errors.isEmpty())
            out.insert(pane, section->errors.first().toString());
    }
    for (const SectionReport &s : analysis.sections) {
        // A section the package does not provide has not failed: its report only says it is absent.
        const std::optional<PaneId> pane = paneFromSectionKey(s.id);
        if (!pane || !provided.contains(*pane) || out.contains(*pane) || !s.json.is_object())
            continue;
        if (s.json.contains("error") && s.json["error"].is_string())
            out.insert(*pane, QString::fromStdString(s.json["error"].get<std::string>()));
        else if (s.json.contains("manifest") && s.json["manifest"].is_object() &&
                 s.json["manifest"].contains("error") && s.json["manifest"]["error"].is_string())
            out.insert(*pane, QString::fromStdString(s.json["manifest"]["error"].get<std::string>()));
    }
    return out;
}

review::ApprovalFacts approvalFacts(const Analysis &analysis, const review::ReviewDocument &review)
{
    review::ApprovalFacts facts;
    facts.failedSections = describe(failedSections(analysis));
    addReviewFacts(facts, review);
    addFindings(facts, analysis.findings);
    // `gate` cannot know of a verification run: the report of one is not part of the review.
    facts.datasetProvided = analysis.package && analysis.package->dataset.provided;
    facts.datasetState =
        QCoreApplication::translate("mr::Approval", "not verified by gate (run `modelreview verify`)");
    return facts;
}

} // namespace mr::report
