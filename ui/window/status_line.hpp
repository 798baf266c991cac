// SPDX-License-Identifier: MIT
// The status line: the virtual time of the event shown, which event of how many, and whether
// the run is ready, running, running to its end or ended. It follows the session's signals.
#pragma once

#include <QObject>
#include <QString>

#include <cstddef>

class QLabel;
class QStatusBar;

namespace ys::ui {

class RunSession;

class StatusLine : public QObject {
    Q_OBJECT

public:
    // What the line says, read from a session.
    struct Facts {
        qint64 time = 0;
        bool hasCursor = false;
        std::size_t cursor = 0;
        std::size_t recorded = 0;
        bool jumping = false;
        bool finished = false;
    };
    static Facts factsOf(const RunSession& session);
    static QString timeText(const Facts& facts);
    static QString eventText(const Facts& facts);
    static QString stateText(const Facts& facts);

    // Adds the line's three parts to `bar`, right-aligned.
    StatusLine(QStatusBar& bar, const RunSession& session);

    // From now on, says each change of the session.
    void followSession();
    // The parts joined with " · ", as shown now.
    QString text() const;
    // Larger type in presentation mode.
    void setPresenting(bool on);
    // A passing message (a file saved, preferences not saved) on the left of the line.
    void showMessage(const QString& message);
    // Reads the session again.
    void update();
    // The parts, their names and tips again, in the language installed now.
    void retranslate();

private:
    void applyNames();

    QStatusBar& bar_;
    const RunSession& session_;
    QLabel* time_ = nullptr;
    QLabel* event_ = nullptr;
    QLabel* state_ = nullptr;
};

} // namespace ys::ui
