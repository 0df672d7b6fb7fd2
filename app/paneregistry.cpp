// SPDX-License-Identifier: Apache-2.0
#include "app/paneregistry.h"

#include "widgets/code/codepane.h"
#include "widgets/dataset/datasetpane.h"
#include "widgets/environment/environmentpane.h"
#include "widgets/results/resultspane.h"

namespace mr {

namespace {
template<typename P> Pane *make(QWidget *parent)
{
    return new P(parent);
}
} // namespace

const QList<PaneRegistration> &paneRegistry()
{
    static const QList<PaneRegistration> registry{
        {PaneId::Code, "codeDock", 5, &make<CodePane>},
        {PaneId::Dataset, "datasetDock", 3, &make<DatasetPane>},
        {PaneId::Environment, "environmentDock", 4, &make<EnvironmentPane>},
        {PaneId::Results, "resultsDock", 4, &make<ResultsPane>},
    };
    return registry;
}

} // namespace mr
