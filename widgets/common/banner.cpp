// SPDX-License-Identifier: Apache-2.0
#include "widgets/common/banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace mr {

Banner::Banner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("banner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    m_icon = new QLabel(this);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("bannerText"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void Banner::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    m_label->setText(text);
    applyKind();
    show();
}

QString Banner::text() const
{
    return m_label->text();
}

void Banner::applyKind()
{
    // Light tints readable with dark text in either palette; the icon carries the kind too.
    QColor tint;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (m_kind) {
    case Kind::Info: tint = QColor(0xdd, 0xea, 0xf7); break;
    case Kind::Warning:
        tint = QColor(0xfb, 0xee, 0xc8);
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Kind::Error:
        tint = QColor(0xf6, 0xd5, 0xd5);
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    QPalette pal = palette();
    pal.setColor(QPalette::Window, tint);
    pal.setColor(QPalette::WindowText, Qt::black);
    setPalette(pal);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(20, 20));
}

} // namespace mr
