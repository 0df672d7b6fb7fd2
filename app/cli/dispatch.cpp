// SPDX-License-Identifier: Apache-2.0
#include "app/cli/dispatch.h"
#include "app/cli/clicommon.h"
#include "app/cli/commands.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

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
#ifdef MR_HAVE_CMD_PACK
    {"pack", runPack},
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

bool isCommandWord(const QString &argument)
{
    if (commandNames().contains(argument))
        return true;
    static const QRegularExpression word(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]*$"));
    return word.match(argument).hasMatch() && !QFileInfo::exists(argument);
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
                     QCoreApplication::translate("mr::cli", "cannot read the input: %1")
                         .arg(QString::fromUtf8(e.what())));
                *exitCode = 2;
            }
            return true;
        }
    }
    if (!isCommandWord(arguments.at(1)))
        return false;
    printErr(QCoreApplication::translate("cli", "modelreview: unknown command \"%1\"\n"
                                                "Commands: %2\n"
                                                "To open a package in the workbench, give its path "
                                                "(for example ./%1).\n")
                 .arg(arguments.at(1), commandNames().join(QStringLiteral(", "))));
    *exitCode = 2;
    return true;
}

} // namespace mr::cli
