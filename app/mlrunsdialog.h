// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/importers/importer.h"

#include <QDialog>

class QTreeWidget;

namespace mr {

// Chooses one run of an MLflow file store (a whole mlruns/ folder): experiments as top-level
// items, their runs (name, id, status, start) below. selectedRunPath() is the run folder.
class MlrunsDialog : public QDialog
{
    Q_OBJECT
public:
    MlrunsDialog(const QString &storePath, const QList<importers::MlflowRunInfo> &runs,
                 QWidget *parent = nullptr);
    QString selectedRunPath() const;

private:
    QTreeWidget *m_tree = nullptr;
};

} // namespace mr
