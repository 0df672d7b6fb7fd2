// SPDX-License-Identifier: Apache-2.0
#include "widgets/common/factspane.h"

#include <QFile>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mr {

namespace {
qint64 countLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    qint64 n = 0;
    while (!f.atEnd()) {
        const QByteArray chunk = f.read(1 << 20);
        n += chunk.count('\n');
    }
    return n;
}
} // namespace

FactsPane::FactsPane(Kind kind, QWidget *parent) : Pane(parent), m_kind(kind)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("factsTree"));
    m_tree->setHeaderLabels({tr("Fact"), tr("Value")});
    m_tree->setRootIsDecorated(false);
    layout->addWidget(m_tree);
}

void FactsPane::setPackage(const PackagePtr &package)
{
    m_tree->clear();
    if (!package)
        return;
    auto add = [this](const QString &k, const QString &v) { new QTreeWidgetItem(m_tree, {k, v}); };
    const Package &p = *package;
    const Section *section = nullptr;
    switch (m_kind) {
    case Kind::Code:
        section = &p.code;
        add(tr("Repository"), p.code.repository);
        add(tr("Base"), p.code.base);
        add(tr("Head"), p.code.head);
        break;
    case Kind::Dataset:
        section = &p.dataset;
        add(tr("Manifest"), p.dataset.manifest);
        add(tr("Manifest entries"), p.dataset.manifestPath.isEmpty()
                                        ? QString()
                                        : QString::number(countLines(p.dataset.manifestPath)));
        add(tr("Baseline"), p.dataset.baseline);
        add(tr("Data root"), p.dataset.root);
        break;
    case Kind::Environment:
        section = &p.environments;
        for (const NamedFile &f : p.environments.files)
            add(f.name, f.relativePath);
        break;
    case Kind::Results:
        section = &p.results;
        for (const NamedFile &f : p.results.claimed + p.results.rerun)
            add(f.name, f.relativePath);
        for (auto it = p.results.metrics.begin(); it != p.results.metrics.end(); ++it)
            add(tr("Metric"), it.key());
        break;
    }
    if (!section->provided)
        add(tr("Section"), tr("not provided"));
    for (const Diagnostic &d : section->errors)
        add(tr("Error"), d.toString());
    m_tree->resizeColumnToContents(0);
}

} // namespace mr
