// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace mr {

// A message strip at the top of a view for errors and notices: never a modal box. The text is
// shown as plain text (it may hold package content) and can be selected and copied.
class Banner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Warning, Error };
    explicit Banner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    void applyKind();
    QLabel *m_icon = nullptr;
    QLabel *m_label = nullptr;
    QToolButton *m_close = nullptr;
    Kind m_kind = Kind::Info;
};

} // namespace mr
