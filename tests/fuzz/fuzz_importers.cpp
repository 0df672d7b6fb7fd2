// SPDX-License-Identifier: Apache-2.0
// The importers' readers (issue 11), one per target (MR_FUZZ_IMPORTER): MLflow meta.yaml,
// MLmodel, a safetensors header, DVC dvc.lock / dvc.yaml / .dvc / params / `.dir` listing, a
// Hugging Face model card, .eval_results YAML and one MLflow metric file.
#include "models/dvc/dvcproject.h"
#include "models/importers/huggingface.h"
#include "models/importers/mlflow.h"
#include "models/importers/mlmodel.h"
#include "models/results/resultsreader.h"
#include "tests/fuzz/fuzzutil.h"

#include <QDir>

namespace {
enum class Kind {
    MlflowMeta,
    MlModel,
    Safetensors,
    DvcLock,
    DvcYaml,
    DvcFile,
    DvcParams,
    DvcDirListing,
    ModelCard,
    EvalResults,
    MlflowMetric
};
constexpr Kind kKind = Kind::MR_FUZZ_IMPORTER;

void touch(const mr::Diagnostics &diagnostics)
{
    for (const mr::Diagnostic &d : diagnostics)
        (void)d.toString();
}
void touch(const mr::results::ResultsFile &file)
{
    for (const mr::results::NamedValue &v : file.metrics)
        (void)v.name.size();
    touch(file.diagnostics);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = mr::fuzz::bytes(data, size);
    const QString name = QStringLiteral("input");
    switch (kKind) {
    case Kind::MlflowMeta: touch(mr::importers::readMlflowMeta(bytes, name).diagnostics); break;
    case Kind::MlModel: (void)mr::importers::readMlModel(bytes, name); break;
    case Kind::Safetensors: {
        const QString path = mr::fuzz::writeInput(QStringLiteral("model.safetensors"), bytes);
        const mr::importers::SafetensorsHeader h = mr::importers::readSafetensorsHeader(path, name, 1 << 20);
        (void)h.mainDtype();
        (void)h.error.toString();
        break;
    }
    case Kind::DvcLock:
    case Kind::DvcYaml:
    case Kind::DvcFile: {
        mr::dvc::Project project;
        if (kKind == Kind::DvcLock)
            mr::dvc::readLock(bytes, name, &project);
        else if (kKind == Kind::DvcYaml)
            mr::dvc::readDvcYaml(bytes, name, &project);
        else
            mr::dvc::readDvcFile(bytes, name, QStringLiteral("data"), &project);
        (void)project.entries();
        break;
    }
    case Kind::DvcParams: {
        QMap<QString, QString> out;
        mr::Diagnostic error;
        if (mr::dvc::readParams(bytes, name, &out, &error) && out.size() >= 2)
            (void)mr::dvc::sameParamValue(out.first(), out.last());
        break;
    }
    case Kind::DvcDirListing: {
        const QString path = mr::fuzz::writeInput(QStringLiteral("listing.dir"), bytes);
        mr::Diagnostics diagnostics;
        mr::Diagnostic error;
        qint64 total = 0;
        mr::dvc::readDirListing(
            path, name,
            [&](std::string_view relpath, const std::uint8_t *, qint64 s) {
                total += qint64(relpath.size()) + s;
            },
            &diagnostics, &error, 100);
        touch(diagnostics);
        break;
    }
    case Kind::ModelCard: touch(mr::results::readModelCard(bytes, name)); break;
    case Kind::EvalResults: touch(mr::results::readEvalResults(bytes, name)); break;
    case Kind::MlflowMetric: {
        static const QString dir = [] {
            const QString d = mr::fuzz::tempDir() + QStringLiteral("/metrics");
            QDir().mkpath(d);
            return d;
        }();
        mr::fuzz::writeInput(QStringLiteral("metrics/accuracy"), bytes);
        touch(mr::results::readMlflowMetrics(dir, name));
        break;
    }
    }
    return 0;
}
