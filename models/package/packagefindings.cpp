// SPDX-License-Identifier: Apache-2.0
#include "models/package/packagefindings.h"

#include <QCoreApplication>

namespace mr {

namespace {
struct SectionRef
{
    const char *id;   // the key in model-package.json
    const char *pane; // where the finding is shown
    const Section *section;
    const char *missing; // why a missing section matters to a reviewer
};
} // namespace

Findings packageFindings(const Package &package, const DigestResult *digest)
{
    Findings out;
    const SectionRef sections[] = {
        {"code", "code", &package.code,
         QT_TRANSLATE_NOOP("mr::Findings", "the code cannot be reviewed or rebuilt by anyone else")},
        {"dataset", "dataset", &package.dataset,
         QT_TRANSLATE_NOOP("mr::Findings", "nobody can check which data trained the model")},
        {"environments", "environment", &package.environments,
         QT_TRANSLATE_NOOP("mr::Findings",
                           "nobody can tell whether production matches the training machine")},
        {"results", "results", &package.results,
         QT_TRANSLATE_NOOP("mr::Findings", "the claimed metrics cannot be compared with a rerun")},
        {"artifacts", "package", &package.artifacts,
         QT_TRANSLATE_NOOP("mr::Findings", "the model artifact cannot be verified")},
    };
    for (const SectionRef &s : sections) {
        const QString id = QString::fromLatin1(s.id);
        if (!s.section->provided) {
            out.append({QStringLiteral("package.section-missing"), Finding::Severity::Warning,
                        QString::fromLatin1(s.pane), Anchor::package(),
                        QCoreApplication::translate("mr::Findings", "Section \"%1\" is not provided: %2.")
                            .arg(id, QCoreApplication::translate("mr::Findings", s.missing))});
            continue;
        }
        for (const Diagnostic &d : s.section->errors) {
            out.append(
                {QStringLiteral("package.section-error"), Finding::Severity::Error,
                 QString::fromLatin1(s.pane), Anchor::package(),
                 QCoreApplication::translate("mr::Findings", "Section \"%1\": %2").arg(id, d.toString())});
        }
    }
    for (const Diagnostic &d : package.warnings) {
        out.append({QStringLiteral("package.field-invalid"), Finding::Severity::Warning,
                    QStringLiteral("package"), Anchor::package(), d.toString()});
    }
    if (!package.unknownKeys.isEmpty()) {
        QList<FindingItem> keys;
        for (const QString &key : package.unknownKeys)
            keys.append({Anchor::package(), key});
        out.append({QStringLiteral("package.unknown-keys"), Finding::Severity::Info,
                    QStringLiteral("package"), Anchor::package(),
                    QCoreApplication::translate("mr::Findings", "Keys this version does not know (kept): %1")
                        .arg(package.unknownKeys.join(QStringLiteral(", "))),
                    keys});
    }
    // `modelreview pack --allow-dirty` records the working copy's uncommitted changes.
    if (const auto pack = package.document.find("pack");
        pack != package.document.end() && pack->is_object()) {
        if (const auto dirty = pack->find("dirty");
            dirty != pack->end() && dirty->is_array() && !dirty->empty()) {
            QStringList files;
            for (const auto &f : *dirty)
                if (f.is_string())
                    files << QString::fromStdString(f.get<std::string>());
            out.append({QStringLiteral("package.packed-dirty"), Finding::Severity::Warning,
                        QStringLiteral("code"), Anchor::package(),
                        QCoreApplication::translate(
                            "mr::Findings", "Packed from a working copy with uncommitted changes to %1 "
                                            "tracked file(s) (%2): what was run may not be what the "
                                            "code shows.")
                            .arg(files.size())
                            .arg(files.join(QStringLiteral(", ")))});
        }
    }
    if (package.dataset.rootOutsidePackage) {
        out.append({QStringLiteral("package.data-outside"), Finding::Severity::Info,
                    QStringLiteral("dataset"), Anchor::package(),
                    QCoreApplication::translate("mr::Findings", "The data root %1 lies outside the package: "
                                                                "the package alone does not carry its data.")
                        .arg(package.dataset.root)});
    }
    out += package.sourceFindings;
    if (digest && !digest->ok) {
        out.append(
            {QStringLiteral("package.digest-failed"), Finding::Severity::Error, QStringLiteral("package"),
             Anchor::package(),
             QCoreApplication::translate("mr::Findings", "The package digest cannot be computed (%1): a "
                                                         "decision cannot be bound to this package.")
                 .arg(digest->error.toString())});
    }
    sortFindings(out);
    return out;
}

} // namespace mr
