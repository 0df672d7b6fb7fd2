// SPDX-License-Identifier: Apache-2.0
// A DVC project in git as a package: dvc.lock and .dvc files feed the dataset pane, the metrics
// files named in dvc.yaml the results pane; stale lock stages and changed params are findings.
#include "models/dvc/dvcproject.h"
#include "models/importers/importer_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace mr::importers::detail {

namespace {

void dvcFindings(Package &pkg, const dvc::Project &project)
{
    // Stages that dvc.lock records and dvc.yaml no longer has (foreach/matrix stages are
    // locked as "name@key").
    if (project.hasDvcYaml) {
        for (const dvc::LockStage &s : project.lockStages) {
            const QString base = s.name.section(QLatin1Char('@'), 0, 0);
            if (!project.yamlStages.contains(s.name) && !project.yamlStages.contains(base))
                addFinding(pkg, "dataset.dvc-stale-lock-stage", Finding::Severity::Warning, "dataset",
                           QCoreApplication::translate(
                               "mr::Importers", "%1 records stage \"%2\", which dvc.yaml no longer has: its "
                                                "outputs may be left over from an old pipeline.")
                               .arg(at(QStringLiteral("dvc.lock"), s.line), s.name));
        }
        for (auto it = project.yamlStages.cbegin(); it != project.yamlStages.cend(); ++it) {
            bool locked = false;
            for (const dvc::LockStage &s : project.lockStages)
                locked = locked || s.name == it.key() || s.name.startsWith(it.key() + QLatin1Char('@'));
            if (project.hasLock && !locked)
                addFinding(pkg, "dataset.dvc-stage-not-locked", Finding::Severity::Warning, "dataset",
                           QCoreApplication::translate(
                               "mr::Importers", "%1 defines stage \"%2\", which dvc.lock does not record: it "
                                                "has not been run (dvc repro) since it was added.")
                               .arg(at(QStringLiteral("dvc.yaml"), it.value()), it.key()));
        }
    }
    // Locked params against the params files as they are now.
    QMap<QString, QMap<QString, QString>> current;
    for (const QString &file : project.paramsFiles) {
        QByteArray data;
        Diagnostic error;
        const QString path = QDir(project.root).filePath(file);
        QMap<QString, QString> values;
        if (!QFileInfo(path).isFile()) {
            addFinding(pkg, "dataset.dvc-params-file-missing", Finding::Severity::Warning, "dataset",
                       QCoreApplication::translate("mr::Importers",
                                                   "dvc.lock records params from %1, which is missing.")
                           .arg(file));
            continue;
        }
        if (!readSmallFile(path, file, &data, &error) || !dvc::readParams(data, file, &values, &error)) {
            pkg.dataset.errors.append(error);
            continue;
        }
        current.insert(file, values);
    }
    for (const dvc::LockStage &s : project.lockStages) {
        for (auto f = s.params.cbegin(); f != s.params.cend(); ++f) {
            if (!current.contains(f.key()))
                continue;
            const QMap<QString, QString> &now = current[f.key()];
            for (auto p = f.value().cbegin(); p != f.value().cend(); ++p) {
                const auto c = now.constFind(p.key());
                if (c == now.constEnd())
                    addFinding(pkg, "dataset.dvc-param-changed", Finding::Severity::Warning, "dataset",
                               QCoreApplication::translate(
                                   "mr::Importers", "dvc.lock stage \"%1\" ran with %2 = %3, which %4 no "
                                                    "longer has.")
                                   .arg(s.name, p.key(), p.value(), f.key()));
                else if (!dvc::sameParamValue(p.value(), c.value()))
                    addFinding(pkg, "dataset.dvc-param-changed", Finding::Severity::Warning, "dataset",
                               QCoreApplication::translate(
                                   "mr::Importers", "dvc.lock stage \"%1\" ran with %2 = %3, but %4 now says "
                                                    "%5: the outputs are not from the current parameters.")
                                   .arg(s.name, p.key(), p.value(), f.key(), c.value()));
            }
        }
    }
}

} // namespace

LoadResult importDvc(const QString &path, const ImportOptions &options)
{
    LoadResult result;
    const QString dir = QFileInfo(path).absoluteFilePath();
    auto pkg = std::make_shared<Package>();
    pkg->sourcePath = dir;
    pkg->rootPath = dir;
    pkg->sourceKind = sourceKindName(SourceKind::Dvc);
    pkg->format = pkg->sourceKind;
    pkg->name = QFileInfo(dir).fileName();
    const dvc::Project project = dvc::readProject(dir);
    bool dvc3 = false, dvc2 = false;
    for (const dvc::Entry &e : project.entries()) {
        dvc3 = dvc3 || e.rule == dvc::HashRule::RawMd5;
        dvc2 = dvc2 || e.rule == dvc::HashRule::TextMd5;
    }
    pkg->sourceDescription =
        QCoreApplication::translate("mr::Importers",
                                    "DVC project %1 (%2; %3 locked stage(s), %4 .dvc file(s))")
            .arg(pkg->name, dvc3 && dvc2 ? QCoreApplication::translate("mr::Importers", "DVC 2 and 3 hashes")
                            : dvc3       ? QCoreApplication::translate("mr::Importers", "DVC 3")
                            : dvc2       ? QCoreApplication::translate("mr::Importers", "DVC 2")
                                         : QCoreApplication::translate("mr::Importers", "no hashes yet"))
            .arg(project.lockStages.size())
            .arg(project.dvcFiles.size());

    // Dataset: the project folder itself is the manifest (models/dataset reads it as a DVC project).
    if (project.hasLock || !project.dvcFiles.isEmpty()) {
        DatasetSection &d = pkg->dataset;
        d.provided = true;
        d.manifest = QStringLiteral(".");
        d.manifestPath = dir;
        d.root = QStringLiteral(".");
        d.rootPath = dir;
        d.raw = {{"manifest", "dvc.lock and .dvc files"}, {"root", "."}};
        for (const Diagnostic &diag : project.diagnostics)
            if (diag.file == QLatin1String("dvc.lock") && diag.line > 0 && diag.where.isEmpty())
                d.errors.append(diag); // a dvc.lock that does not parse: confined to the dataset
    }
    dvcFindings(*pkg, project);

    // Results: the metrics files dvc.yaml names.
    for (const QString &m : project.metricsFiles) {
        const QString abs = QDir(dir).filePath(m);
        if (QFileInfo(abs).isFile()) {
            pkg->results.provided = true;
            pkg->results.claimed.append(namedFile(*pkg, QStringLiteral("claimed"), abs));
        } else {
            addFinding(*pkg, "results.dvc-metrics-missing", Finding::Severity::Warning, "results",
                       QCoreApplication::translate(
                           "mr::Importers", "dvc.yaml names the metrics file %1, which is not in the working "
                                            "copy (run dvc pull or dvc repro).")
                           .arg(m));
        }
    }
    environmentFiles(*pkg, dir);
    gitCode(*pkg, dir, {}, {}, options);
    pkg->version = pkg->code.head.left(8);
    result.package = pkg;
    return result;
}

} // namespace mr::importers::detail
