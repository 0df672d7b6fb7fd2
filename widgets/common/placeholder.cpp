// SPDX-License-Identifier: Apache-2.0
#include "widgets/common/placeholder.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace mr {

Placeholder::Placeholder(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("placeholder"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("placeholderText"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = m_label->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_label->setFont(f);
    QPalette pal = m_label->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    m_label->setPalette(pal);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(320);
    m_cancel = new QPushButton(tr("Cancel"), this);
    layout->addWidget(m_label);
    layout->addWidget(m_progress, 0, Qt::AlignHCenter);
    layout->addWidget(m_cancel, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    connect(m_cancel, &QPushButton::clicked, this, &Placeholder::cancelRequested);
    setState(State::Empty);
}

void Placeholder::setState(State state, const QString &text)
{
    m_state = state;
    QString shown = text;
    if (shown.isEmpty()) {
        switch (state) {
        case State::Empty: shown = tr("No package open"); break;
        case State::Loading: shown = tr("Loading…"); break;
        case State::NotProvided: shown = tr("Not provided by this package"); break;
        case State::NoContent: shown = tr("No difference"); break;
        case State::Failed: shown = tr("Failed"); break;
        }
    } else if (state == State::Failed) {
        shown = tr("Failed: %1").arg(text);
    }
    m_label->setText(shown);
    m_progress->setVisible(state == State::Loading);
    m_cancel->setVisible(false);
    if (state == State::Loading)
        setProgress(0, 0);
}

void Placeholder::setProgress(int value, int maximum)
{
    m_progress->setRange(0, maximum);
    m_progress->setValue(value);
    m_cancel->setVisible(m_state == State::Loading && receivers(SIGNAL(cancelRequested())) > 0);
}

QString Placeholder::text() const
{
    return m_label->text();
}

} // namespace mr
