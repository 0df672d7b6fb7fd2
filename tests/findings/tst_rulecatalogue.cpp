// SPDX-License-Identifier: Apache-2.0
// Every rule id the sources emit is in the catalogue (which the policy file is checked against)
// and in docs/findings.md's table with its default severity; the catalogue lists nothing the
// sources no longer emit.
#include "models/findings/rules.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace mr::findings;

class TestRuleCatalogue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sourcesAndCatalogueAgree();
    void docsListEveryRule();
    void criticalDefaults();
    void schemaListsEveryRule();
};

namespace {
QSet<QString> idsInSources()
{
    // A rule id is a quoted "pane.name" (or "results.provenance.name") string literal.
    static const QRegularExpression id(QStringLiteral(
        R"re("((?:package|code|dataset|environment|results|review)\.[a-z0-9%.-]+[a-z0-9%])")re"));
    QSet<QString> out;
    for (const char *folder : {"models", "app", "widgets"}) {
        QDirIterator it(QStringLiteral(MR_SOURCE_DIR "/") + QLatin1String(folder),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QLatin1String("/models/findings/rules.cpp")))
                continue; // the catalogue itself
            if (path.contains(QLatin1String("/models/interdiff/")))
                continue; // field paths of the interdiff ("code.head"), not rules
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(f.readAll());
            for (auto m = id.globalMatch(text); m.hasNext();) {
                const QString rule = m.next().captured(1);
                if (rule.startsWith(QLatin1String("results.metrics")) ||
                    rule.endsWith(QLatin1String(".json")) || rule.endsWith(QLatin1String(".git")))
                    continue; // a JSON path prefix and file names, not rules
                out.insert(rule);
            }
        }
    }
    return out;
}
} // namespace

void TestRuleCatalogue::sourcesAndCatalogueAgree()
{
    QSet<QString> emitted = idsInSources();
    QVERIFY2(emitted.size() > 50, qPrintable(QString::number(emitted.size())));
    // "dataset.artifact-%1" is completed with a problem status name.
    if (emitted.remove(QStringLiteral("dataset.artifact-%1")))
        for (const char *s : {"mismatch", "missing", "unreadable"})
            emitted.insert(QStringLiteral("dataset.artifact-") + QLatin1String(s));
    QSet<QString> catalogued;
    for (const RuleInfo &r : ruleCatalogue()) {
        QVERIFY2(!catalogued.contains(r.id), qPrintable(r.id + QStringLiteral(" listed twice")));
        catalogued.insert(r.id);
        QVERIFY2(!r.reason.isEmpty() && !r.fix.isEmpty(), qPrintable(r.id));
    }
    for (const QString &rule : std::as_const(emitted))
        QVERIFY2(catalogued.contains(rule),
                 qPrintable(rule + QStringLiteral(" is emitted but not catalogued")));
    for (const QString &rule : std::as_const(catalogued))
        QVERIFY2(emitted.contains(rule),
                 qPrintable(rule + QStringLiteral(" is catalogued but never emitted")));
}

void TestRuleCatalogue::docsListEveryRule()
{
    QFile doc(QStringLiteral(MR_SOURCE_DIR "/docs/findings.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    for (const RuleInfo &r : ruleCatalogue()) {
        const QString row = QStringLiteral("| `%1` | %2 |").arg(r.id, r.severityText);
        QVERIFY2(text.contains(row), qPrintable(QStringLiteral("docs/findings.md lacks the row ") + row));
        QVERIFY(r.severityText.startsWith(mr::Finding::severityName(r.severity)));
    }
}

void TestRuleCatalogue::criticalDefaults()
{
    const QStringList critical = builtinCriticalPackages();
    for (const char *p : {"numpy", "torch", "tensorflow", "scikit-learn", "pandas", "python"})
        QVERIFY2(critical.contains(QLatin1String(p)), p);
    QCOMPARE(normalizePackageName(QStringLiteral(" Scikit_Learn ")), QStringLiteral("scikit-learn"));
    QCOMPARE(normalizePackageName(QStringLiteral("zope.interface")), QStringLiteral("zope-interface"));
}

void TestRuleCatalogue::schemaListsEveryRule()
{
    QFile file(QStringLiteral(MR_SOURCE_DIR "/docs/schema/policy.schema.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const nlohmann::json schema = nlohmann::json::parse(file.readAll().toStdString());
    const nlohmann::json &rules = schema.at("properties").at("rules").at("properties");
    QCOMPARE(rules.size(), size_t(ruleCatalogue().size()));
    for (const RuleInfo &r : ruleCatalogue())
        QVERIFY2(rules.contains(r.id.toStdString()), qPrintable(r.id));
}

QTEST_GUILESS_MAIN(TestRuleCatalogue)
#include "tst_rulecatalogue.moc"
