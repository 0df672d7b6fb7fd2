// SPDX-License-Identifier: Apache-2.0
#include "widgets/review/commenteditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mr::review {

void setReviewerMarkdown(QTextBrowser *browser, const QString &markdown)
{
    browser->setOpenLinks(false);
    browser->document()->setMarkdown(markdown,
                                     QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                                     QTextDocument::MarkdownNoHTML));
}

CommentEditorDialog::CommentEditorDialog(Mode mode, const Anchor &anchor, const QString &quoted,
                                         QWidget *parent)
    : QDialog(parent), m_body(new QPlainTextEdit(this)), m_kind(new QComboBox(this)),
      m_preview(new QTextBrowser(this)), m_tabs(new QTabWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("commentEditor"));
    setWindowTitle(mode == Mode::Reply         ? tr("Reply")
                   : mode == Mode::EditComment ? tr("Edit Comment")
                                               : tr("New Comment"));
    auto *layout = new QVBoxLayout(this);
    auto *where = new QLabel(this);
    where->setObjectName(QStringLiteral("commentAnchor"));
    where->setTextFormat(Qt::PlainText);
    where->setText(tr("On %1").arg(anchor.kind == Anchor::Kind::Package ? tr("the package as a whole")
                                                                        : anchor.label()));
    layout->addWidget(where);
    if (!quoted.isEmpty()) {
        auto *quote = new QPlainTextEdit(this);
        quote->setObjectName(QStringLiteral("commentQuote"));
        quote->setReadOnly(true);
        quote->setPlainText(quoted);
        quote->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        quote->setMaximumHeight(quote->fontMetrics().lineSpacing() * 6 + 12);
        quote->setLineWrapMode(QPlainTextEdit::NoWrap);
        layout->addWidget(quote);
    }
    m_body->setObjectName(QStringLiteral("commentBody"));
    m_body->setPlaceholderText(tr("Write in Markdown: **bold**, `code`, lists, links..."));
    m_preview->setObjectName(QStringLiteral("commentPreview"));
    m_tabs->addTab(m_body, tr("&Write"));
    m_tabs->addTab(m_preview, tr("&Preview"));
    layout->addWidget(m_tabs, 1);
    m_kind->setObjectName(QStringLiteral("commentKind"));
    m_kind->addItem(tr("Note"), int(Comment::Kind::Note));
    m_kind->addItem(tr("Issue"), int(Comment::Kind::Issue));
    m_kind->addItem(tr("Blocker (prevents approval)"), int(Comment::Kind::Blocker));
    auto *row = new QHBoxLayout;
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    row->addWidget(kindLabel);
    row->addWidget(m_kind);
    row->addStretch(1);
    row->addWidget(m_buttons);
    layout->addLayout(row);
    if (mode == Mode::Reply) {
        m_kind->hide();
        kindLabel->hide();
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tabs, &QTabWidget::currentChanged, this, &CommentEditorDialog::updatePreview);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_body->toPlainText().trimmed().isEmpty());
    });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    resize(560, 380);
    m_body->setFocus();
}

void CommentEditorDialog::setBody(const QString &body)
{
    m_body->setPlainText(body);
    m_initialBody = body;
}

void CommentEditorDialog::reject()
{
    // Escape, Cancel and the close button all end here: typed text is never lost silently.
    const QString text = m_body->toPlainText();
    if (!text.trimmed().isEmpty() && text != m_initialBody) {
        QMessageBox ask(QMessageBox::Question, tr("Discard Comment"), tr("Discard the text you typed?"),
                        QMessageBox::NoButton, this);
        ask.setObjectName(QStringLiteral("discardCommentQuestion"));
        QPushButton *discard = ask.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        discard->setObjectName(QStringLiteral("discardCommentButton"));
        QPushButton *keep = ask.addButton(tr("&Keep Editing"), QMessageBox::RejectRole);
        keep->setObjectName(QStringLiteral("keepEditingButton"));
        ask.setDefaultButton(keep);
        ask.setEscapeButton(keep);
        ask.exec();
        if (ask.clickedButton() != discard)
            return;
    }
    QDialog::reject();
}
QString CommentEditorDialog::body() const
{
    return m_body->toPlainText();
}

void CommentEditorDialog::setKind(Comment::Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}
Comment::Kind CommentEditorDialog::kind() const
{
    return Comment::Kind(m_kind->currentData().toInt());
}

void CommentEditorDialog::updatePreview()
{
    if (m_tabs->currentWidget() == m_preview)
        setReviewerMarkdown(m_preview, m_body->toPlainText());
}

} // namespace mr::review
