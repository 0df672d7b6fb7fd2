// SPDX-License-Identifier: Apache-2.0
#include "app/cli/dispatch.h"
#include "app/cli/clicommon.h"
#include "app/cli/commands.h"

#include <exception>
#include <functional>

namespace mr::cli {

namespace {
struct Command
{
    const char *name;
    std::function<int(const QStringList &)> run;
};

const Command kCommands[] = {
#ifdef MR_HAVE_CMD_INSPECT
    {"inspect", runInspect},
#endif
#ifdef MR_HAVE_CMD_VERIFY
    {"verify", runVerify},
#endif
#ifdef MR_HAVE_CMD_REPORT
    {"report", runReport},
#endif
#ifdef MR_HAVE_CMD_GATE
    {"gate", runGate},
#endif
#ifdef MR_HAVE_CMD_CAPTUREENV
    {"capture-env", runCaptureEnv},
#endif
#ifdef MR_HAVE_CMD_CARRYREVIEW
    {"carry-review", runCarryReview},
#endif
};
} // namespace

QStringList commandNames()
{
    QStringList names;
    for (const Command &c : kCommands)
        names << QString::fromLatin1(c.name);
    return names;
}

bool dispatch(const QStringList &arguments, int *exitCode)
{
    if (arguments.size() < 2)
        return false;
    for (const Command &c : kCommands) {
        if (arguments.at(1) == QLatin1String(c.name)) {
            // The last line of defence for hostile input: no exception (nlohmann's type,
            // range or parse errors, bad_alloc) may abort the process; it is unreadable input.
            try {
                *exitCode = c.run(arguments.mid(2));
            } catch (const std::exception &e) {
                fail(QString::fromLatin1(c.name),
                     QStringLiteral("cannot read the input: %1").arg(QString::fromUtf8(e.what())));
                *exitCode = 2;
            }
            return true;
        }
    }
    return false;
}

} // namespace mr::cli
