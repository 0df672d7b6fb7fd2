// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/common/pane.h"

class QTreeWidget;

namespace mr {

// A pane that lists its section's basic facts (files, names, counts): what a build without
// the section's own pane shows.
class FactsPane : public Pane
{
    Q_OBJECT
public:
    enum class Kind { Code, Dataset, Environment, Results };
    explicit FactsPane(Kind kind, QWidget *parent = nullptr);
    void setPackage(const PackagePtr &package) override;

private:
    Kind m_kind;
    QTreeWidget *m_tree = nullptr;
};

} // namespace mr
