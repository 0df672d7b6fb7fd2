// SPDX-License-Identifier: Apache-2.0
#include "models/core/anchor.h"

#include <QCryptographicHash>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace mr {

Anchor Anchor::package()
{
    return {};
}

Anchor Anchor::codeLines(const QString &path, Side side, int first, int last, const QString &fingerprint)
{
    Anchor a;
    a.kind = Kind::CodeLines;
    a.path = path;
    a.side = side;
    a.firstLine = first;
    a.lastLine = last;
    a.fingerprint = fingerprint;
    return a;
}

Anchor Anchor::datasetEntry(const QString &path)
{
    Anchor a;
    a.kind = Kind::DatasetEntry;
    a.path = path;
    return a;
}

Anchor Anchor::environmentPackage(const QString &pair, const QString &name)
{
    Anchor a;
    a.kind = Kind::EnvironmentPackage;
    a.environmentPair = pair;
    a.path = name;
    return a;
}

Anchor Anchor::metric(const QString &name)
{
    Anchor a;
    a.kind = Kind::Metric;
    a.path = name;
    return a;
}

static const char *kindName(Anchor::Kind k)
{
    switch (k) {
    case Anchor::Kind::Package: return "package";
    case Anchor::Kind::CodeLines: return "code";
    case Anchor::Kind::DatasetEntry: return "dataset";
    case Anchor::Kind::EnvironmentPackage: return "environment";
    case Anchor::Kind::Metric: return "results";
    }
    return "package";
}

QString Anchor::pane() const
{
    return QString::fromLatin1(kindName(kind));
}

QString Anchor::label() const
{
    switch (kind) {
    case Kind::Package: return QStringLiteral("package");
    case Kind::CodeLines: {
        const QString range = firstLine == lastLine ? QString::number(firstLine)
                                                    : QStringLiteral("%1-%2").arg(firstLine).arg(lastLine);
        return QStringLiteral("%1:%2 (%3)")
            .arg(path, range, side == Side::Old ? QStringLiteral("old") : QStringLiteral("new"));
    }
    case Kind::DatasetEntry: return path;
    case Kind::EnvironmentPackage: return QStringLiteral("%1 [%2]").arg(path, environmentPair);
    case Kind::Metric: return path;
    }
    return {};
}

QString Anchor::key() const
{
    QString k = pane() + QLatin1Char('|') + path;
    if (kind == Kind::CodeLines)
        k += QStringLiteral("|%1|%2|%3").arg(side == Side::Old ? 'o' : 'n').arg(firstLine).arg(lastLine);
    if (kind == Kind::EnvironmentPackage)
        k += QLatin1Char('|') + environmentPair;
    return k;
}

QString Anchor::fingerprintOf(const QStringList &lines)
{
    QStringList trimmed;
    trimmed.reserve(lines.size());
    for (const QString &l : lines) {
        qsizetype end = l.size();
        while (end > 0 && l.at(end - 1).isSpace())
            --end;
        trimmed << l.left(end);
    }
    // Fingerprints are tiny inputs: QCryptographicHash is fine here (not for data files).
    const QByteArray h =
        QCryptographicHash::hash(trimmed.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(h.toHex().left(16));
}

void to_json(nlohmann::json &j, const Anchor &a)
{
    j = nlohmann::json::object();
    j["kind"] = kindName(a.kind);
    switch (a.kind) {
    case Anchor::Kind::Package: break;
    case Anchor::Kind::CodeLines:
        j["path"] = a.path.toStdString();
        j["side"] = a.side == Anchor::Side::Old ? "old" : "new";
        j["first_line"] = a.firstLine;
        j["last_line"] = a.lastLine;
        j["fingerprint"] = a.fingerprint.toStdString();
        break;
    case Anchor::Kind::DatasetEntry:
    case Anchor::Kind::Metric: j["path"] = a.path.toStdString(); break;
    case Anchor::Kind::EnvironmentPackage:
        j["pair"] = a.environmentPair.toStdString();
        j["path"] = a.path.toStdString();
        break;
    }
}

void from_json(const nlohmann::json &j, Anchor &a)
{
    const std::string kind = j.at("kind").get<std::string>();
    a = Anchor();
    auto str = [&](const char *key) { return QString::fromStdString(j.at(key).get<std::string>()); };
    if (kind == "package") {
        a.kind = Anchor::Kind::Package;
    } else if (kind == "code") {
        a.kind = Anchor::Kind::CodeLines;
        a.path = str("path");
        const std::string side = j.at("side").get<std::string>();
        if (side != "old" && side != "new")
            throw std::invalid_argument("anchor side must be \"old\" or \"new\"");
        a.side = side == "old" ? Anchor::Side::Old : Anchor::Side::New;
        a.firstLine = j.at("first_line").get<int>();
        a.lastLine = j.at("last_line").get<int>();
        if (a.firstLine < 1 || a.lastLine < a.firstLine)
            throw std::invalid_argument("anchor line range is invalid");
        a.fingerprint = j.contains("fingerprint") ? str("fingerprint") : QString();
    } else if (kind == "dataset") {
        a.kind = Anchor::Kind::DatasetEntry;
        a.path = str("path");
    } else if (kind == "environment") {
        a.kind = Anchor::Kind::EnvironmentPackage;
        a.environmentPair = str("pair");
        a.path = str("path");
    } else if (kind == "results") {
        a.kind = Anchor::Kind::Metric;
        a.path = str("path");
    } else {
        throw std::invalid_argument("unknown anchor kind \"" + kind + "\"");
    }
}

} // namespace mr
