// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace mr {

// The explicit states a view shows instead of content: "Loading", "No difference",
// "Not provided", "Failed: ...". Loading may show progress and a Cancel button.
class Placeholder : public QWidget
{
    Q_OBJECT
public:
    enum class State { Empty, Loading, NotProvided, NoContent, Failed };
    explicit Placeholder(QWidget *parent = nullptr);

    void setState(State state, const QString &text = {});
    void setProgress(int value, int maximum); // maximum 0: busy indicator
    State state() const { return m_state; }
    QString text() const;

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_label = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    State m_state = State::Empty;
};

} // namespace mr
