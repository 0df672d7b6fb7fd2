// SPDX-License-Identifier: Apache-2.0
// A Hugging Face model repository clone as a package, with its cross-file findings.
#include "models/importers/huggingface.h"

#include "models/core/jsonutil.h"
#include "models/core/yamlutil.h"
#include "models/importers/importer_p.h"
#include "models/results/resultsreader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <QCoreApplication>
#include <cmath>

namespace mr::importers {

using json = nlohmann::json;

QString SafetensorsHeader::mainDtype() const
{
    QString best;
    int n = -1;
    for (auto it = dtypes.cbegin(); it != dtypes.cend(); ++it)
        if (it.value() > n) {
            best = it.key();
            n = it.value();
        }
    return best;
}

SafetensorsHeader readSafetensorsHeader(const QString &path, const QString &display, qint64 maxHeader)
{
    SafetensorsHeader h;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        h.error = {display,
                   0,
                   0,
                   {},
                   QCoreApplication::translate("mr::Importers", "cannot read: %1").arg(f.errorString())};
        return h;
    }
    const QByteArray lenBytes = f.read(8);
    if (lenBytes.size() != 8) {
        h.error = {display,
                   0,
                   0,
                   {},
                   QCoreApplication::translate("mr::Importers", "shorter than a safetensors header")};
        return h;
    }
    quint64 len = 0;
    for (int i = 7; i >= 0; --i)
        len = len << 8 | uchar(lenBytes.at(i));
    if (len < 2 || qint64(len) > maxHeader || qint64(len) > f.size() - 8) {
        h.error = {display,
                   0,
                   0,
                   {},
                   QCoreApplication::translate("mr::Importers",
                                               "header length %1 is not plausible for a file of %2 bytes")
                       .arg(len)
                       .arg(f.size())};
        return h;
    }
    const QByteArray header = f.read(qint64(len));
    Diagnostic error;
    const std::optional<json> doc = parseJson(header, display + QStringLiteral(" (header)"), &error);
    if (!doc || !doc->is_object()) {
        h.error =
            doc ? Diagnostic{display,
                             0,
                             0,
                             {},
                             QCoreApplication::translate("mr::Importers", "the header is not a JSON object")}
                : error;
        return h;
    }
    for (auto it = doc->begin(); it != doc->end(); ++it) {
        if (it.key() == "__metadata__" || !it->is_object())
            continue;
        const auto dt = it->find("dtype");
        if (dt != it->end() && dt->is_string())
            ++h.dtypes[qs(dt->get<std::string>())];
    }
    h.ok = true;
    return h;
}

QString safetensorsDtype(const QString &t)
{
    static const QMap<QString, QString> map = {{QStringLiteral("float32"), QStringLiteral("F32")},
                                               {QStringLiteral("float"), QStringLiteral("F32")},
                                               {QStringLiteral("float16"), QStringLiteral("F16")},
                                               {QStringLiteral("half"), QStringLiteral("F16")},
                                               {QStringLiteral("bfloat16"), QStringLiteral("BF16")},
                                               {QStringLiteral("float64"), QStringLiteral("F64")},
                                               {QStringLiteral("int8"), QStringLiteral("I8")},
                                               {QStringLiteral("uint8"), QStringLiteral("U8")},
                                               {QStringLiteral("float8_e4m3fn"), QStringLiteral("F8_E4M3")}};
    QString key = t;
    if (key.startsWith(QLatin1String("torch.")))
        key = key.mid(6);
    return map.value(key);
}

bool isLfsPointerFile(const QString &path)
{
    QFile f(path);
    if (f.size() > 1024 || !f.open(QIODevice::ReadOnly))
        return false;
    return f.read(64).startsWith("version https://git-lfs.github.com/spec/v1");
}

namespace detail {

namespace {

constexpr const char *kWeightSuffixes[] = {"safetensors", "bin",     "pt",   "pth", "ckpt",
                                           "h5",          "msgpack", "onnx", "gguf"};

QSet<qint64> tokenIds(const json &j)
{
    QSet<qint64> ids;
    if (j.is_number_integer())
        ids.insert(j.get<qint64>());
    else if (j.is_array())
        for (const json &x : j)
            if (x.is_number_integer())
                ids.insert(x.get<qint64>());
    return ids;
}

QString idsText(const QSet<qint64> &ids)
{
    QList<qint64> sorted(ids.begin(), ids.end());
    std::sort(sorted.begin(), sorted.end());
    QStringList parts;
    for (qint64 i : sorted)
        parts << QString::number(i);
    return sorted.size() == 1 ? parts.first() : QStringLiteral("[%1]").arg(parts.join(QStringLiteral(", ")));
}

std::optional<json> readJson(Package &pkg, const QString &name)
{
    const QString path = QDir(pkg.rootPath).filePath(name);
    if (!QFileInfo(path).isFile())
        return std::nullopt;
    QByteArray data;
    Diagnostic error;
    if (!readSmallFile(path, name, &data, &error)) {
        pkg.warnings.append(error);
        return std::nullopt;
    }
    std::optional<json> doc = parseJson(data, name, &error);
    if (!doc)
        addFinding(pkg, "package.hf-file-invalid", Finding::Severity::Error, "package",
                   QCoreApplication::translate("mr::Importers", "%1: not read").arg(error.toString()));
    return doc;
}

// The card's front matter (YAML) when it has one; malformed front matter is a located finding.
YAML::Node cardFrontMatter(Package &pkg, bool *present)
{
    *present = false;
    const QString path = QDir(pkg.rootPath).filePath(QStringLiteral("README.md"));
    QByteArray data, yaml;
    Diagnostic error;
    int first = 0;
    if (!QFileInfo(path).isFile() || !readSmallFile(path, QStringLiteral("README.md"), &data, &error) ||
        !results::cardFrontMatter(data, &yaml, &first))
        return {};
    *present = true;
    YAML::Node root;
    if (!loadYaml(yaml, QStringLiteral("README.md"), &root, &error)) {
        if (error.line > 0)
            error.line += first - 1;
        pkg.results.errors.append(error); // the card feeds the results pane
        return {};
    }
    return root;
}

} // namespace

LoadResult importHuggingFace(const QString &path, const ImportOptions &options)
{
    LoadResult result;
    const QString dir = QFileInfo(path).absoluteFilePath();
    auto pkg = std::make_shared<Package>();
    Package &p = *pkg;
    p.sourcePath = dir;
    p.rootPath = dir;
    p.sourceKind = sourceKindName(SourceKind::HuggingFace);
    p.format = p.sourceKind;
    p.name = QFileInfo(dir).fileName();
    const QDir root(dir);

    const std::optional<json> config = readJson(p, QStringLiteral("config.json"));
    const std::optional<json> generation = readJson(p, QStringLiteral("generation_config.json"));
    auto str = [](const std::optional<json> &j, const char *key) {
        return j && j->is_object() && j->contains(key) && (*j)[key].is_string()
                   ? qs((*j)[key].get<std::string>())
                   : QString();
    };
    QString architecture;
    if (config && config->is_object() && config->contains("architectures") &&
        (*config)["architectures"].is_array() && !(*config)["architectures"].empty() &&
        (*config)["architectures"][0].is_string())
        architecture = qs((*config)["architectures"][0].get<std::string>());
    const QString modelType = str(config, "model_type");
    QStringList kind;
    for (const QString &k : {modelType, architecture})
        if (!k.isEmpty())
            kind << k;
    p.sourceDescription =
        QCoreApplication::translate("mr::Importers", "Hugging Face model repository %1%2")
            .arg(p.name,
                 kind.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(kind.join(QStringLiteral(", "))));

    // Weights: LFS pointers (not downloaded) and safetensors headers of present files.
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::NoSymLinks | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString rel = root.relativeFilePath(it.next());
        if (!rel.startsWith(QLatin1String(".git/")))
            files.append(rel);
    }
    std::sort(files.begin(), files.end());
    QStringList pointers;
    QString dtypeFile, dtype;
    for (const QString &rel : files) {
        const QString abs = root.filePath(rel);
        const bool weight =
            std::any_of(std::begin(kWeightSuffixes), std::end(kWeightSuffixes),
                        [&](const char *s) { return QFileInfo(rel).suffix() == QLatin1String(s); });
        if (isLfsPointerFile(abs)) {
            pointers.append(rel);
            if (weight)
                addFinding(p, "package.hf-weights-not-downloaded", Finding::Severity::Warning, "package",
                           QCoreApplication::translate(
                               "mr::Importers",
                               "%1 is a Git LFS pointer, not the weights: run git lfs pull to "
                               "review or verify them.")
                               .arg(rel));
            continue;
        }
        if (QFileInfo(rel).suffix() == QLatin1String("safetensors") && dtype.isEmpty()) {
            const SafetensorsHeader h = readSafetensorsHeader(abs, rel);
            if (!h.ok)
                addFinding(p, "package.hf-file-invalid", Finding::Severity::Error, "package",
                           h.error.toString());
            else if (!h.mainDtype().isEmpty()) {
                dtype = h.mainDtype();
                dtypeFile = rel;
            }
        }
    }
    if (!pointers.isEmpty()) {
        p.dataset.provided = true;
        p.dataset.manifest = QStringLiteral(".");
        p.dataset.manifestPath = dir; // a folder of LFS pointers (models/dataset reads the pointers)
        p.dataset.raw = {{"manifest", "Git LFS pointers"}};
    }

    // config.json dtype against the safetensors header.
    QString configDtype = str(config, "torch_dtype");
    const char *dtypeKey = "torch_dtype";
    if (configDtype.isEmpty()) {
        configDtype = str(config, "dtype");
        dtypeKey = "dtype";
    }
    if (!configDtype.isEmpty() && !dtype.isEmpty() && safetensorsDtype(configDtype) != dtype)
        addFinding(p, "package.hf-dtype-mismatch", Finding::Severity::Warning, "package",
                   QCoreApplication::translate("mr::Importers",
                                               "config.json says %1 %2, but the tensors in %3 are %4.")
                       .arg(QLatin1String(dtypeKey), configDtype, dtypeFile, dtype));

    // eos_token_id: config.json against generation_config.json.
    if (config && generation && config->is_object() && generation->is_object() &&
        config->contains("eos_token_id") && generation->contains("eos_token_id")) {
        const QSet<qint64> a = tokenIds((*config)["eos_token_id"]),
                           b = tokenIds((*generation)["eos_token_id"]);
        if (a != b)
            addFinding(p, "package.hf-eos-mismatch", Finding::Severity::Warning, "package",
                       QCoreApplication::translate(
                           "mr::Importers", "config.json has eos_token_id %1, but generation_config.json has "
                                            "%2: generation may not stop where the model was trained to.")
                           .arg(idsText(a), idsText(b)));
    }

    // Shards named by the index that are missing.
    for (const char *index : {"model.safetensors.index.json", "pytorch_model.bin.index.json"}) {
        const std::optional<json> idx = readJson(p, QString::fromLatin1(index));
        if (!idx || !idx->is_object() || !idx->contains("weight_map") || !(*idx)["weight_map"].is_object())
            continue;
        QSet<QString> shards;
        for (const json &v : (*idx)["weight_map"])
            if (v.is_string())
                shards.insert(qs(v.get<std::string>()));
        QStringList sorted(shards.begin(), shards.end());
        std::sort(sorted.begin(), sorted.end());
        for (const QString &s : sorted)
            if (!QFileInfo(root.filePath(s)).isFile())
                addFinding(
                    p, "package.hf-shard-missing", Finding::Severity::Error, "package",
                    QCoreApplication::translate("mr::Importers", "%1 names the shard %2, which is missing.")
                        .arg(QLatin1String(index), s));
    }

    // id2label: its size against num_labels and the card's labels.
    bool hasCard = false;
    const YAML::Node card = cardFrontMatter(p, &hasCard);
    if (config && config->is_object() && config->contains("id2label") && (*config)["id2label"].is_object()) {
        const qsizetype n = qsizetype((*config)["id2label"].size());
        if (config->contains("num_labels") && (*config)["num_labels"].is_number_integer() &&
            (*config)["num_labels"].get<qint64>() != n)
            addFinding(p, "package.hf-labels-mismatch", Finding::Severity::Warning, "package",
                       QCoreApplication::translate("mr::Importers",
                                                   "config.json has %1 id2label entries but num_labels %2.")
                           .arg(n)
                           .arg((*config)["num_labels"].get<qint64>()));
        try {
            if (card && card.IsMap()) {
                qsizetype cardLabels = -1;
                if (card["labels"] && card["labels"].IsSequence())
                    cardLabels = qsizetype(card["labels"].size());
                else if (card["num_labels"] && card["num_labels"].IsScalar())
                    cardLabels = QString::fromStdString(card["num_labels"].Scalar()).toLongLong();
                if (cardLabels >= 0 && cardLabels != n)
                    addFinding(p, "package.hf-labels-mismatch", Finding::Severity::Warning, "package",
                               QCoreApplication::translate(
                                   "mr::Importers",
                                   "config.json has %1 id2label entries, but README.md names %2 "
                                   "labels.")
                                   .arg(n)
                                   .arg(cardLabels));
            }
        } catch (const YAML::Exception &) {
        }
    }

    // Results: the card's model-index and .eval_results/.
    const QString readme = root.filePath(QStringLiteral("README.md"));
    const QString evalDir = root.filePath(QStringLiteral(".eval_results"));
    results::ResultsFile cardResults, evalResults;
    if (hasCard) {
        p.results.provided = true;
        p.results.claimed.append(namedFile(p, QStringLiteral("claimed"), readme));
        cardResults = results::readResultsFile(readme, QStringLiteral("README.md"));
    }
    if (QFileInfo(evalDir).isDir()) {
        p.results.provided = true;
        p.results.claimed.append(namedFile(p, QStringLiteral("claimed"), evalDir));
        evalResults = results::readResultsFile(evalDir, QStringLiteral(".eval_results"));
    }
    // .eval_results entries are "<dataset id>.<task id>"; the card's are "<dataset type>...<metric>".
    for (const results::NamedValue &e : evalResults.metrics) {
        const QString dataset = e.name.section(QLatin1Char('.'), 0, 0);
        bool sameDataset = false, sameValue = false;
        QStringList cardValues;
        for (const results::NamedValue &c : cardResults.metrics) {
            if (!c.name.startsWith(dataset + QLatin1Char('.')))
                continue;
            sameDataset = true;
            cardValues << QStringLiteral("%1 = %2").arg(c.name, c.value.display());
            sameValue = sameValue || (c.value.isNumber() && e.value.isNumber() &&
                                      std::abs(c.value.number - e.value.number) <=
                                          1e-9 * std::max(1.0, std::abs(e.value.number)));
        }
        if (!hasCard)
            continue;
        if (!sameDataset)
            addFinding(
                p, "results.hf-eval-results-not-in-card", Finding::Severity::Info, "results",
                QCoreApplication::translate(
                    "mr::Importers", "%1 reports %2 = %3, which README.md's model-index does not list.")
                    .arg(at(e.value.file, e.value.line), e.name, e.value.display()));
        else if (!sameValue)
            addFinding(p, "results.hf-eval-results-differ", Finding::Severity::Warning, "results",
                       QCoreApplication::translate("mr::Importers",
                                                   "%1 reports %2 = %3, but README.md's model-index says %4.")
                           .arg(at(e.value.file, e.value.line), e.name, e.value.display(),
                                cardValues.join(QStringLiteral(", "))));
    }

    environmentFiles(p, dir);
    gitCode(p, dir, {}, {}, options);
    p.version = p.code.head.left(8);
    result.package = pkg;
    return result;
}

} // namespace detail

} // namespace mr::importers
