// SPDX-License-Identifier: Apache-2.0
#include "models/findings/policy.h"
#include "models/core/jsonutil.h"
#include "models/findings/rules.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <toml++/toml.h>

#include <QCoreApplication>
#include <cctype>
#include <sstream>

namespace mr::findings {

QString Policy::describe() const
{
    if (isBuiltin())
        return QCoreApplication::translate("mr::Findings", "built-in defaults");
    return QCoreApplication::translate("mr::Findings", "%1 (sha256 %2)").arg(source, digest);
}

nlohmann::json Policy::toJson() const
{
    nlohmann::json j = nlohmann::json::object();
    j["source"] = isBuiltin() ? nlohmann::json() : nlohmann::json(source.toStdString());
    j["digest"] = isBuiltin() ? nlohmann::json() : nlohmann::json(digest.toStdString());
    nlohmann::json rulesJson = nlohmann::json::object();
    for (auto it = rules.cbegin(); it != rules.cend(); ++it)
        rulesJson[it.key().toStdString()] =
            it->off ? std::string("off") : Finding::severityName(it->severity).toStdString();
    j["rules"] = rulesJson;
    nlohmann::json critical = nlohmann::json::array();
    for (const QString &p : criticalPackages)
        critical.push_back(p.toStdString());
    j["critical_packages"] = critical;
    j["submit_requirements"] = submitRequirements;
    return j;
}

namespace {

// A key's position in JSON text: the first `"key"` followed by a colon after `from`. nlohmann
// keeps no positions for values; the key text is what a person looks for anyway.
void locateKey(const QByteArray &data, const std::string &key, qsizetype from, int *line, int *column)
{
    const QByteArray needle = '"' + QByteArray::fromStdString(key) + '"';
    qsizetype at = data.indexOf(needle, from);
    while (at >= 0) {
        qsizetype i = at + needle.size();
        while (i < data.size() && std::isspace(static_cast<unsigned char>(data.at(i))))
            ++i;
        if (i < data.size() && data.at(i) == ':')
            break;
        at = data.indexOf(needle, at + 1);
    }
    if (at < 0) {
        *line = 0;
        *column = 0;
        return;
    }
    lineColumnAt(data, at, line, column);
}

struct Located
{
    nlohmann::json value;
    int line = 0, column = 0;
};

// The policy as read from either format: top-level keys with their positions.
struct RawPolicy
{
    QList<std::pair<std::string, Located>> keys;
    QList<std::pair<std::string, Located>> rules; // entries of "rules"
};

PolicyLoadResult failAt(const QString &file, int line, int column, const QString &where,
                        const QString &message)
{
    PolicyLoadResult r;
    r.error = Diagnostic{file, line, column, where, message};
    return r;
}

PolicyLoadResult build(const RawPolicy &raw, const QString &fileName)
{
    Policy p;
    for (const auto &[key, v] : raw.keys) {
        if (key == "format") {
            if (!v.value.is_string() || v.value.get<std::string>() != "modelreview.policy/v1")
                return failAt(
                    fileName, v.line, v.column, QStringLiteral("format"),
                    QCoreApplication::translate("mr::Findings", "expected \"modelreview.policy/v1\""));
        } else if (key == "critical_packages") {
            if (!v.value.is_array())
                return failAt(fileName, v.line, v.column, QStringLiteral("critical_packages"),
                              QCoreApplication::translate("mr::Findings",
                                                          "expected an array of package names, found a %1")
                                  .arg(jsonTypeName(v.value)));
            static const QRegularExpression valid(
                QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$"));
            for (size_t i = 0; i < v.value.size(); ++i) {
                const nlohmann::json &e = v.value[i];
                const QString name = e.is_string() ? qs(e.get<std::string>()) : QString();
                if (!valid.match(name).hasMatch())
                    return failAt(
                        fileName, v.line, v.column, QStringLiteral("critical_packages[%1]").arg(i),
                        QCoreApplication::translate("mr::Findings", "expected a package name, found %1")
                            .arg(e.is_string() ? QStringLiteral("\"%1\"").arg(name)
                                               : QStringLiteral("a ") + jsonTypeName(e)));
                const QString n = normalizePackageName(name);
                if (!p.criticalPackages.contains(n))
                    p.criticalPackages << n;
            }
        } else if (key == "submit_requirements") {
            p.submitRequirements = v.value;
        } else if (key != "rules") {
            return failAt(fileName, v.line, v.column, qs(key),
                          QCoreApplication::translate(
                              "mr::Findings", "unknown key (expected format, rules, critical_packages, "
                                              "submit_requirements)"));
        }
    }
    for (const auto &[id, v] : raw.rules) {
        const QString rule = qs(id);
        const QString where = QStringLiteral("rules.%1").arg(rule);
        if (!findRule(rule))
            return failAt(
                fileName, v.line, v.column, where,
                QCoreApplication::translate("mr::Findings", "unknown rule id (docs/findings.md lists them)"));
        const QString value = v.value.is_string() ? qs(v.value.get<std::string>()) : QString();
        Policy::RuleSetting s;
        if (value == QLatin1String("off"))
            s.off = true;
        else if (!Finding::severityFromName(value, &s.severity))
            return failAt(
                fileName, v.line, v.column, where,
                QCoreApplication::translate("mr::Findings",
                                            "expected \"error\", \"warning\", \"info\" or \"off\", found %1")
                    .arg(v.value.is_string() ? QStringLiteral("\"%1\"").arg(value)
                                             : QStringLiteral("a ") + jsonTypeName(v.value)));
        p.rules.insert(rule, s);
    }
    PolicyLoadResult r;
    r.policy = p;
    return r;
}

PolicyLoadResult parseJsonPolicy(const QByteArray &data, const QString &fileName)
{
    Diagnostic error;
    const std::optional<nlohmann::json> j = parseJson(data, fileName, &error);
    if (!j) {
        PolicyLoadResult r;
        r.error = error;
        return r;
    }
    if (!j->is_object())
        return failAt(fileName, 1, 1, {},
                      QCoreApplication::translate("mr::Findings", "expected a JSON object, found a %1")
                          .arg(jsonTypeName(*j)));
    RawPolicy raw;
    for (auto it = j->begin(); it != j->end(); ++it) {
        Located l{it.value()};
        locateKey(data, it.key(), 0, &l.line, &l.column);
        raw.keys.append({it.key(), l});
    }
    if (j->contains("rules")) {
        const nlohmann::json &rules = j->at("rules");
        int line = 0, column = 0;
        locateKey(data, "rules", 0, &line, &column);
        if (!rules.is_object())
            return failAt(fileName, line, column, QStringLiteral("rules"),
                          QCoreApplication::translate("mr::Findings",
                                                      "expected an object of rule id to severity, found a %1")
                              .arg(jsonTypeName(rules)));
        // Rule ids are looked for after the "rules" key, so that a rule id that is also a
        // top-level word elsewhere is not mislocated.
        const qsizetype from = data.indexOf("\"rules\"");
        for (auto it = rules.begin(); it != rules.end(); ++it) {
            Located l{it.value()};
            locateKey(data, it.key(), from < 0 ? 0 : from, &l.line, &l.column);
            raw.rules.append({it.key(), l});
        }
    }
    return build(raw, fileName);
}

// TOML values as JSON (the submit requirements are passed on as JSON); dates and times as text.
nlohmann::json tomlToJson(const toml::node &node)
{
    if (const toml::table *t = node.as_table()) {
        nlohmann::json o = nlohmann::json::object();
        for (auto &&[key, value] : *t)
            o[std::string(key.str())] = tomlToJson(value);
        return o;
    }
    if (const toml::array *a = node.as_array()) {
        nlohmann::json list = nlohmann::json::array();
        for (const toml::node &value : *a)
            list.push_back(tomlToJson(value));
        return list;
    }
    if (auto v = node.value_exact<std::string>())
        return *v;
    if (auto v = node.value_exact<int64_t>())
        return *v;
    if (auto v = node.value_exact<double>())
        return *v;
    if (auto v = node.value_exact<bool>())
        return *v;
    std::ostringstream out;
    if (const auto *d = node.as_date())
        out << *d;
    else if (const auto *t = node.as_time())
        out << *t;
    else if (const auto *dt = node.as_date_time())
        out << *dt;
    return out.str();
}

PolicyLoadResult parseTomlPolicy(const QByteArray &data, const QString &fileName)
{
    const std::string text = data.toStdString();
    toml::table root;
    auto syntax = [&](const toml::parse_error &e) {
        return failAt(fileName, int(e.source().begin.line), int(e.source().begin.column), {},
                      QString::fromUtf8(e.description().data(), qsizetype(e.description().size())));
    };
#if TOML_EXCEPTIONS
    try {
        root = toml::parse(text, fileName.toStdString());
    } catch (const toml::parse_error &e) {
        return syntax(e);
    }
#else
    toml::parse_result parsed = toml::parse(text, fileName.toStdString());
    if (!parsed)
        return syntax(parsed.error());
    root = std::move(parsed).table();
#endif
    RawPolicy raw;
    for (auto &&[key, node] : root) {
        Located l{tomlToJson(node), int(node.source().begin.line), int(node.source().begin.column)};
        raw.keys.append({std::string(key.str()), l});
    }
    if (const toml::node *rules = root.get("rules")) {
        const toml::table *t = rules->as_table();
        if (!t)
            return failAt(
                fileName, int(rules->source().begin.line), int(rules->source().begin.column),
                QStringLiteral("rules"),
                QCoreApplication::translate("mr::Findings", "expected a table of rule id to severity"));
        for (auto &&[key, node] : *t) {
            Located l{tomlToJson(node), int(key.source().begin.line), int(key.source().begin.column)};
            if (l.line == 0) {
                l.line = int(node.source().begin.line);
                l.column = int(node.source().begin.column);
            }
            raw.rules.append({std::string(key.str()), l});
        }
    }
    return build(raw, fileName);
}

} // namespace

PolicyLoadResult parsePolicy(const QByteArray &data, const QString &fileName, bool toml)
{
    return toml ? parseTomlPolicy(data, fileName) : parseJsonPolicy(data, fileName);
}

PolicyLoadResult loadPolicyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failAt(path, 0, 0, {},
                      QCoreApplication::translate("mr::Findings", "cannot read the policy file: %1")
                          .arg(file.errorString()));
    // A policy is a few hundred bytes; refuse anything absurd rather than parse it.
    if (file.size() > 1024 * 1024)
        return failAt(path, 0, 0, {},
                      QCoreApplication::translate("mr::Findings", "the policy file is larger than 1 MiB"));
    const QByteArray data = file.readAll();
    PolicyLoadResult r = parsePolicy(data, path, path.endsWith(QLatin1String(".toml"), Qt::CaseInsensitive));
    if (r.policy) {
        r.policy->source = QFileInfo(path).absoluteFilePath();
        r.policy->digest =
            QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex().left(16));
    }
    return r;
}

QString userPolicyDirectory()
{
    const QByteArray dir = qgetenv("MODELREVIEW_SETTINGS_DIR");
    if (!dir.isEmpty())
        return QString::fromLocal8Bit(dir);
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/ModelReview");
}

PolicyLoadResult findPolicy(const QString &packagePath, const QString &explicitPath)
{
    if (!explicitPath.isEmpty()) {
        if (!QFileInfo(explicitPath).isFile())
            return failAt(explicitPath, 0, 0, {},
                          QCoreApplication::translate("mr::Findings", "no such policy file"));
        return loadPolicyFile(explicitPath);
    }
    QStringList folders;
    if (!packagePath.isEmpty())
        folders << QFileInfo(QFileInfo(packagePath).absoluteFilePath()).absolutePath();
    folders << userPolicyDirectory();
    for (const QString &folder : std::as_const(folders)) {
        const QString json = QDir(folder).filePath(QLatin1String(kPolicyJsonName));
        const QString toml = QDir(folder).filePath(QLatin1String(kPolicyTomlName));
        const bool hasJson = QFileInfo(json).isFile(), hasToml = QFileInfo(toml).isFile();
        if (hasJson && hasToml)
            return failAt(toml, 0, 0, {},
                          QCoreApplication::translate("mr::Findings", "both %1 and %2 exist: keep one")
                              .arg(QLatin1String(kPolicyJsonName), QLatin1String(kPolicyTomlName)));
        if (hasJson || hasToml)
            return loadPolicyFile(hasJson ? json : toml);
    }
    PolicyLoadResult builtin;
    builtin.policy = Policy{};
    return builtin;
}

} // namespace mr::findings
