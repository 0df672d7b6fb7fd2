// SPDX-License-Identifier: Apache-2.0
#include "widgets/review/identitydialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace mr::review {

IdentityDialog::IdentityDialog(QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_email(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("identityDialog"));
    setWindowTitle(tr("Who is reviewing?"));
    m_name->setObjectName(QStringLiteral("reviewerName"));
    m_email->setObjectName(QStringLiteral("reviewerEmail"));
    m_name->setPlaceholderText(tr("Full name"));
    m_email->setPlaceholderText(tr("name@example.org"));
    auto *intro = new QLabel(tr("Your name and email are recorded with each comment and decision you make. "
                                "They are stored in your settings and asked for only once."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &IdentityDialog::updateOk);
    connect(m_email, &QLineEdit::textChanged, this, &IdentityDialog::updateOk);
    updateOk();
}

void IdentityDialog::setPerson(const Person &person)
{
    m_name->setText(person.name);
    m_email->setText(person.email);
}

Person IdentityDialog::person() const
{
    return Person{m_name->text().trimmed(), m_email->text().trimmed()};
}

void IdentityDialog::updateOk()
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    const QString e = m_email->text().trimmed();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_name->text().trimmed().isEmpty() && (e.isEmpty() || email.match(e).hasMatch()));
}

} // namespace mr::review
