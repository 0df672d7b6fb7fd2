// SPDX-License-Identifier: Apache-2.0
#include "models/review/reviewfile.h"
#include "models/core/jsonutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <QCoreApplication>
#include <algorithm>

namespace mr::review {

QString defaultReviewPath(const QString &packageSourcePath)
{
    QString source = QDir::cleanPath(QFileInfo(packageSourcePath).absoluteFilePath());
    while (source.size() > 1 && source.endsWith(QLatin1Char('/')))
        source.chop(1);
    return source + QString::fromLatin1(kReviewSuffix);
}

QString defaultReviewPath(const Package &package)
{
    return defaultReviewPath(package.sourcePath.isEmpty() ? package.rootPath : package.sourcePath);
}

static bool isUnder(const QString &path, const QString &folder)
{
    if (folder.isEmpty())
        return false;
    auto canon = [](const QString &p) {
        const QFileInfo fi(p);
        // The file may not exist yet: canonicalise its folder instead.
        const QString dir = QFileInfo(fi.absolutePath()).canonicalFilePath();
        return dir.isEmpty() ? QDir::cleanPath(fi.absoluteFilePath())
                             : dir + QLatin1Char('/') + fi.fileName();
    };
    const QString f = QFileInfo(folder).canonicalFilePath().isEmpty() ? QDir::cleanPath(folder)
                                                                      : QFileInfo(folder).canonicalFilePath();
    const QString p = canon(path);
    return p == f || p.startsWith(f + QLatin1Char('/'));
}

bool isInsidePackage(const QString &reviewPath, const Package &package)
{
    if (isUnder(reviewPath, package.rootPath))
        return true;
    return !package.fromArchive && QFileInfo(package.sourcePath).isDir() &&
           isUnder(reviewPath, package.sourcePath);
}

QString ReviewLoadResult::message() const
{
    switch (status) {
    case Status::Missing:
    case Status::Ok: return {};
    case Status::Corrupt:
        return QCoreApplication::translate(
                   "mr::Review",
                   "The review file is damaged and was opened read-only; it will not be overwritten. "
                   "Save the review under another name to keep working. (%1)")
            .arg(error.toString());
    case Status::NewerVersion:
        return QCoreApplication::translate(
                   "mr::Review",
                   "The review file was written by a newer version of ModelReview and was opened "
                   "read-only; it will not be overwritten. (%1)")
            .arg(error.toString());
    case Status::Unreadable:
        return QCoreApplication::translate("mr::Review",
                                           "The review file cannot be read and was opened read-only. (%1)")
            .arg(error.toString());
    }
    return {};
}

QByteArray serializeReview(const ReviewDocument &document)
{
    nlohmann::ordered_json j;
    j["format"] = kReviewFormatV1;
    j["package"] = {{"name", document.packageName.toStdString()},
                    {"version", document.packageVersion.toStdString()},
                    {"digest", document.packageDigest.toStdString()}};
    j["reviewers"] = nlohmann::ordered_json::array();
    for (const Person &p : document.reviewers)
        j["reviewers"].push_back({{"name", p.name.toStdString()}, {"email", p.email.toStdString()}});
    j["decisions"] = nlohmann::ordered_json::array();
    for (const Decision &d : document.decisions)
        j["decisions"].push_back(nlohmann::ordered_json(nlohmann::json(d)));
    j["checklist"] = nlohmann::ordered_json::object();
    for (const QString &step : checklistSteps()) {
        const ChecklistEntry e = document.checklist.value(step);
        nlohmann::ordered_json item{{"ticked", e.ticked}};
        if (!e.by.name.isEmpty() || !e.by.email.isEmpty())
            item["by"] = {{"name", e.by.name.toStdString()}, {"email", e.by.email.toStdString()}};
        if (e.time.isValid())
            item["time"] = timeToJson(e.time);
        j["checklist"][step.toStdString()] = item;
    }
    QStringList viewed(document.viewed.begin(), document.viewed.end());
    std::sort(viewed.begin(), viewed.end());
    j["viewed"] = nlohmann::ordered_json::array();
    for (const QString &v : viewed)
        j["viewed"].push_back(v.toStdString());
    j["comments"] = nlohmann::ordered_json::array();
    for (const Comment &c : document.comments)
        j["comments"].push_back(nlohmann::ordered_json(nlohmann::json(c)));
    if (!document.previousReviews.isEmpty()) {
        j["previous_reviews"] = nlohmann::ordered_json::array();
        for (const PreviousReview &p : document.previousReviews) {
            nlohmann::ordered_json item{{"digest", p.digest.toStdString()},
                                        {"version", p.version.toStdString()}};
            item["decisions"] = nlohmann::ordered_json::array();
            for (const Decision &d : p.decisions)
                item["decisions"].push_back(nlohmann::ordered_json(nlohmann::json(d)));
            j["previous_reviews"].push_back(item);
        }
    }
    for (auto it = document.extra.begin(); it != document.extra.end(); ++it) {
        if (!j.contains(it.key()))
            j[it.key()] = it.value();
    }
    const std::string text = j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    return QByteArray(text.data(), qsizetype(text.size()));
}

static const char *const kKnownKeys[] = {"format",    "package", "reviewers", "decisions",
                                         "checklist", "viewed",  "comments",  "previous_reviews"};

ReviewLoadResult parseReview(const QByteArray &data, const QString &fileName)
{
    ReviewLoadResult r;
    r.fileHash = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    auto fail = [&](ReviewLoadResult::Status status, const QString &where, const QString &message) {
        r.status = status;
        r.error = Diagnostic{fileName, 0, 0, where, message};
        r.document = ReviewDocument();
        return r;
    };
    Diagnostic parseError;
    JsonParseOptions strict;
    strict.rejectDuplicateKeys = true;
    const auto parsed = parseJson(data, fileName, &parseError, strict);
    if (!parsed) {
        r.status = ReviewLoadResult::Status::Corrupt;
        r.error = parseError;
        return r;
    }
    const nlohmann::json &j = *parsed;
    if (!j.is_object())
        return fail(ReviewLoadResult::Status::Corrupt, {},
                    QCoreApplication::translate("mr::Review", "expected a JSON object, found a %1")
                        .arg(jsonTypeName(j)));
    if (!j.contains("format") || !j.at("format").is_string())
        return fail(
            ReviewLoadResult::Status::Corrupt, QStringLiteral("format"),
            QCoreApplication::translate("mr::Review", "missing \"format\": not a ModelReview review file"));
    const QString format = qs(j.at("format").get<std::string>());
    static const QRegularExpression versioned(QStringLiteral("^modelreview\\.review/v(\\d+)$"));
    const auto m = versioned.match(format);
    if (!m.hasMatch())
        return fail(ReviewLoadResult::Status::Corrupt, QStringLiteral("format"),
                    QCoreApplication::translate("mr::Review", "unknown format \"%1\"").arg(format));
    if (m.captured(1).toInt() > 1)
        return fail(ReviewLoadResult::Status::NewerVersion, QStringLiteral("format"),
                    QCoreApplication::translate("mr::Review", "format \"%1\" is newer than \"%2\"")
                        .arg(format, QLatin1String(kReviewFormatV1)));
    if (m.captured(1).toInt() < 1)
        return fail(ReviewLoadResult::Status::Corrupt, QStringLiteral("format"),
                    QCoreApplication::translate("mr::Review", "unknown format \"%1\"").arg(format));

    ReviewDocument &doc = r.document;
    QString where;
    try {
        where = QStringLiteral("package");
        if (j.contains("package")) {
            const auto &p = j.at("package");
            doc.packageName = qs(p.value("name", std::string()));
            doc.packageVersion = qs(p.value("version", std::string()));
            doc.packageDigest = qs(p.value("digest", std::string()));
        }
        if (j.contains("reviewers")) {
            int i = 0;
            for (const auto &p : j.at("reviewers")) {
                where = QStringLiteral("reviewers[%1]").arg(i++);
                Person person;
                personFromJson(p, person);
                doc.reviewers << person;
            }
        }
        if (j.contains("decisions")) {
            int i = 0;
            for (const auto &d : j.at("decisions")) {
                where = QStringLiteral("decisions[%1]").arg(i++);
                doc.decisions << d.get<Decision>();
            }
        }
        if (j.contains("checklist")) {
            for (auto it = j.at("checklist").begin(); it != j.at("checklist").end(); ++it) {
                where = QStringLiteral("checklist.%1").arg(qs(it.key()));
                ChecklistEntry e;
                e.ticked = it.value().at("ticked").get<bool>();
                if (it.value().contains("by"))
                    personFromJson(it.value().at("by"), e.by);
                e.time = timeFromJson(it.value(), "time");
                doc.checklist.insert(qs(it.key()), e);
            }
        }
        if (j.contains("viewed")) {
            where = QStringLiteral("viewed");
            for (const auto &v : j.at("viewed"))
                doc.viewed.insert(qs(v.get<std::string>()));
        }
        if (j.contains("comments")) {
            int i = 0;
            QSet<QString> ids;
            for (const auto &c : j.at("comments")) {
                where = QStringLiteral("comments[%1]").arg(i++);
                Comment comment = c.get<Comment>();
                if (ids.contains(comment.id))
                    throw std::invalid_argument("duplicate comment id");
                ids.insert(comment.id);
                doc.comments << comment;
            }
        }
        if (j.contains("previous_reviews")) {
            int i = 0;
            for (const auto &p : j.at("previous_reviews")) {
                where = QStringLiteral("previous_reviews[%1]").arg(i++);
                PreviousReview previous;
                previous.digest = qs(p.at("digest").get<std::string>());
                previous.version = qs(p.value("version", std::string()));
                if (p.contains("decisions")) {
                    for (const auto &d : p.at("decisions"))
                        previous.decisions << d.get<Decision>();
                }
                doc.previousReviews << previous;
            }
        }
    } catch (const std::exception &e) {
        return fail(ReviewLoadResult::Status::Corrupt, where, QString::fromUtf8(e.what()));
    }
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (std::find(std::begin(kKnownKeys), std::end(kKnownKeys), it.key()) == std::end(kKnownKeys))
            doc.extra[it.key()] = it.value();
    }
    r.status = ReviewLoadResult::Status::Ok;
    return r;
}

ReviewLoadResult loadReviewFile(const QString &path)
{
    ReviewLoadResult r;
    const QFileInfo fi(path);
    if (!fi.exists()) {
        r.status = ReviewLoadResult::Status::Missing;
        return r;
    }
    QFile file(path);
    if (!fi.isFile() || !file.open(QIODevice::ReadOnly)) {
        r.status = ReviewLoadResult::Status::Unreadable;
        r.error = Diagnostic{path,
                             0,
                             0,
                             {},
                             fi.isFile() ? file.errorString()
                                         : QCoreApplication::translate("mr::Review", "not a file")};
        return r;
    }
    return parseReview(file.readAll(), path);
}

bool saveReviewFile(const ReviewDocument &document, const QString &path, QString *error,
                    const SaveOptions &options)
{
    const QByteArray data = serializeReview(document);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("mr::Review", "%1: cannot write: %2")
                         .arg(path, file.errorString());
        return false;
    }
    if (options.interruptAfterBytes >= 0 && options.interruptAfterBytes < data.size()) {
        file.write(data.constData(), options.interruptAfterBytes);
        file.flush();
        file.cancelWriting(); // the crash: the temporary file is dropped, the target untouched
        file.commit();
        if (error)
            *error = QCoreApplication::translate("mr::Review", "%1: save interrupted").arg(path);
        return false;
    }
    if (file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("mr::Review", "%1: cannot write: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace mr::review
