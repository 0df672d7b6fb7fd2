// SPDX-License-Identifier: Apache-2.0
#include "models/findings/suppression.h"
#include "models/core/jsonutil.h"
#include <QCoreApplication>

namespace mr::findings {

Suppression Suppression::forFinding(const Finding &finding, const QString &reason, const QString &by,
                                    const QString &at)
{
    Suppression s;
    s.ruleId = finding.ruleId;
    s.fingerprint = finding.fingerprint();
    for (const FindingItem &i : finding.allItems())
        s.itemKeys << i.anchor.key();
    s.reason = reason;
    s.by = by;
    s.at = at;
    s.label = finding.message;
    return s;
}

nlohmann::json suppressionsToJson(const Suppressions &suppressions)
{
    nlohmann::json out = nlohmann::json::array();
    for (const Suppression &s : suppressions) {
        nlohmann::json keys = nlohmann::json::array();
        for (const QString &k : s.itemKeys)
            keys.push_back(k.toStdString());
        out.push_back({{"rule", s.ruleId.toStdString()},
                       {"fingerprint", s.fingerprint.toStdString()},
                       {"items", keys},
                       {"reason", s.reason.toStdString()},
                       {"by", s.by.toStdString()},
                       {"at", s.at.toStdString()},
                       {"finding", s.label.toStdString()}});
    }
    return out;
}

bool suppressionsFromJson(const nlohmann::json &top, const QString &fileName, Suppressions *out,
                          Diagnostic *error)
{
    out->clear();
    if (!top.is_object() || !top.contains(kSuppressionsKey))
        return true;
    const nlohmann::json &list = top.at(kSuppressionsKey);
    auto fail = [&](const QString &where, const QString &message) {
        *error = Diagnostic{fileName, 0, 0, where, message};
        out->clear();
        return false;
    };
    if (!list.is_array())
        return fail(QLatin1String(kSuppressionsKey),
                    QCoreApplication::translate("mr::Findings", "expected an array, found a %1")
                        .arg(jsonTypeName(list)));
    for (size_t i = 0; i < list.size(); ++i) {
        const nlohmann::json &e = list[i];
        const QString where = QStringLiteral("suppressions[%1]").arg(i);
        if (!e.is_object())
            return fail(where, QCoreApplication::translate("mr::Findings", "expected an object, found a %1")
                                   .arg(jsonTypeName(e)));
        auto text = [&](const char *key, bool required, QString *value) {
            if (!e.contains(key))
                return !required;
            if (!e.at(key).is_string())
                return false;
            *value = qs(e.at(key).get<std::string>());
            return !required || !value->trimmed().isEmpty();
        };
        Suppression s;
        for (const auto &[key, field] :
             {std::pair{"rule", &s.ruleId}, std::pair{"fingerprint", &s.fingerprint},
              std::pair{"reason", &s.reason}})
            if (!text(key, true, field))
                return fail(where + QLatin1Char('.') + QLatin1String(key),
                            QCoreApplication::translate("mr::Findings", "expected a non-empty string"));
        for (const auto &[key, field] :
             {std::pair{"by", &s.by}, std::pair{"at", &s.at}, std::pair{"finding", &s.label}})
            if (!text(key, false, field))
                return fail(where + QLatin1Char('.') + QLatin1String(key),
                            QCoreApplication::translate("mr::Findings", "expected a string"));
        if (e.contains("items")) {
            const nlohmann::json &items = e.at("items");
            if (!items.is_array())
                return fail(where + QStringLiteral(".items"),
                            QCoreApplication::translate("mr::Findings", "expected an array of item keys"));
            for (const nlohmann::json &k : items) {
                if (!k.is_string())
                    return fail(
                        where + QStringLiteral(".items"),
                        QCoreApplication::translate("mr::Findings", "expected an array of item keys"));
                s.itemKeys << qs(k.get<std::string>());
            }
        }
        out->append(s);
    }
    return true;
}

} // namespace mr::findings
