// SPDX-License-Identifier: Apache-2.0
#include "models/results/provenance.h"
#include "models/core/paneids.h"

#include "models/core/jsonutil.h"

#include "models/code/gitutil.h"

#include <QCoreApplication>
#include <memory>

namespace mr::results {

namespace {

using RepoPtr = code::git::Repository;
using ObjectPtr = code::git::Object;

// Captures libgit2's last error at once, before anything else can overwrite it.
QString gitError(int code)
{
    const git_error *e = git_error_last();
    if (e && e->message && *e->message)
        return QString::fromUtf8(e->message);
    return QCoreApplication::translate("mr::Results", "libgit2 error %1").arg(code);
}

const char *const kKnown[] = {"environment", "revision", "host", "ran_at", "command"};

} // namespace

void mergeProvenance(Provenance *p, const nlohmann::json &object, const QString &source, Diagnostics *diags)
{
    if (!object.is_object())
        return;
    p->given = true;
    p->sources.append(source);
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = qs(it.key());
        const QString where = QStringLiteral("provenance.") + key;
        QString value;
        if (it->is_string())
            value = qs(it->get<std::string>());
        else if (it->is_null())
            continue;
        else {
            bool known = false;
            for (const char *k : kKnown)
                known = known || it.key() == k;
            if (known) {
                diags->append(
                    Diagnostic{source, 0, 0, where,
                               QCoreApplication::translate("mr::Results", "expected a string, found %1")
                                   .arg(jsonTypeName(*it))});
                continue;
            }
            value = qs(it->dump());
        }
        QString *field = nullptr;
        if (key == QLatin1String("environment"))
            field = &p->environment;
        else if (key == QLatin1String("revision"))
            field = &p->revision;
        else if (key == QLatin1String("host"))
            field = &p->host;
        else if (key == QLatin1String("ran_at"))
            field = &p->ranAt;
        else if (key == QLatin1String("command"))
            field = &p->command;
        if (!field) {
            p->extra.append({key, value});
            continue;
        }
        if (!field->isEmpty() && *field != value) {
            diags->append(Diagnostic{
                source, 0, 0, where,
                QCoreApplication::translate("mr::Results",
                                            "conflicts with \"%1\" given earlier; the earlier value is kept")
                    .arg(*field)});
            continue;
        }
        *field = value;
        if (field == &p->ranAt) {
            p->ranAtParsed = QDateTime::fromString(value, Qt::ISODateWithMs);
            if (!p->ranAtParsed.isValid())
                p->ranAtParsed = QDateTime::fromString(value, Qt::ISODate);
            if (!p->ranAtParsed.isValid())
                diags->append(Diagnostic{
                    source, 0, 0, where,
                    QCoreApplication::translate("mr::Results", "\"%1\" is not an ISO 8601 date and time")
                        .arg(value)});
        }
    }
}

RevisionResolution resolveRevision(const QString &repositoryPath, const QString &revision)
{
    code::git::ensureInitialised();
    RevisionResolution r;
    git_repository *rawRepo = nullptr;
    const QByteArray path = repositoryPath.toUtf8();
    int rc = git_repository_open_ext(&rawRepo, path.constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr);
    if (rc < 0) {
        r.error = QCoreApplication::translate("mr::Results", "cannot open repository: %1").arg(gitError(rc));
        return r;
    }
    RepoPtr repo(rawRepo);
    git_object *rawObject = nullptr;
    const QByteArray spec = revision.toUtf8();
    rc = git_revparse_single(&rawObject, repo.get(), spec.constData());
    if (rc < 0) {
        r.error = QCoreApplication::translate("mr::Results", "revision '%1' not found: %2")
                      .arg(revision, gitError(rc));
        return r;
    }
    ObjectPtr object(rawObject);
    git_object *rawCommit = nullptr;
    rc = git_object_peel(&rawCommit, object.get(), GIT_OBJECT_COMMIT);
    if (rc < 0) {
        r.error = QCoreApplication::translate("mr::Results", "revision '%1' is not a commit: %2")
                      .arg(revision, gitError(rc));
        return r;
    }
    ObjectPtr commit(rawCommit);
    char hex[80] = {}; // room for SHA-1 and SHA-256 ids
    git_oid_tostr(hex, sizeof hex, git_object_id(commit.get()));
    r.ok = true;
    r.sha = QString::fromLatin1(hex);
    return r;
}

Findings checkProvenance(Provenance *p, const Package &package, bool hasRerun)
{
    Findings out;
    auto add = [&](const char *rule, Finding::Severity sev, const QString &message) {
        out.append(
            Finding{QString::fromLatin1(rule), sev, paneKey(PaneId::Results), Anchor::package(), message});
    };
    if (!p->given) {
        if (hasRerun)
            add("results.provenance.missing", Finding::Severity::Info,
                QCoreApplication::translate(
                    "mr::Results", "The rerun does not say where, when or on which revision it ran."));
        return out;
    }
    if (!p->environment.isEmpty()) {
        const EnvironmentsSection &envs = package.environments;
        if (envs.provided && !envs.find(p->environment))
            add("results.provenance.unknown-environment", Finding::Severity::Warning,
                QCoreApplication::translate(
                    "mr::Results",
                    "The rerun names the environment \"%1\", which the package does not define.")
                    .arg(p->environment));
        if (p->environment == envs.development)
            add("results.provenance.development-environment", Finding::Severity::Warning,
                QCoreApplication::translate(
                    "mr::Results",
                    "The rerun ran in the development environment \"%1\", not in the reference "
                    "environment \"%2\": nobody reproduced the results elsewhere.")
                    .arg(p->environment, envs.reference));
        else if (p->environment != envs.reference)
            add("results.provenance.not-reference-environment", Finding::Severity::Warning,
                QCoreApplication::translate(
                    "mr::Results", "The rerun ran in \"%1\", not in the reference environment \"%2\".")
                    .arg(p->environment, envs.reference));
    }
    if (!p->revision.isEmpty()) {
        const CodeSection &code = package.code;
        if (!code.provided || code.repositoryPath.isEmpty() || code.head.isEmpty()) {
            p->revisionError = QCoreApplication::translate(
                "mr::Results", "the package has no code repository with a head revision");
        } else {
            const RevisionResolution rev = resolveRevision(code.repositoryPath, p->revision);
            const RevisionResolution head = resolveRevision(code.repositoryPath, code.head);
            p->revisionSha = rev.sha;
            p->headSha = head.sha;
            if (!rev.ok)
                p->revisionError = rev.error;
            else if (!head.ok)
                p->revisionError = QStringLiteral("head: ") + head.error;
        }
        if (!p->revisionError.isEmpty())
            add("results.provenance.revision-unresolved", Finding::Severity::Warning,
                QCoreApplication::translate("mr::Results", "Cannot check the rerun's revision \"%1\": %2.")
                    .arg(p->revision, p->revisionError));
        else if (p->revisionSha != p->headSha)
            add("results.provenance.revision-mismatch", Finding::Severity::Error,
                QCoreApplication::translate(
                    "mr::Results", "The rerun ran on revision %1 (%2), not on the head revision %3 (%4).")
                    .arg(p->revision, p->revisionSha.left(12), package.code.head, p->headSha.left(12)));
    }
    return out;
}

nlohmann::json toJson(const Provenance &p)
{
    if (!p.given)
        return nullptr;
    nlohmann::json j = nlohmann::json::object();
    auto put = [&](const char *key, const QString &v) {
        if (!v.isEmpty())
            j[key] = ss(v);
    };
    put("environment", p.environment);
    put("revision", p.revision);
    put("revision_sha", p.revisionSha);
    put("head_sha", p.headSha);
    put("revision_error", p.revisionError);
    put("host", p.host);
    put("ran_at", p.ranAt);
    put("command", p.command);
    for (const auto &kv : p.extra)
        j["extra"][ss(kv.first)] = ss(kv.second);
    nlohmann::json sources = nlohmann::json::array();
    for (const QString &s : p.sources)
        sources.push_back(ss(s));
    j["sources"] = sources;
    return j;
}

} // namespace mr::results
