// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/package/package.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace mr::review {

// Asks once for the reviewer's name and email; they go into every comment and decision.
class IdentityDialog : public QDialog
{
    Q_OBJECT
public:
    explicit IdentityDialog(QWidget *parent = nullptr);
    void setPerson(const Person &person);
    Person person() const;

private:
    void updateOk();
    QLineEdit *m_name;
    QLineEdit *m_email;
    QDialogButtonBox *m_buttons;
};

} // namespace mr::review
