// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/diagnostic.h"
#include "models/core/finding.h"

#include <QList>
#include <QString>

namespace mr::importers {

// What an MLflow MLmodel file records about the environment that wrote the model.
struct MlModel
{
    struct Version
    {
        QString flavour; // "sklearn"
        QString key;     // "sklearn_version"
        QString package; // the pip name it stands for: "scikit-learn"
        QString version;
        int line = 0;
    };
    QString file; // display path
    bool readable = false;
    QString pythonVersion;
    int pythonLine = 0;
    QString mlflowVersion;
    int mlflowLine = 0;
    QStringList flavours;
    QList<Version> versions; // flavour versions (sklearn_version, xgb_version, ...)
    QString condaFile;       // env files named by python_function.env (1.x string or 2.x map)
    QString virtualenvFile;
    QString runId, artifactPath, modelUuid, created;
    Diagnostics diagnostics; // located (file:line:column)
};

// Reads MLmodel text. Never throws; a malformed file gives `readable == false` and a diagnostic.
MlModel readMlModel(const QByteArray &data, const QString &displayName);

// The pip package a flavour's "<x>_version" key stands for ("sklearn_version" -> "scikit-learn").
QString flavourPackage(const QString &versionKey);

// Whether two version strings agree: equal, or one is a prefix of the other at a component
// boundary ("3.10" and "3.10.12").
bool versionsAgree(const QString &a, const QString &b);
// Whether major.minor differ (a pickle written by one and loaded by the other may break).
bool minorDiffers(const QString &a, const QString &b);

// Cross-file findings between MLmodel and the environment files it names (in `modelDir`):
// python_version against conda.yaml and python_env.yaml; flavour versions and mlflow_version
// against the versions pinned in conda.yaml, python_env.yaml and requirements.txt.
Findings mlmodelFindings(const MlModel &model, const QString &modelDir, const QString &displayDir);

} // namespace mr::importers
