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

QString humanLabel(const QString &token)
{
    QString out = token;
    out.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!out.isEmpty())
        out[0] = out.at(0).toUpper();
    return out;
}

} // namespace mr
