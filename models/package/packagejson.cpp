// SPDX-License-Identifier: Apache-2.0
#include "models/package/packagejson.h"

#include <QFileInfo>

namespace mr {

using json = nlohmann::json;

namespace {

json str(const QString &s)
{
    return s.isNull() ? json() : json(s.toStdString());
}

json sectionBase(const Section &s)
{
    json j = json::object();
    j["provided"] = s.provided;
    json errors = json::array();
    for (const Diagnostic &d : s.errors)
        errors.push_back(d.toString().toStdString());
    j["errors"] = errors;
    return j;
}

json files(const QList<NamedFile> &list)
{
    json a = json::array();
    for (const NamedFile &f : list)
        a.push_back(f.relativePath.toStdString());
    return a;
}

} // namespace

json packageJson(const Package &p, const DigestResult *digest)
{
    json j = json::object();
    j["format"] = p.format.toStdString();
    j["name"] = p.name.toStdString();
    j["version"] = p.version.toStdString();
    j["created"] = str(p.created);
    j["summary"] = str(p.summary);
    j["submitter"] = {{"name", str(p.submitter.name)}, {"email", str(p.submitter.email)}};
    j["source"] = QFileInfo(p.sourcePath).fileName().toStdString();
    j["from_archive"] = p.fromArchive;
    j["source_kind"] = p.sourceKind.toStdString();
    j["source_description"] = str(p.sourceDescription);
    j["digest"] = digest && digest->ok ? json(digest->digest.toStdString()) : json();
    j["digest_files"] = digest && digest->ok ? json(digest->files) : json();
    j["digest_bytes"] = digest && digest->ok ? json(digest->bytes) : json();
    json unknown = json::array();
    for (const QString &k : p.unknownKeys)
        unknown.push_back({{"key", k.toStdString()}, {"value", p.document.at(k.toStdString())}});
    j["unknown_keys"] = unknown;
    return j;
}

json sectionsJson(const Package &p)
{
    json j = json::object();
    json code = sectionBase(p.code);
    if (p.code.provided)
        code.update(
            {{"repository", str(p.code.repository)}, {"base", str(p.code.base)}, {"head", str(p.code.head)}});
    j["code"] = code;

    json dataset = sectionBase(p.dataset);
    if (p.dataset.provided)
        dataset.update({{"manifest", str(p.dataset.manifest)},
                        {"baseline", str(p.dataset.baseline)},
                        {"root", str(p.dataset.root)}});
    j["dataset"] = dataset;

    json envs = sectionBase(p.environments);
    if (p.environments.provided) {
        json m = json::object();
        for (const NamedFile &f : p.environments.files)
            m[f.name.toStdString()] = f.relativePath.toStdString();
        envs["files"] = m;
    }
    j["environments"] = envs;

    json results = sectionBase(p.results);
    if (p.results.provided) {
        results["claimed"] = files(p.results.claimed);
        results["rerun"] = files(p.results.rerun);
        json names = json::array();
        for (auto it = p.results.metrics.begin(); it != p.results.metrics.end(); ++it)
            names.push_back(it.key().toStdString());
        results["metrics"] = names;
    }
    j["results"] = results;

    json arts = sectionBase(p.artifacts);
    if (p.artifacts.provided) {
        json a = json::array();
        for (const Artifact &art : p.artifacts.artifacts)
            a.push_back({{"path", art.relativePath.toStdString()},
                         {"sha256", str(art.sha256)},
                         {"size", art.size >= 0 ? json(art.size) : json()}});
        arts["artifacts"] = a;
    }
    j["artifacts"] = arts;
    return j;
}

} // namespace mr
