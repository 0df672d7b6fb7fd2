// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/finding.h"

#include <QList>
#include <QString>

namespace mr::findings {

// One rule of the code base as documented in docs/findings.md: the policy file may name only
// these ids, and a test checks that every id the sources emit is listed here and there.
struct RuleInfo
{
    QString id;
    Finding::Severity severity; // the default severity (the usual one when it depends)
    QString severityText;       // how docs/findings.md states it ("error (warning when ...)")
    QString reason;             // why it matters
    QString fix;                // what the submitter or reviewer does about it
};

const QList<RuleInfo> &ruleCatalogue();
const RuleInfo *findRule(const QString &id);

// Packages whose major-version drift is an error by default (normalised names, PEP 503).
QStringList builtinCriticalPackages();
// PEP 503 normalisation: lower case, runs of "-", "_" and "." become one "-".
QString normalizePackageName(const QString &name);

} // namespace mr::findings
