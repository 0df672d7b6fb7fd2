// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/paneids.h"

#include <QList>

class QWidget;

namespace mr {

class Pane;

// The panes the window shows, in display order: one row per review pane. Adding a pane means
// adding a row here (and its id in models/core/paneids.h); nothing else switches on which panes
// exist.
struct PaneRegistration
{
    PaneId id;
    const char *dockObjectName; // stable: saved window layouts refer to it
    int initialWidth;           // relative share of the bottom row on first start
    Pane *(*create)(QWidget *parent);
};

const QList<PaneRegistration> &paneRegistry();

} // namespace mr
