// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QDoubleSpinBox;
class QLineEdit;

namespace mr {

// Preferences: the reviewer's identity (written on comments and decisions) and the limits
// applied when unpacking archives.
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
};

} // namespace mr
