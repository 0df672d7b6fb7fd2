// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QMetaType>
#include <QString>

#include <nlohmann/json_fwd.hpp>

namespace mr {

// What a review comment is about. One value type for every pane, so that the review core and
// the report never need to know a pane's internals: each pane builds anchors for its items and
// recognises its own anchors when asked to reveal one.
struct Anchor
{
    enum class Kind { Package, CodeLines, DatasetEntry, EnvironmentPackage, Metric };
    enum class Side { Old, New };

    Kind kind = Kind::Package;
    // CodeLines: file path (new path; old path for deleted files). DatasetEntry: entry path.
    // EnvironmentPackage: normalised package name (or a platform row key). Metric: metric name.
    QString path;
    Side side = Side::New;   // CodeLines only
    int firstLine = 0;       // CodeLines only, 1-based, inclusive
    int lastLine = 0;        // CodeLines only, inclusive
    QString fingerprint;     // CodeLines: hash of the anchored lines' text (see fingerprintOf)
    QString environmentPair; // EnvironmentPackage: "development..reference"

    static Anchor package();
    static Anchor codeLines(const QString &path, Side side, int first, int last, const QString &fingerprint);
    static Anchor datasetEntry(const QString &path);
    static Anchor environmentPackage(const QString &pair, const QString &name);
    static Anchor metric(const QString &name);

    // The pane this anchor belongs to: "package", "code", "dataset", "environment", "results".
    QString pane() const;
    // A short human-readable label, e.g. "train.py:12-14 (new)".
    QString label() const;
    // Identity of the anchored item, ignoring the fingerprint (two comments on the same lines
    // share a key even when one of them is outdated).
    QString key() const;

    // A stable fingerprint of anchored text: SHA-256 (hex, first 16 chars) of the lines joined
    // by '\n' with trailing whitespace removed from each line.
    static QString fingerprintOf(const QStringList &lines);

    bool operator==(const Anchor &) const = default;
};

void to_json(nlohmann::json &j, const Anchor &a);
// Throws nlohmann::json::exception (or std::invalid_argument for an unknown kind) on bad input.
void from_json(const nlohmann::json &j, Anchor &a);

inline size_t qHash(const Anchor &a, size_t seed = 0)
{
    return qHash(a.key(), seed);
}

} // namespace mr

Q_DECLARE_METATYPE(mr::Anchor)
