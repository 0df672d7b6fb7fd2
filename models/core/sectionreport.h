// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/finding.h"

#include <QImage>
#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <string>
#include <string_view>

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

    // A section too large for one JSON tree (a results section of a million metrics: about
    // 2 KiB per row as a tree) holds, in `json`, the string `placeholder` where its largest
    // array belongs, and `write` gives that array's text, indented by `indent` spaces, in
    // pieces. Every JSON writer splices it in with writeJsonText() below; null for others.
    struct Streamed
    {
        std::string placeholder; // unique per process, never found in package content
        std::function<void(const std::function<void(std::string_view)> &out, int indent)> write;
    };
    std::shared_ptr<const Streamed> streamed;
};

// A placeholder no package text contains (it carries a random number drawn once per process).
std::string newStreamedPlaceholder(const char *what);

// Writes `doc` as JSON text (indent 2, invalid UTF-8 replaced) in pieces to `out`, with the
// streamed arrays of `sections` in the places their placeholders hold.
void writeJsonText(const nlohmann::ordered_json &doc, const QList<SectionReport> &sections,
                   const std::function<void(std::string_view)> &out);

// Escapes text from a package or a reviewer for Markdown tables and prose: characters that
// Markdown or inline HTML would interpret (`*_[]<>|\` and backticks) are backslash-escaped.
QString markdownEscape(const QString &text);

} // namespace mr
