// SPDX-License-Identifier: Apache-2.0
// The v1 JSON format (reader and writer) and pip list --format=json.
#include "models/environment/environment.h"
#include "models/core/jsonutil.h"
#include "models/environment/pep440.h"
#include "models/environment/readers_p.h"

#include <QCoreApplication>
#include <nlohmann/json.hpp>

namespace mr::environment {

QString sourceName(PackageEntry::Source source)
{
    switch (source) {
    case PackageEntry::Source::Registry: return QStringLiteral("registry");
    case PackageEntry::Source::File: return QStringLiteral("file");
    case PackageEntry::Source::Vcs: return QStringLiteral("vcs");
    case PackageEntry::Source::Editable: return QStringLiteral("editable");
    }
    return {};
}

bool sourceFromName(const QString &name, PackageEntry::Source *out)
{
    for (auto s : {PackageEntry::Source::Registry, PackageEntry::Source::File, PackageEntry::Source::Vcs,
                   PackageEntry::Source::Editable})
        if (sourceName(s) == name) {
            *out = s;
            return true;
        }
    return false;
}

int Environment::indexOf(const QString &normalized) const
{
    for (int i = 0; i < packages.size(); ++i)
        if (packages[i].normalized == normalized)
            return i;
    return -1;
}

nlohmann::json toJson(const Environment &e)
{
    using nlohmann::json;
    json j = json::object();
    j["format"] = kEnvironmentFormatV1;
    auto put = [](json &o, const char *key, const QString &value) {
        if (!value.isEmpty())
            o[key] = ss(value);
    };
    put(j, "captured", e.captured);
    put(j, "host", e.host);
    json os = json::object();
    put(os, "name", e.osName);
    put(os, "version", e.osVersion);
    put(os, "kernel", e.kernel);
    put(os, "architecture", e.architecture);
    if (!os.empty())
        j["os"] = os;
    if (!e.cpu.isEmpty() || e.cpuCores > 0) {
        json cpu = json::object();
        put(cpu, "model", e.cpu);
        if (e.cpuCores > 0)
            cpu["cores"] = e.cpuCores;
        j["cpu"] = cpu;
    }
    json py = json::object();
    put(py, "version", e.pythonVersion);
    put(py, "implementation", e.pythonImplementation);
    put(py, "executable", e.pythonExecutable);
    if (!py.empty())
        j["python"] = py;
    if (e.hasAccelerators()) {
        json acc = json::object();
        put(acc, "cuda", e.cuda);
        put(acc, "cudnn", e.cudnn);
        put(acc, "driver", e.driver);
        json gpus = json::array();
        for (const QString &g : e.gpus)
            gpus.push_back(ss(g));
        acc["gpus"] = gpus;
        j["accelerators"] = acc;
    }
    put(j, "locale", e.locale);
    put(j, "timezone", e.timezone);
    if (!e.variables.isEmpty()) {
        json vars = json::object();
        for (auto it = e.variables.cbegin(); it != e.variables.cend(); ++it)
            vars[ss(it.key())] = ss(it.value());
        j["variables"] = vars;
    }
    put(j, "base_image", e.baseImage);
    json packages = json::array();
    for (const PackageEntry &p : e.packages) {
        json o = json::object();
        o["name"] = ss(p.name);
        put(o, "version", p.version);
        put(o, "specifier", p.specifier);
        o["source"] = ss(sourceName(p.source));
        put(o, "url", p.url);
        if (!p.extras.isEmpty()) {
            json x = json::array();
            for (const QString &s : p.extras)
                x.push_back(ss(s));
            o["extras"] = x;
        }
        put(o, "marker", p.marker);
        put(o, "build", p.build);
        packages.push_back(o);
    }
    j["packages"] = packages;
    return j;
}

namespace detail {

namespace {

// Reads optional typed fields, reporting a wrong type with its key path and going on.
struct Fields
{
    ReadContext &ctx;
    const QString &path;

    QString str(const nlohmann::json &o, const char *key, const QString &where)
    {
        if (!o.is_object() || !o.contains(key) || o.at(key).is_null())
            return {};
        const auto &v = o.at(key);
        if (v.is_string())
            return qs(v.get<std::string>());
        if (v.is_number())
            return qs(v.dump());
        ctx.warn(path, 0,
                 QCoreApplication::translate("mr::Environment", "expected a string, found %1")
                     .arg(jsonTypeName(v)),
                 where + QLatin1Char('.') + QLatin1String(key));
        return {};
    }
    const nlohmann::json *object(const nlohmann::json &o, const char *key)
    {
        if (!o.contains(key) || o.at(key).is_null())
            return nullptr;
        if (!o.at(key).is_object()) {
            ctx.warn(path, 0,
                     QCoreApplication::translate("mr::Environment", "expected an object, found %1")
                         .arg(jsonTypeName(o.at(key))),
                     QLatin1String(key));
            return nullptr;
        }
        return &o.at(key);
    }
};

} // namespace

void readV1(ReadContext &ctx, const QString &path, const QByteArray &data)
{
    Diagnostic error;
    const auto doc = parseJson(data, ctx.display(path), &error);
    if (!doc) {
        ctx.env->diagnostics.append(error);
        ctx.env->failed = true;
        return;
    }
    const nlohmann::json &j = *doc;
    Environment &e = *ctx.env;
    if (!j.is_object() || !j.contains("format") || !j.at("format").is_string()) {
        ctx.warn(path, 1,
                 QCoreApplication::translate("mr::Environment", "not a %1 document (no \"format\")")
                     .arg(QLatin1String(kEnvironmentFormatV1)),
                 QStringLiteral("format"));
        e.failed = true;
        return;
    }
    const QString format = qs(j.at("format").get<std::string>());
    if (format != QLatin1String(kEnvironmentFormatV1)) {
        ctx.warn(path, 1,
                 QCoreApplication::translate("mr::Environment",
                                             "unknown format \"%1\" (this version reads %2); read as v1")
                     .arg(format, QLatin1String(kEnvironmentFormatV1)),
                 QStringLiteral("format"));
        if (!format.startsWith(QLatin1String("modelreview.environment/"))) {
            e.failed = true;
            return;
        }
    }
    Fields f{ctx, path};
    e.captured = f.str(j, "captured", {});
    e.host = f.str(j, "host", {});
    if (const auto *os = f.object(j, "os")) {
        e.osName = f.str(*os, "name", QStringLiteral("os"));
        e.osVersion = f.str(*os, "version", QStringLiteral("os"));
        e.kernel = f.str(*os, "kernel", QStringLiteral("os"));
        e.architecture = f.str(*os, "architecture", QStringLiteral("os"));
    }
    if (const auto *cpu = f.object(j, "cpu")) {
        e.cpu = f.str(*cpu, "model", QStringLiteral("cpu"));
        e.cpuCores = f.str(*cpu, "cores", QStringLiteral("cpu")).toInt();
    }
    if (const auto *py = f.object(j, "python")) {
        e.pythonVersion = f.str(*py, "version", QStringLiteral("python"));
        e.pythonImplementation = f.str(*py, "implementation", QStringLiteral("python"));
        e.pythonExecutable = f.str(*py, "executable", QStringLiteral("python"));
    }
    if (const auto *acc = f.object(j, "accelerators")) {
        e.cuda = f.str(*acc, "cuda", QStringLiteral("accelerators"));
        e.cudnn = f.str(*acc, "cudnn", QStringLiteral("accelerators"));
        e.driver = f.str(*acc, "driver", QStringLiteral("accelerators"));
        if (acc->contains("gpus") && acc->at("gpus").is_array()) {
            for (const auto &g : acc->at("gpus"))
                if (g.is_string())
                    e.gpus.append(qs(g.get<std::string>()));
        }
    }
    e.locale = f.str(j, "locale", {});
    e.timezone = f.str(j, "timezone", {});
    if (const auto *vars = f.object(j, "variables"))
        for (auto it = vars->begin(); it != vars->end(); ++it)
            e.variables.insert(qs(it.key()), f.str(*vars, it.key().c_str(), QStringLiteral("variables")));
    e.baseImage = f.str(j, "base_image", {});
    if (!j.contains("packages"))
        return;
    if (!j.at("packages").is_array()) {
        ctx.warn(path, 0,
                 QCoreApplication::translate("mr::Environment", "expected an array, found %1")
                     .arg(jsonTypeName(j.at("packages"))),
                 QStringLiteral("packages"));
        return;
    }
    const QString display = ctx.display(path);
    int index = 0;
    for (const auto &p : j.at("packages")) {
        const QString where = QStringLiteral("packages[%1]").arg(index++);
        if (!p.is_object()) {
            ctx.warn(path, 0,
                     QCoreApplication::translate("mr::Environment", "expected an object, found %1")
                         .arg(jsonTypeName(p)),
                     where);
            continue;
        }
        PackageEntry entry;
        entry.name = f.str(p, "name", where);
        if (entry.name.isEmpty()) {
            ctx.warn(path, 0,
                     QCoreApplication::translate("mr::Environment", "package without a name ignored"), where);
            continue;
        }
        entry.normalized = normalizeName(entry.name);
        entry.version = f.str(p, "version", where);
        entry.specifier = f.str(p, "specifier", where);
        if (entry.version.isEmpty() && entry.specifier.isEmpty())
            entry.specifier = QStringLiteral("*");
        const QString source = f.str(p, "source", where);
        if (!source.isEmpty() && !sourceFromName(source, &entry.source))
            ctx.warn(path, 0,
                     QCoreApplication::translate("mr::Environment", "unknown source \"%1\"; read as registry")
                         .arg(source),
                     where + QStringLiteral(".source"));
        entry.url = f.str(p, "url", where);
        entry.marker = f.str(p, "marker", where);
        entry.build = f.str(p, "build", where);
        if (p.contains("extras") && p.at("extras").is_array())
            for (const auto &x : p.at("extras"))
                if (x.is_string())
                    entry.extras.append(qs(x.get<std::string>()));
        entry.file = display;
        ctx.addPackage(std::move(entry));
    }
}

void readPipList(ReadContext &ctx, const QString &path, const QByteArray &data)
{
    Diagnostic error;
    const auto doc = parseJson(data, ctx.display(path), &error);
    if (!doc) {
        ctx.env->diagnostics.append(error);
        ctx.env->failed = true;
        return;
    }
    Fields f{ctx, path};
    const QString display = ctx.display(path);
    int index = 0;
    for (const auto &p : *doc) {
        const QString where = QStringLiteral("[%1]").arg(index++);
        PackageEntry e;
        e.name = p.is_object() ? f.str(p, "name", where) : QString();
        if (e.name.isEmpty()) {
            ctx.warn(path, 0, QCoreApplication::translate("mr::Environment", "entry without a name ignored"),
                     where);
            continue;
        }
        e.normalized = normalizeName(e.name);
        e.version = f.str(p, "version", where);
        if (e.version.isEmpty())
            e.specifier = QStringLiteral("*");
        const QString editable = f.str(p, "editable_project_location", where);
        if (!editable.isEmpty()) {
            e.source = PackageEntry::Source::Editable;
            e.url = editable;
        }
        e.file = display;
        ctx.addPackage(std::move(e));
    }
}

} // namespace detail
} // namespace mr::environment
