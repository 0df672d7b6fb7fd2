// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/diagnostic.h"

#include <QByteArray>
#include <QString>

#include <yaml-cpp/yaml.h>

namespace mr {

// Bounds for YAML read from a package. yaml-cpp expands aliases eagerly when a document is
// walked, so a few hundred bytes of nested aliases can become gigabytes of nodes ("billion
// laughs"). The bounds are checked on the parser's event stream before any node is built.
struct YamlLimits
{
    qint64 maxNodes = 2'000'000;      // nodes after expanding every alias
    int maxDepth = 200;               // nesting of sequences and mappings
    qint64 maxScalarBytes = 16 << 20; // one scalar
    // Aliases may stand for at most aliasBudget + aliasRatio x (nodes written) nodes: merge
    // keys and shared defaults pass, exponential expansion does not.
    qint64 aliasBudget = 10'000;
    qint64 aliasRatio = 10;
};

// Parses one YAML document (the first, as YAML::Load does) within `limits`. On failure returns
// false and fills `error` with `fileName`, the 1-based line and column, and the reason; never
// throws. Every YAML reader of package content goes through here.
bool loadYaml(const QByteArray &data, const QString &fileName, YAML::Node *root, Diagnostic *error,
              const YamlLimits &limits = {});

// loadYaml() for formats whose document must be a mapping (MLmodel, meta.yaml, dvc.yaml): a
// document of another kind fails with a located error at 1:1.
bool loadYamlMapping(const QByteArray &data, const QString &fileName, YAML::Node *root, Diagnostic *error,
                     const YamlLimits &limits = {});

} // namespace mr
