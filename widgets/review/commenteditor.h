// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/review/comment.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;

namespace mr::review {

// Writes or edits a comment (or a reply): the anchor and the quoted content for context, the
// body in Markdown with a rendered preview, and the kind.
class CommentEditorDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { NewComment, EditComment, Reply };
    CommentEditorDialog(Mode mode, const Anchor &anchor, const QString &quoted, QWidget *parent = nullptr);

    void setBody(const QString &body);
    QString body() const;
    void setKind(Comment::Kind kind);
    Comment::Kind kind() const;
    // Asks before discarding text the reviewer typed (Escape, Cancel, closing the window).
    void reject() override;

private:
    void updatePreview();
    QPlainTextEdit *m_body;
    QComboBox *m_kind;
    QTextBrowser *m_preview;
    QTabWidget *m_tabs;
    QDialogButtonBox *m_buttons;
    QString m_initialBody; // what setBody() gave: unchanged text is discarded without asking
};

// Renders reviewer Markdown for display; raw HTML in it is shown as text, never interpreted.
void setReviewerMarkdown(QTextBrowser *browser, const QString &markdown);

} // namespace mr::review
