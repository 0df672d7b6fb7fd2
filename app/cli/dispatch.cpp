// SPDX-License-Identifier: Apache-2.0
#include "app/cli/dispatch.h"
#include "app/cli/commands.h"

namespace mr::cli {
bool dispatch(const QStringList &arguments, int *exitCode)
{
    Q_UNUSED(arguments);
    Q_UNUSED(exitCode);
    return false; // the lead wires the commands here
}
} // namespace mr::cli
