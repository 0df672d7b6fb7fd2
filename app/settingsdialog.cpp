// SPDX-License-Identifier: Apache-2.0
#include "app/settingsdialog.h"

#include "models/core/settings.h"
#include "models/package/loader.h"
#include "widgets/review/reviewersettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace mr {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);

    auto *identity = new QGroupBox(tr("Reviewer"), this);
    auto *idForm = new QFormLayout(identity);
    const Person me = review::storedReviewer();
    m_name = new QLineEdit(me.name, identity);
    m_name->setObjectName(QStringLiteral("settingsName"));
    m_email = new QLineEdit(me.email, identity);
    m_email->setObjectName(QStringLiteral("settingsEmail"));
    idForm->addRow(tr("Name:"), m_name);
    idForm->addRow(tr("Email:"), m_email);
    layout->addWidget(identity);

    auto *approval = new QGroupBox(tr("Submit requirements"), this);
    approval->setObjectName(QStringLiteral("settingsRequirements"));
    auto *approvalLayout = new QVBoxLayout(approval);
    const review::SubmitRequirements requirements = review::storedSubmitRequirements();
    for (review::SubmitRequirements::Rule rule : review::SubmitRequirements::allRules()) {
        auto *box = new QCheckBox(review::SubmitRequirements::ruleTitle(rule), approval);
        box->setObjectName(QStringLiteral("requirement_") + review::SubmitRequirements::ruleKey(rule));
        box->setChecked(requirements.required(rule));
        approvalLayout->addWidget(box);
        m_requirements.insert(rule, box);
    }
    auto *approvalNote = new QLabel(tr("Approve refuses while a checked requirement is not met; modelreview "
                                       "gate applies the same ones unless given --requirements."),
                                    approval);
    approvalNote->setWordWrap(true);
    approvalLayout->addWidget(approvalNote);
    layout->addWidget(approval);

    auto *limits = new QGroupBox(tr("Archives"), this);
    auto *limForm = new QFormLayout(limits);
    const LoadOptions defaults;
    auto settings = openSettings();
    m_maxGiB = new QDoubleSpinBox(limits);
    m_maxGiB->setObjectName(QStringLiteral("settingsMaxExtracted"));
    m_maxGiB->setRange(0.01, 100000);
    m_maxGiB->setSuffix(tr(" GiB"));
    m_maxGiB->setValue(
        settings->value(QStringLiteral("limits/maxExtractedBytes"), defaults.maxExtractedBytes).toDouble() /
        double(qint64(1) << 30));
    m_maxRatio = new QDoubleSpinBox(limits);
    m_maxRatio->setObjectName(QStringLiteral("settingsMaxRatio"));
    m_maxRatio->setRange(1, 100000);
    m_maxRatio->setSuffix(QStringLiteral(" : 1"));
    m_maxRatio->setValue(
        settings->value(QStringLiteral("limits/maxExpansionRatio"), defaults.maxExpansionRatio).toDouble());
    limForm->addRow(tr("Largest unpacked size:"), m_maxGiB);
    limForm->addRow(tr("Largest expansion ratio:"), m_maxRatio);
    auto *note = new QLabel(
        tr("An archive that would unpack past either limit is refused, naming the entry."), limits);
    note->setWordWrap(true);
    limForm->addRow(note);
    layout->addWidget(limits);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    review::storeReviewer({m_name->text().trimmed(), m_email->text().trimmed()});
    review::SubmitRequirements requirements;
    for (auto it = m_requirements.cbegin(); it != m_requirements.cend(); ++it)
        requirements.setRequired(it.key(), it.value()->isChecked());
    review::storeSubmitRequirements(requirements);
    auto settings = openSettings();
    settings->setValue(QStringLiteral("limits/maxExtractedBytes"),
                       qint64(m_maxGiB->value() * double(qint64(1) << 30)));
    settings->setValue(QStringLiteral("limits/maxExpansionRatio"), m_maxRatio->value());
    QDialog::accept();
}

} // namespace mr
