// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace mr {

// The one source of pane and checklist identities. The string keys are persisted (review files,
// findings, reports, settings) and must never change; code names a pane or a step by its enum
// and converts at the edges only.
enum class PaneId { Package, Code, Dataset, Environment, Results };

// "package", "code", "dataset", "environment", "results": the pane of a finding or an anchor.
QString paneKey(PaneId pane);
std::optional<PaneId> paneFromKey(QStringView key);
// The report's section id (the JSON key): "code", "dataset", "environments", "results".
QString sectionKey(PaneId pane);
std::optional<PaneId> paneFromSectionKey(QStringView key);
// The human title: "Package", "Code", "Dataset", "Environment", "Results" (translated).
QString paneTitle(PaneId pane);
// The four review panes in display order (Package excluded).
const QList<PaneId> &reviewPanes();
// Every pane in display order, Package first (grouping comments, findings and report sections).
const QList<PaneId> &allPanes();

enum class ChecklistStep { CodeRead, DatasetVerified, EnvironmentsCompared, ResultsWithinTolerance };

// "code_read", "dataset_verified", "environments_compared", "results_within_tolerance".
QString checklistKey(ChecklistStep step);
std::optional<ChecklistStep> checklistFromKey(QStringView key);
QString checklistStepTitle(ChecklistStep step);
const QList<ChecklistStep> &allChecklistSteps();

// What a person reads for an enum value's JSON token in HTML, PDF and Markdown reports:
// "only_in_reference" -> "Only in reference", "no_hash" -> "No hash". JSON keeps the token.
QString humanLabel(const QString &token);

} // namespace mr
