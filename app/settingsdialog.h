// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/review/submitrequirements.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;

namespace mr {

// Preferences: the reviewer's identity (written on comments and decisions), the reviewer's
// submit requirements (what an approval needs), and the limits applied when unpacking archives.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QDoubleSpinBox *m_maxGiB = nullptr;
    QDoubleSpinBox *m_maxRatio = nullptr;
    QMap<review::SubmitRequirements::Rule, QCheckBox *> m_requirements;
};

} // namespace mr
