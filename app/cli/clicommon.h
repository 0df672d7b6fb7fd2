// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/findings/policy.h"
#include "models/findings/suppression.h"
#include "models/package/digest.h"
#include "models/package/loader.h"
#include "models/review/submitrequirements.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

// Helpers shared by the headless commands: argument parsing, opening a package, the digest
// with a terminal progress line, and stderr/stdout writing.
namespace mr::cli {

void printOut(const QString &text); // stdout, UTF-8, no newline added
void printErr(const QString &text); // stderr, UTF-8, no newline added
// "modelreview <command>: <message>\n" on stderr.
void fail(const QString &command, const QString &message);

// Parses `arguments` (what follows the command name) with `parser`, prefixed by the program
// and command name so that --help reads "Usage: modelreview <command> ...". Returns false
// (and prints why) on bad usage; --help prints the help and exits 0 through *exitCode.
bool parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                    int *exitCode);

// Opens the package at `path`; prints the error and returns null on failure.
PackagePtr openPackage(const QString &command, const QString &path);

// The PACKAGE positional argument every command takes, and the --review FILE option.
void addPackageArgument(QCommandLineParser &parser);
QCommandLineOption reviewFileOption();
// Opens the single package named on the command line; prints why and returns null when there
// is not exactly one, or when it cannot be opened.
PackagePtr openPackageArgument(const QCommandLineParser &parser, const QString &command);

// The findings policy for a package: --policy FILE (every command takes it, see
// parseArguments), else the one beside the package or in the user's configuration
// (findings::findPolicy). Prints the located error and returns false when it is malformed;
// the command then exits 2.
bool resolvePolicy(const QCommandLineParser &parser, const QString &command, const QString &packagePath,
                   findings::Policy *policy);
// The policy's submit_requirements as the approval's type; nullopt (and `error`, naming the
// policy file) when it sets none or they are malformed.
std::optional<review::SubmitRequirements> policySubmitRequirements(const findings::Policy &policy,
                                                                   Diagnostic *error);
// The suppressions of the review file at `reviewPath` (none when it does not exist). Prints the
// located error and returns false when the file's "suppressions" are malformed (exit 2).
bool loadSuppressions(const QString &command, const QString &reviewPath, findings::Suppressions *out);

// Computes the digest, drawing a progress line on stderr when it is a terminal.
DigestResult digestWithProgress(const Package &package);

// True when stderr is a terminal (progress lines are drawn only then).
bool stderrIsTerminal();

} // namespace mr::cli
