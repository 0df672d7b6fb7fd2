// SPDX-License-Identifier: Apache-2.0
#include "models/core/paneids.h"

#include <QCoreApplication>

namespace mr {

namespace {
struct PaneRow
{
    PaneId id;
    const char *key;
    const char *section;
    const char *title;
};
constexpr PaneRow kPanes[] = {
    {PaneId::Package, "package", "package", QT_TRANSLATE_NOOP("mr::Pane", "Package")},
    {PaneId::Code, "code", "code", QT_TRANSLATE_NOOP("mr::Pane", "Code")},
    {PaneId::Dataset, "dataset", "dataset", QT_TRANSLATE_NOOP("mr::Pane", "Dataset")},
    {PaneId::Environment, "environment", "environments", QT_TRANSLATE_NOOP("mr::Pane", "Environment")},
    {PaneId::Results, "results", "results", QT_TRANSLATE_NOOP("mr::Pane", "Results")},
};

struct StepRow
{
    ChecklistStep id;
    const char *key;
    const char *title;
};
constexpr StepRow kSteps[] = {
    {ChecklistStep::CodeRead, "code_read", QT_TRANSLATE_NOOP("mr::Checklist", "Code read")},
    {ChecklistStep::DatasetVerified, "dataset_verified",
     QT_TRANSLATE_NOOP("mr::Checklist", "Dataset verified")},
    {ChecklistStep::EnvironmentsCompared, "environments_compared",
     QT_TRANSLATE_NOOP("mr::Checklist", "Environments compared")},
    {ChecklistStep::ResultsWithinTolerance, "results_within_tolerance",
     QT_TRANSLATE_NOOP("mr::Checklist", "Results within tolerance")},
};

const PaneRow &row(PaneId id)
{
    for (const PaneRow &r : kPanes)
        if (r.id == id)
            return r;
    return kPanes[0];
}

const StepRow &row(ChecklistStep id)
{
    for (const StepRow &r : kSteps)
        if (r.id == id)
            return r;
    return kSteps[0];
}
} // namespace

QString paneKey(PaneId pane)
{
    return QString::fromLatin1(row(pane).key);
}

std::optional<PaneId> paneFromKey(QStringView key)
{
    for (const PaneRow &r : kPanes)
        if (key == QLatin1String(r.key))
            return r.id;
    return std::nullopt;
}

QString sectionKey(PaneId pane)
{
    return QString::fromLatin1(row(pane).section);
}

std::optional<PaneId> paneFromSectionKey(QStringView key)
{
    for (const PaneRow &r : kPanes)
        if (key == QLatin1String(r.section))
            return r.id;
    return std::nullopt;
}

QString paneTitle(PaneId pane)
{
    return QCoreApplication::translate("mr::Pane", row(pane).title);
}

const QList<PaneId> &reviewPanes()
{
    static const QList<PaneId> panes{PaneId::Code, PaneId::Dataset, PaneId::Environment, PaneId::Results};
    return panes;
}

const QList<PaneId> &allPanes()
{
    static const QList<PaneId> panes{PaneId::Package, PaneId::Code, PaneId::Dataset, PaneId::Environment,
                                     PaneId::Results};
    return panes;
}

QString checklistKey(ChecklistStep step)
{
    return QString::fromLatin1(row(step).key);
}

std::optional<ChecklistStep> checklistFromKey(QStringView key)
{
    for (const StepRow &r : kSteps)
        if (key == QLatin1String(r.key))
            return r.id;
    return std::nullopt;
}

QString checklistStepTitle(ChecklistStep step)
{
    return QCoreApplication::translate("mr::Checklist", row(step).title);
}

const QList<ChecklistStep> &allChecklistSteps()
{
    static const QList<ChecklistStep> steps{ChecklistStep::CodeRead, ChecklistStep::DatasetVerified,
                                            ChecklistStep::EnvironmentsCompared,
                                            ChecklistStep::ResultsWithinTolerance};
    return steps;
}

// The labels humanLabel() gives the enum tokens reports and panes show (statuses, levels,
// changes, severities, comment kinds and states): listed here so that lupdate finds them.
[[maybe_unused]] constexpr const char *kTokenLabels[] = {
    QT_TRANSLATE_NOOP("mr::Labels", "Unchanged"),
    QT_TRANSLATE_NOOP("mr::Labels", "Upgraded"),
    QT_TRANSLATE_NOOP("mr::Labels", "Downgraded"),
    QT_TRANSLATE_NOOP("mr::Labels", "Only in development"),
    QT_TRANSLATE_NOOP("mr::Labels", "Only in reference"),
    QT_TRANSLATE_NOOP("mr::Labels", "Unpinned"),
    QT_TRANSLATE_NOOP("mr::Labels", "Incomparable"),
    QT_TRANSLATE_NOOP("mr::Labels", "None"),
    QT_TRANSLATE_NOOP("mr::Labels", "Local"),
    QT_TRANSLATE_NOOP("mr::Labels", "Patch"),
    QT_TRANSLATE_NOOP("mr::Labels", "Minor"),
    QT_TRANSLATE_NOOP("mr::Labels", "Major"),
    QT_TRANSLATE_NOOP("mr::Labels", "Note"),
    QT_TRANSLATE_NOOP("mr::Labels", "Issue"),
    QT_TRANSLATE_NOOP("mr::Labels", "Blocker"),
    QT_TRANSLATE_NOOP("mr::Labels", "Open"),
    QT_TRANSLATE_NOOP("mr::Labels", "Resolved"),
    QT_TRANSLATE_NOOP("mr::Labels", "Info"),
    QT_TRANSLATE_NOOP("mr::Labels", "Warning"),
    QT_TRANSLATE_NOOP("mr::Labels", "Error"),
    QT_TRANSLATE_NOOP("mr::Labels", "Added"),
    QT_TRANSLATE_NOOP("mr::Labels", "Modified"),
    QT_TRANSLATE_NOOP("mr::Labels", "Deleted"),
    QT_TRANSLATE_NOOP("mr::Labels", "Renamed"),
    QT_TRANSLATE_NOOP("mr::Labels", "Copied"),
    QT_TRANSLATE_NOOP("mr::Labels", "Typechange"),
    QT_TRANSLATE_NOOP("mr::Labels", "Modechange"),
    QT_TRANSLATE_NOOP("mr::Labels", "Submodule"),
    QT_TRANSLATE_NOOP("mr::Labels", "Higher"),
    QT_TRANSLATE_NOOP("mr::Labels", "Lower"),
    QT_TRANSLATE_NOOP("mr::Labels", "Unknown"),
    QT_TRANSLATE_NOOP("mr::Labels", "Removed"),
    QT_TRANSLATE_NOOP("mr::Labels", "Pending"),
    QT_TRANSLATE_NOOP("mr::Labels", "Ok"),
    QT_TRANSLATE_NOOP("mr::Labels", "Mismatch"),
    QT_TRANSLATE_NOOP("mr::Labels", "Missing"),
    QT_TRANSLATE_NOOP("mr::Labels", "Unreadable"),
    QT_TRANSLATE_NOOP("mr::Labels", "No hash"),
};

QString humanLabel(const QString &token)
{
    QString out = token;
    out.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!out.isEmpty())
        out[0] = out.at(0).toUpper();
    // A token without an entry in kTokenLabels comes back as its English label.
    return QCoreApplication::translate("mr::Labels", out.toUtf8().constData());
}

} // namespace mr
