// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/diagnostic.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

namespace mr::environment {

inline constexpr const char *kEnvironmentFormatV1 = "modelreview.environment/v1";

// One installed or required distribution, as one environment file describes it.
struct PackageEntry
{
    enum class Source { Registry, File, Vcs, Editable };

    QString name;       // as written
    QString normalized; // PEP 503
    QString version;    // exact version when pinned or installed; empty otherwise
    QString specifier;  // the constraint when not pinned (">=1.2,<2"), empty when pinned
    Source source = Source::Registry;
    QString url; // file://, VCS or archive URL; editable path
    QStringList extras;
    QString marker; // PEP 508 environment marker as written (not evaluated)
    QString build;  // conda build string, when given
    QString file;   // file that listed it (display path) and its 1-based line
    int line = 0;

    // A version without a specifier: `==`, `===`, a conda `=v=b`, an installed version.
    bool pinned() const { return !version.isEmpty() && specifier.isEmpty(); }
    bool operator==(const PackageEntry &) const = default;
};

} // namespace mr::environment

// Only Qt's relocatable value types as members: QList grows by moving bytes, not by copying
// every entry (a million-line pip freeze spent a fifth of its time in copies).
Q_DECLARE_TYPEINFO(mr::environment::PackageEntry, Q_RELOCATABLE_TYPE);

namespace mr::environment {

QString sourceName(PackageEntry::Source source); // "registry", "file", "vcs", "editable"
bool sourceFromName(const QString &name, PackageEntry::Source *out);

// One captured or declared environment. Every field is optional: a requirements file gives
// only packages, a Dockerfile only a base image.
struct Environment
{
    QString name;   // the name in the package ("development", "reference", ...)
    QString file;   // display path of the main file
    QString format; // detected format id, see formatName()
    QString captured, host;
    QString osName, osVersion, kernel, architecture;
    QString cpu; // CPU model
    int cpuCores = 0;
    QString pythonVersion, pythonImplementation, pythonExecutable;
    QString cuda, cudnn, driver;
    QStringList gpus;
    QString locale, timezone;
    QMap<QString, QString> variables;
    QString baseImage;
    QList<PackageEntry> packages;
    Diagnostics diagnostics; // problems met while reading (the environment is still usable)
    bool failed = false;     // nothing could be read (missing, binary, unknown format)

    // Index of the entry with this normalised name, or -1.
    int indexOf(const QString &normalized) const;
    bool hasAccelerators() const
    {
        return !cuda.isEmpty() || !cudnn.isEmpty() || !driver.isEmpty() || !gpus.isEmpty();
    }
};

// The v1 JSON document of an environment (see docs/environment-format.md).
nlohmann::json toJson(const Environment &environment);

} // namespace mr::environment
