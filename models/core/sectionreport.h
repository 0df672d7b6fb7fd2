// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/finding.h"

#include <QImage>
#include <QString>

#include <nlohmann/json.hpp>

namespace mr {

// What one pane contributes to `inspect --json` and to every exported report. Each pane's core
// builds it from its own values; the exporters only lay sections out, they compute nothing.
struct SectionReport
{
    QString id;          // the JSON key: "code", "dataset", "environments", "results"
    QString title;       // heading in HTML, PDF and Markdown
    nlohmann::json json; // the section object of the JSON report (documented per pane)
    QString markdown;    // body in Markdown (no heading); text from the package is escaped
    QString html;        // body as an HTML fragment (no heading); all package text escaped
    QImage image;        // optional figure (for example the results chart); may be null
    Findings findings;   // findings the pane's rules produced
};

// Escapes text from a package or a reviewer for Markdown tables and prose: characters that
// Markdown or inline HTML would interpret (`*_[]<>|\` and backticks) are backslash-escaped.
QString markdownEscape(const QString &text);

} // namespace mr
