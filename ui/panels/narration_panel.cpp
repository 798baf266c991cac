// SPDX-License-Identifier: MIT
#include "ui/panels/narration_panel.hpp"

#include "core/narration/narration.hpp"
#include "ui/notes/note_controller.hpp"
#include "ui/panels/narration_banner.hpp"
#include "ui/panels/narration_text.hpp"
#include "ui/session/run_session.hpp"
#include "ui/style/code_colors.hpp"
#include "ui/timeline/instance_title.hpp"
#include "ui/timeline/long_text.hpp"

namespace ys::ui {

QString NarrationPanel::startHint() { return tr("Press Space to play or → to step."); }

QString NarrationPanel::jumpingHint()
{
    return tr(
        "Running the demo to its end; its last event shows when it gets there. Press Esc to stop it here.");
}

NarrationPanel::NarrationPanel(const RunSession& session, QObject* parent)
    : QObject(parent), session_(session), banner_(new NarrationBanner), theme_(Theme::forSystem())
{
}

void NarrationPanel::followSession(const NoteController* notes)
{
    notes_ = notes;
    if (notes_ != nullptr) connect(notes_, &NoteController::notesChanged, this, &NarrationPanel::update);
    connect(&session_, &RunSession::runStarted, this, [this] {
        lanesTrace_ = nullptr; // a new run: its instances are learned again
        update();
    });
    connect(&session_, &RunSession::cursorChanged, this, &NarrationPanel::update);
    connect(&session_, &RunSession::finishedChanged, this, &NarrationPanel::update);
    connect(&session_, &RunSession::jumpingChanged, this, &NarrationPanel::update);
}

void NarrationPanel::setTheme(const Theme& theme)
{
    theme_ = theme;
    const CodeColors colors = CodeColors::forTheme(theme_);
    QPalette p = banner_->palette();
    p.setColor(QPalette::Window, theme_.window);
    p.setColor(QPalette::WindowText, colors.text);
    banner_->setPalette(p);
    banner_->setCodeColors(mix(colors.background, colors.text, theme_.isDark ? 0.14 : 0.08), colors.text);
}

const InstanceLanes& NarrationPanel::lanesOf(const Trace& trace)
{
    if (lanesTrace_ != &trace || lanesFed_ > trace.size()) {
        lanes_.clear();
        lanesTrace_ = &trace;
        lanesFed_ = 0;
    }
    for (; lanesFed_ < trace.size(); ++lanesFed_)
        lanes_.add(trace, lanesFed_);
    return lanes_;
}

void NarrationPanel::update()
{
    const Trace* trace = session_.trace();
    if (trace == nullptr || !session_.hasCursor()) {
        // Space and → would stop a jump to the end, so the usual hint would mislead.
        banner_->showHint(session_.jumping() ? jumpingHint() : startHint());
        return;
    }
    const std::size_t seq = session_.cursor();
    const Event& e = (*trace)[seq];
    static const Demo kUnknownDemo;
    const Demo& demo = session_.demo() != nullptr ? *session_.demo() : kUnknownDemo;
    QString sentence = ui::narrate(demo, *trace, seq, session_.listing());
    const QString note = notes_ != nullptr ? notes_->noteFor(seq) : QString();
    if (!note.isEmpty()) sentence += tr(" — Note: “%1”").arg(elideLongText(note, kNoteChars, 1));
    banner_->showNarration(e.actor, e.kind, theme_.kindColor(e.kind), sentence, session_.atEnd(),
                           laneInstanceName(lanesOf(*trace), *trace, seq));
    // The whole value and note on demand (the sentence quotes a long value cut), within bounds.
    const std::string_view value = trace->valueText(e);
    QString whole;
    if (value.size() > kNarratedValueBytes)
        whole = tr("Value: %1")
                    .arg(elideLongText(QString::fromStdString(ys::jsLiteral(value)), kOnDemandChars, 200));
    if (note.size() > kNoteChars) {
        if (!whole.isEmpty()) whole += QStringLiteral("\n\n");
        whole += tr("Note: %1").arg(elideLongText(note, kOnDemandChars, 200));
    }
    banner_->setDetails(whole);
}

} // namespace ys::ui
