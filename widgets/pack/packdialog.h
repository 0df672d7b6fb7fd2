// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/pack/pack.h"
#include "models/pack/packpreview.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace mr {

// File > New Package from Working Copy…: the choices of `modelreview pack`, a preview of what
// goes in and of the findings, then writing with progress and cancel. Planning, preview and
// writing run on workers (models/pack); the dialog only renders their values.
class PackDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PackDialog(QWidget *parent = nullptr);
    ~PackDialog() override;

    void setSource(const QString &path);
    void setOutput(const QString &path);
    // The program run as `<program> capture-env -o FILE` for the development environment; empty
    // (the default outside the modelreview executable) leaves capturing off.
    void setCaptureProgram(const QString &program);
    pack::PackOptions options() const;

Q_SIGNALS:
    void previewReady();
    void packageWritten(const QString &path);
    void writeFailed(const QString &error);

public Q_SLOTS:
    void preview();
    void write();

private:
    struct Prepared
    {
        pack::PackPlan plan;
        pack::PackPreview preview;
        QStringList notes; // capture problems
        QString capturedFile;
    };
    static Prepared prepare(pack::PackOptions options, const QString &captureProgram, const QString &scratch);
    void showPrepared(const Prepared &prepared);
    void setBusy(bool busy);
    void updateCaptureState();

    QLineEdit *m_source = nullptr, *m_output = nullptr, *m_base = nullptr, *m_head = nullptr;
    QLineEdit *m_name = nullptr, *m_version = nullptr, *m_summary = nullptr;
    QComboBox *m_datasetMode = nullptr;
    QLineEdit *m_datasetPath = nullptr;
    QCheckBox *m_capture = nullptr, *m_allowDirty = nullptr;
    QPlainTextEdit *m_envs = nullptr, *m_claimed = nullptr, *m_rerun = nullptr, *m_metrics = nullptr;
    QTreeWidget *m_contents = nullptr;
    QListWidget *m_findings = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_previewButton = nullptr, *m_writeButton = nullptr, *m_cancelButton = nullptr;
    QString m_captureProgram;
    QString m_scratch; // a private folder for the captured environment
    QFutureWatcher<Prepared> m_prepareWatcher;
    QFutureWatcher<pack::PackResult> m_writeWatcher;
    pack::PackPlan m_plan;
    bool m_writeAfterPrepare = false;
};

} // namespace mr
