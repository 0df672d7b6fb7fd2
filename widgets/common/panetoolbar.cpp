// SPDX-License-Identifier: Apache-2.0
#include "widgets/common/panetoolbar.h"

namespace mr {

PaneToolBar::PaneToolBar(QWidget *parent) : QToolBar(parent)
{
    setMovable(false);
    setFloatable(false);
    setIconSize(QSize(16, 16));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setContentsMargins(0, 0, 0, 0);
    setStyleSheet(QStringLiteral("QToolBar { border: none; spacing: 4px; }"));
}

void PaneToolBar::addStretch()
{
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    addWidget(spacer);
}

QAction *PaneToolBar::addExpandingWidget(QWidget *widget, int minimumWidth)
{
    widget->setSizePolicy(QSizePolicy::Expanding, widget->sizePolicy().verticalPolicy());
    widget->setMinimumWidth(minimumWidth);
    return addWidget(widget);
}

} // namespace mr
