// SPDX-License-Identifier: MIT
#include "ui/notes/note_controller.hpp"

#include "ui/panels/narration_banner.hpp"
#include "ui/session/run_session.hpp"
#include "ui/timeline/timeline_view.hpp"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>

namespace ys::ui {

NoteController::NoteController(RunSession& session, TimelineView& timeline, QWidget* window)
    : QObject(window), session_(session), timeline_(timeline), window_(window), pinAction_(new QAction(this)),
      removeAction_(new QAction(this))
{
    pinAction_->setObjectName(QStringLiteral("actionPinNote"));
    pinAction_->setShortcut(Qt::Key_N);
    pinAction_->setShortcutContext(Qt::WindowShortcut);
    removeAction_->setObjectName(QStringLiteral("actionRemoveNote"));
    removeAction_->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_N));
    removeAction_->setShortcutContext(Qt::WindowShortcut);
    window_->addAction(pinAction_);
    window_->addAction(removeAction_);
    connect(pinAction_, &QAction::triggered, this, [this] {
        if (session_.hasCursor()) editNote(session_.cursor());
    });
    connect(removeAction_, &QAction::triggered, this, [this] {
        if (session_.hasCursor()) removeNote(session_.cursor());
    });

    connect(&session_, &RunSession::notesChanged, this, &NoteController::showNotes);
    connect(&session_, &RunSession::runStarted, this, &NoteController::showNotes);
    connect(&session_, &RunSession::cursorChanged, this, &NoteController::updateActions);
    connect(&timeline_, &TimelineView::contextMenuRequested, this, [this](qint64 seq, QPoint globalPos) {
        if (seq < 0) return;
        QMenu* menu = menuFor(static_cast<std::size_t>(seq), &timeline_);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(globalPos);
    });
    retranslate();
    showNotes();
}

void NoteController::retranslate()
{
    pinAction_->setStatusTip(tr("Pin a short note to the event shown, for the room to see"));
    removeAction_->setText(tr("Remove the &note"));
    removeAction_->setStatusTip(tr("Remove the note pinned to the event shown"));
    updateActions(); // Pin a note… or Edit the note…, as the event shown has one or not
}

QString NoteController::noteFor(std::size_t seq) const
{
    for (const Note& a : session_.notes()) {
        if (a.seq == seq) return QString::fromStdString(a.text);
    }
    return {};
}

bool NoteController::editNote(std::size_t seq)
{
    if (seq >= session_.recorded()) return false;
    const QString current = noteFor(seq);
    QInputDialog dialog(window_);
    dialog.setObjectName(QStringLiteral("noteDialog"));
    dialog.setWindowTitle(current.isEmpty() ? tr("Pin a note") : tr("Edit the note"));
    const Event& e = (*session_.trace())[seq];
    dialog.setLabelText(tr("A note on event %1 (%2), shown on the timeline and saved with the run:")
                            .arg(seq + 1)
                            .arg(NarrationBanner::badgeText(e.actor, e.kind)));
    dialog.setTextValue(current);
    if (auto* field = dialog.findChild<QLineEdit*>()) field->setMaxLength(kMaxNoteLength);
    if (dialog.exec() != QDialog::Accepted) return false;
    const QString text = dialog.textValue().simplified().left(kMaxNoteLength);
    return session_.setNote(seq, text.toStdString());
}

bool NoteController::removeNote(std::size_t seq) { return session_.setNote(seq, std::string()); }

QMenu* NoteController::menuFor(std::size_t seq, QWidget* parent)
{
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("noteMenu"));
    const bool hasNote = !noteFor(seq).isEmpty();
    QAction* pin = menu->addAction(hasNote ? tr("Edit the note…") : tr("Pin a note…"));
    connect(pin, &QAction::triggered, this, [this, seq] { editNote(seq); });
    if (hasNote) {
        QAction* remove = menu->addAction(tr("Remove the note"));
        connect(remove, &QAction::triggered, this, [this, seq] { removeNote(seq); });
    }
    return menu;
}

void NoteController::showNotes()
{
    std::vector<PinnedNote> notes;
    for (const Note& a : session_.notes())
        notes.push_back({a.seq, QString::fromStdString(a.text)});
    timeline_.setNotes(std::move(notes));
    updateActions();
    emit notesChanged();
}

void NoteController::updateActions()
{
    const bool onEvent = session_.hasCursor();
    const bool hasNote = onEvent && !noteFor(session_.cursor()).isEmpty();
    pinAction_->setEnabled(onEvent);
    pinAction_->setText(hasNote ? tr("Edit the &note…") : tr("&Pin a note…"));
    removeAction_->setEnabled(hasNote);
}

} // namespace ys::ui
