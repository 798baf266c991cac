// SPDX-License-Identifier: MIT
// The presenter's notes on events: Pin a note… / Edit the note… / Remove the note, for the
// event at the cursor (N, Shift+N) or from a right-click on the timeline. The notes live in
// the RunSession (so File > Save writes them and File > Open brings them back); this keeps the
// timeline's drawing of them in step and asks for the text.
#pragma once

#include <QObject>
#include <QString>

#include <cstddef>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace ys::ui {

class RunSession;
class TimelineView;

class NoteController : public QObject {
    Q_OBJECT

public:
    // Notes longer than this are cut: a note is a few words for the room, not an essay.
    static constexpr int kMaxNoteLength = 200;

    NoteController(RunSession& session, TimelineView& timeline, QWidget* window);

    // Pin a note… (or Edit the note…) and Remove the note, for the event at the cursor.
    QAction* pinAction() const { return pinAction_; }
    QAction* removeAction() const { return removeAction_; }

    // The note on event seq, or an empty string.
    QString noteFor(std::size_t seq) const;
    // Asks for the note's text (pre-filled with the current one) and pins it; an empty text
    // removes the note. False when the dialog was cancelled or seq is not recorded.
    bool editNote(std::size_t seq);
    bool removeNote(std::size_t seq);
    // The menu a right-click on event seq shows (owned by the caller).
    QMenu* menuFor(std::size_t seq, QWidget* parent);
    // Sets the actions' texts again in the language in use; the window calls it on
    // QEvent::LanguageChange (the dialog and the right-click menu are made in it when asked).
    void retranslate();

signals:
    // A note was pinned, edited or removed, or a new run brought its own notes.
    void notesChanged();

private:
    void showNotes();
    void updateActions();

    RunSession& session_;
    TimelineView& timeline_;
    QWidget* window_;
    QAction* pinAction_;
    QAction* removeAction_;
};

} // namespace ys::ui
