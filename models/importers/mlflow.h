// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/diagnostic.h"

#include <QMap>
#include <QString>

namespace mr::importers {

// An MLflow file-store meta.yaml (a run's or an experiment's), the keys this importer uses.
struct MlflowMeta
{
    bool readable = false;
    QString runId, runName, experimentId, name, status, artifactUri, lifecycleStage;
    qint64 startTime = 0;
    Diagnostics diagnostics;
};
MlflowMeta readMlflowMeta(const QByteArray &data, const QString &displayName);

// MLflow's RunStatus numbers (1.x and 2.x write the number) as names.
QString mlflowStatusName(const QString &status);

// A run's params/ or tags/ folder: key (nested keys with "/") -> value (the file's text).
QMap<QString, QString> readKeyValueFolder(const QString &dir);

} // namespace mr::importers
