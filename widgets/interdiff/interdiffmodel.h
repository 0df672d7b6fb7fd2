// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/interdiff/interdiff.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace mr {

// The interdiff rows of one pane ("code", "dataset", "environment", "results", "package") as a
// table: what the pane's "Since vX" toggle shows. Plain text cells; values are rendered only.
class InterdiffModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { StateRole = Qt::UserRole + 1, PathRole }; // QString: "added", ...; the item's path or key
    explicit InterdiffModel(QObject *parent = nullptr);

    void setInterdiff(const interdiff::Interdiff &interdiff, const QString &pane);
    QString pane() const { return m_pane; }
    // One sentence for the placeholder when there are no rows ("No difference", "Not compared: ...").
    QString summary() const { return m_summary; }
    // Code rows: the file change behind a row (null for other panes or out of range).
    const interdiff::CodeFileChange *codeFile(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QStringList cells;
        QString state;
        QString path;
    };
    QString m_pane;
    QStringList m_header;
    QList<Row> m_rows;
    QList<interdiff::CodeFileChange> m_files;
    QString m_summary;
};

} // namespace mr
