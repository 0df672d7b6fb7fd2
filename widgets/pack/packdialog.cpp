// SPDX-License-Identifier: Apache-2.0
#include "widgets/pack/packdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace mr {

namespace {

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &l : edit->toPlainText().split(QLatin1Char('\n')))
        if (!l.trimmed().isEmpty())
            out << l.trimmed();
    return out;
}

QWidget *withBrowse(QLineEdit *edit, QWidget *parent, const std::function<QString()> &choose)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *browse = new QPushButton(QObject::tr("Browse…"), row);
    layout->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, edit, [edit, choose] {
        const QString path = choose();
        if (!path.isEmpty())
            edit->setText(QDir::toNativeSeparators(path));
    });
    return row;
}

} // namespace

PackDialog::PackDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("packDialog"));
    setWindowTitle(tr("New Package from Working Copy"));
    const auto edit = [this](const char *name, const QString &placeholder = {}) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        e->setPlaceholderText(placeholder);
        return e;
    };
    m_source = edit("sourceEdit", tr("the git working copy"));
    m_output = edit("outputEdit", tr("a folder, or name.zip / name.tar.gz / name.tar.zst"));
    m_base = edit("baseEdit", tr("head's first parent"));
    m_head = edit("headEdit", QStringLiteral("HEAD"));
    m_name = edit("nameEdit", tr("the folder's name"));
    m_version = edit("versionEdit", tr("git describe"));
    m_summary = edit("summaryEdit", tr("what changed and why"));
    m_datasetMode = new QComboBox(this);
    m_datasetMode->setObjectName(QStringLiteral("datasetMode"));
    m_datasetMode->addItems({tr("DVC outputs of the project (if any)"), tr("Data folder (copied, SHA-256)"),
                             tr("Manifest file (as given)")});
    m_datasetPath = edit("datasetPathEdit");
    m_capture = new QCheckBox(tr("Capture this machine as the \"development\" environment"), this);
    m_capture->setObjectName(QStringLiteral("captureEnvCheck"));
    m_allowDirty =
        new QCheckBox(tr("Allow uncommitted changes (recorded in the package, and a finding)"), this);
    m_allowDirty->setObjectName(QStringLiteral("allowDirtyCheck"));
    const auto text = [this](const char *name, const QString &placeholder) {
        auto *t = new QPlainTextEdit(this);
        t->setObjectName(QString::fromLatin1(name));
        t->setPlaceholderText(placeholder);
        t->setMaximumHeight(fontMetrics().lineSpacing() * 3 + 12);
        return t;
    };
    m_envs = text("envEdit", tr("NAME=FILE, one per line (found in the repository too)"));
    m_claimed = text("claimedEdit", tr("claimed metrics files, one per line (else DVC or MLflow metrics)"));
    m_rerun = text("rerunEdit", tr("rerun metrics files, one per line"));
    m_metrics = text("metricsEdit", tr("NAME:higher|lower[:abs=X][:rel=Y], one per line"));

    auto *form = new QFormLayout;
    form->addRow(tr("Working copy:"), withBrowse(m_source, this, [this] {
                     return QFileDialog::getExistingDirectory(this, tr("Working Copy"), m_source->text());
                 }));
    form->addRow(tr("Write to:"), withBrowse(m_output, this, [this] {
                     return QFileDialog::getSaveFileName(
                         this, tr("Package"), m_output->text(),
                         tr("Archives (*.tar.zst *.tar.gz *.zip);;Folder (*)"));
                 }));
    auto *revs = new QHBoxLayout;
    revs->addWidget(m_base);
    revs->addWidget(new QLabel(QStringLiteral(".."), this));
    revs->addWidget(m_head);
    form->addRow(tr("Base .. head:"), revs);
    auto *identity = new QHBoxLayout;
    identity->addWidget(m_name);
    identity->addWidget(m_version);
    form->addRow(tr("Name, version:"), identity);
    form->addRow(tr("Summary:"), m_summary);
    form->addRow(tr("Dataset:"), m_datasetMode);
    form->addRow(QString(), withBrowse(m_datasetPath, this, [this] {
                     return m_datasetMode->currentIndex() == 2
                                ? QFileDialog::getOpenFileName(this, tr("Manifest"))
                                : QFileDialog::getExistingDirectory(this, tr("Data Folder"));
                 }));
    form->addRow(tr("Environments:"), m_capture);
    form->addRow(QString(), m_envs);
    form->addRow(tr("Claimed:"), m_claimed);
    form->addRow(tr("Rerun:"), m_rerun);
    form->addRow(tr("Tolerances:"), m_metrics);
    form->addRow(QString(), m_allowDirty);

    m_contents = new QTreeWidget(this);
    m_contents->setObjectName(QStringLiteral("contentsTree"));
    m_contents->setHeaderLabels({tr("In the package"), tr("From")});
    m_contents->setRootIsDecorated(false);
    m_contents->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_findings = new QListWidget(this);
    m_findings->setObjectName(QStringLiteral("findingsList"));
    m_findings->setWordWrap(true);
    auto *previewSide = new QSplitter(Qt::Vertical, this);
    previewSide->addWidget(m_contents);
    previewSide->addWidget(m_findings);

    auto *formBox = new QWidget(this);
    formBox->setLayout(form);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(formBox);
    split->addWidget(previewSide);
    split->setStretchFactor(1, 1);

    m_status = new QLabel(tr("Choose a working copy and where to write, then Preview."), this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_previewButton = new QPushButton(tr("&Preview"), this);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_writeButton = new QPushButton(tr("&Write Package"), this);
    m_writeButton->setObjectName(QStringLiteral("writeButton"));
    m_writeButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addStretch();
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_writeButton);
    buttons->addWidget(m_cancelButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    resize(1100, 640);

    connect(m_previewButton, &QPushButton::clicked, this, &PackDialog::preview);
    connect(m_writeButton, &QPushButton::clicked, this, &PackDialog::write);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_writeWatcher.isRunning())
            m_writeWatcher.cancel(); // the writer removes its temporary sibling: no partial package
        else if (!m_prepareWatcher.isRunning())
            reject();
    });
    connect(m_datasetMode, &QComboBox::currentIndexChanged, this,
            [this](int mode) { m_datasetPath->setEnabled(mode != 0); });
    m_datasetPath->setEnabled(false);
    connect(&m_prepareWatcher, &QFutureWatcher<Prepared>::finished, this, [this] {
        setBusy(false);
        if (m_prepareWatcher.future().resultCount() == 0)
            return;
        const Prepared p = m_prepareWatcher.result();
        showPrepared(p);
        if (m_writeAfterPrepare && p.plan.ok) {
            m_writeAfterPrepare = false;
            m_plan = p.plan;
            setBusy(true);
            m_status->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(m_plan.out)));
            m_progress->setValue(0);
            m_progress->show();
            m_writeWatcher.setFuture(QtConcurrent::run(
                [plan = m_plan](QPromise<pack::PackResult> &promise) { pack::writePack(promise, plan); }));
        }
        m_writeAfterPrepare = false;
    });
    connect(&m_writeWatcher, &QFutureWatcher<pack::PackResult>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_writeWatcher, &QFutureWatcher<pack::PackResult>::finished, this, [this] {
        setBusy(false);
        m_progress->hide();
        if (m_writeWatcher.isCanceled() || m_writeWatcher.future().resultCount() == 0) {
            m_status->setText(tr("Canceled: nothing was written."));
            Q_EMIT writeFailed(m_status->text());
            return;
        }
        const pack::PackResult r = m_writeWatcher.result();
        if (!r.ok) {
            m_status->setText(tr("Failed: %1").arg(r.error));
            Q_EMIT writeFailed(r.error);
            return;
        }
        m_status->setText(tr("Wrote %1 (%2)").arg(QDir::toNativeSeparators(r.out), r.digest));
        Q_EMIT packageWritten(r.out);
        accept();
    });
    m_scratch = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                    .filePath(QStringLiteral("modelreview-pack-%1").arg(QCoreApplication::applicationPid()));
    updateCaptureState();
}

PackDialog::~PackDialog()
{
    m_writeWatcher.cancel();
    m_writeWatcher.waitForFinished();
    m_prepareWatcher.waitForFinished();
    QDir(m_scratch).removeRecursively();
}

void PackDialog::setSource(const QString &path)
{
    m_source->setText(QDir::toNativeSeparators(path));
}

void PackDialog::setOutput(const QString &path)
{
    m_output->setText(QDir::toNativeSeparators(path));
}

void PackDialog::setCaptureProgram(const QString &program)
{
    m_captureProgram = program;
    updateCaptureState();
}

void PackDialog::updateCaptureState()
{
    m_capture->setEnabled(!m_captureProgram.isEmpty());
    m_capture->setChecked(!m_captureProgram.isEmpty());
}

pack::PackOptions PackDialog::options() const
{
    pack::PackOptions o;
    o.source = QDir::fromNativeSeparators(m_source->text().trimmed());
    o.out = QDir::fromNativeSeparators(m_output->text().trimmed());
    o.base = m_base->text().trimmed();
    if (!m_head->text().trimmed().isEmpty())
        o.head = m_head->text().trimmed();
    o.name = m_name->text().trimmed();
    o.version = m_version->text().trimmed();
    o.summary = m_summary->text().trimmed();
    const QString data = QDir::fromNativeSeparators(m_datasetPath->text().trimmed());
    if (m_datasetMode->currentIndex() == 1 && !data.isEmpty())
        o.dataDirs << data;
    else if (m_datasetMode->currentIndex() == 2)
        o.manifest = data;
    for (const QString &e : lines(m_envs)) {
        const qsizetype eq = e.indexOf(QLatin1Char('='));
        o.environments.append({e.left(std::max<qsizetype>(0, eq)), eq < 0 ? e : e.mid(eq + 1)});
    }
    for (const QString &spec : lines(m_metrics)) {
        QString name, why;
        MetricSpec parsed;
        if (pack::parseMetricSpec(spec, &name, &parsed, &why))
            o.metrics.insert(name, parsed);
    }
    o.claimed = lines(m_claimed);
    o.rerun = lines(m_rerun);
    o.allowDirty = m_allowDirty->isChecked();
    o.sourceDateEpoch = pack::sourceDateEpochFromEnvironment();
    return o;
}

PackDialog::Prepared PackDialog::prepare(pack::PackOptions options, const QString &captureProgram,
                                         const QString &scratch)
{
    Prepared p;
    p.plan = pack::planPack(options); // refusals (dirty, bad paths) first, before any capture
    if (!p.plan.ok)
        return p;
    if (!captureProgram.isEmpty()) {
        QDir().mkpath(scratch);
        const QString file = QDir(scratch).filePath(QStringLiteral("development.json"));
        QProcess capture;
        capture.start(captureProgram, {QStringLiteral("capture-env"), QStringLiteral("-o"), file});
        if (capture.waitForFinished(180000) && capture.exitStatus() == QProcess::NormalExit &&
            capture.exitCode() == 0) {
            options.developmentEnvironment = file;
            p.plan = pack::planPack(options);
            if (!p.plan.ok)
                return p;
        } else {
            p.notes << QObject::tr("The development environment was not captured: %1")
                           .arg(QString::fromLocal8Bit(capture.readAllStandardError()).trimmed());
        }
    }
    p.preview = pack::previewPack(p.plan);
    return p;
}

void PackDialog::showPrepared(const Prepared &p)
{
    m_contents->clear();
    m_findings->clear();
    if (!p.plan.ok) {
        m_status->setText(tr("Refused: %1").arg(p.plan.error));
        m_writeButton->setEnabled(true);
        return;
    }
    const auto add = [this](const QString &path, const QString &from) {
        new QTreeWidgetItem(m_contents, {path, from});
    };
    add(QStringLiteral("code.git"), tr("git: %1 .. %2").arg(p.plan.baseId.left(12), p.plan.headId.left(12)));
    add(QStringLiteral("model-package.json"), tr("identity, sections, how it was packed"));
    for (const pack::PackItem &item : p.plan.items)
        add(item.path, item.origin);
    if (!p.plan.dataFiles.isEmpty())
        add(QStringLiteral("data/files/"), tr("%L1 file(s), %L2 bytes from the data folder")
                                               .arg(p.plan.dataFiles.size())
                                               .arg(p.plan.dataBytes));
    for (const QString &f : p.plan.dirtyFiles)
        add(f, tr("uncommitted change: recorded, not included"));
    for (const QString &f : p.plan.untrackedFiles)
        add(f, tr("untracked: not included"));
    for (const QString &n : p.plan.notes + p.notes)
        m_findings->addItem(tr("note: %1").arg(n));
    for (const Finding &f : p.preview.findings)
        m_findings->addItem(
            QStringLiteral("[%1] %2: %3").arg(Finding::severityName(f.severity), f.ruleId, f.message));
    m_status->setText(
        p.preview.ok ? tr("Ready: %L1 finding(s). Write Package to create it.").arg(p.preview.findings.size())
                     : tr("Preview failed: %1").arg(p.preview.error));
    Q_EMIT previewReady();
}

void PackDialog::setBusy(bool busy)
{
    m_previewButton->setEnabled(!busy);
    m_writeButton->setEnabled(!busy);
    m_cancelButton->setText(busy && m_writeWatcher.isRunning() ? tr("Cancel Writing") : tr("Cancel"));
}

void PackDialog::preview()
{
    if (m_prepareWatcher.isRunning() || m_writeWatcher.isRunning())
        return;
    for (const QString &spec : lines(m_metrics)) {
        QString name, why;
        MetricSpec parsed;
        if (!pack::parseMetricSpec(spec, &name, &parsed, &why)) {
            m_status->setText(tr("Refused: %1").arg(why));
            m_writeAfterPrepare = false;
            return;
        }
    }
    setBusy(true);
    m_status->setText(tr("Loading: reading the working copy…"));
    m_prepareWatcher.setFuture(QtConcurrent::run(
        &PackDialog::prepare, options(), m_capture->isChecked() ? m_captureProgram : QString(), m_scratch));
}

void PackDialog::write()
{
    // Plans afresh (the working copy may have changed since the preview), then writes.
    m_writeAfterPrepare = true;
    preview();
}

} // namespace mr
