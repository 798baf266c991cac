// SPDX-License-Identifier: MIT
// The compare view: two runs stacked on one shared time axis, stepped together, each with
// its own demo and parameters, so that a class sees the difference at a glance.
//
// Both runs are recorded to the end when they are loaded (they are short; a run longer than
// kMaxEvents is cut there), so the shared axis is final from the first step and never moves
// while stepping. The cursors then reveal the recorded events in virtual-time order.
#pragma once

#include "demo.hpp"
#include "engine.hpp"
#include "params.hpp"
#include "shared_axis.hpp"
#include "theme.hpp"

#include <QMainWindow>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <array>
#include <cstddef>
#include <memory>
#include <vector>

class QAction;
class QComboBox;
class QLabel;

namespace ys::ui {

class ParamEditor;
class TimelineView;

// A ready-made pair of runs: what differs, and what to look at.
struct ComparePair {
    QString id;       // "pagination-break"
    QString title;    // the chooser's entry
    QString question; // one sentence above the timelines: what the difference shows
    struct Side {
        QString demo;            // demo name
        QStringList assignments; // "breakAfter=4", applied to the defaults
        QString label;           // "Breaks after 4 users · breakAfter = 4"
    };
    std::array<Side, 2> sides;
};

// The ready pairs, in the chooser's order.
const std::vector<ComparePair>& comparePairs();

class CompareWindow : public QMainWindow {
    Q_OBJECT

public:
    static constexpr int kSideA = 0;
    static constexpr int kSideB = 1;
    static constexpr std::size_t kNoCursor = static_cast<std::size_t>(-1);
    // A run is recorded up to this many events.
    static constexpr std::size_t kMaxEvents = 200'000;

    explicit CompareWindow(QWidget* parent = nullptr);
    ~CompareWindow() override;

    // Loads ready pair `index` (of comparePairs()): both demos, parameters and labels.
    void choosePair(int index);
    // The ready pair shown, or -1 once a side was changed by hand.
    int pairIndex() const { return pair_; }
    // Runs `demo` with `params` on one side; its label then says what the side runs.
    void setRun(int side, const Demo& demo, const Params& params);
    void setTheme(const Theme& theme);

    const Demo* demo(int side) const { return runs_[index(side)].demo; }
    const Params& params(int side) const { return runs_[index(side)].params; }
    const Trace* trace(int side) const;
    // The event shown on a side, kNoCursor before its first.
    std::size_t cursor(int side) const { return runs_[index(side)].cursor; }
    // Both sides show their last event.
    bool atEnd() const;
    bool atStart() const;
    bool playing() const { return playing_; }
    // The side the next step advances (-1 at the end).
    int nextSide() const;
    // Virtual time of the latest event shown on either side (0 before the first).
    std::int64_t now() const;

    const SharedAxis& axis() const { return axis_; }
    TimelineView* timeline(int side) const { return runs_[index(side)].view; }
    ParamEditor* paramEditor(int side) const { return runs_[index(side)].editor; }
    QComboBox* pairChooser() const { return pairChooser_; }
    // The heading above a side's timeline, and its status line, as plain text.
    QString label(int side) const;
    QString statusText(int side) const;

public slots:
    // Shows the next event of the two runs in virtual time; false at the end.
    bool stepForward();
    // Undoes the last step exactly; false at the start.
    bool stepBack();
    void jumpToStart();
    void jumpToEnd();
    // Runs both sides again from their parameters, back at the start.
    void reset();
    void play();
    void pause();
    void togglePlay();
    // Fits everything shown on either side into the width (both views keep one zoom).
    void fitBoth();
    // Shows everything up to event seq of `side` in step order (what a click on it does).
    void jumpTo(int side, std::size_t seq);

signals:
    void cursorsChanged();

private:
    struct Run {
        const Demo* demo = nullptr;
        Params params;
        std::unique_ptr<Engine> engine;
        std::size_t cursor = kNoCursor;
        bool cut = false; // stopped at kMaxEvents
        QString label;
        QComboBox* demoChooser = nullptr;
        ParamEditor* editor = nullptr;
        QLabel* badge = nullptr;
        QLabel* heading = nullptr;
        QLabel* status = nullptr;
        TimelineView* view = nullptr;
    };

    static std::size_t index(int side) { return side == kSideB ? 1 : 0; }
    void buildActions();
    QWidget* buildSide(int side);
    // Records both runs again from their demos and parameters and lays out the shared axis.
    void loadRuns();
    void setCursors(std::size_t a, std::size_t b, int animatedSide);
    void updateViews(int animatedSide);
    void updateLabels();
    void updateActions();
    QString autoLabel(int side) const;
    std::int64_t timeOf(int side, std::size_t seq) const;
    std::size_t sizeOf(int side) const;
    void scheduleNext();

    std::array<Run, 2> runs_;
    SharedAxis axis_;
    Theme theme_;
    int pair_ = -1;
    bool loading_ = false;

    QComboBox* pairChooser_ = nullptr;
    QLabel* question_ = nullptr;
    QAction* playAction_ = nullptr;
    QAction* stepAction_ = nullptr;
    QAction* stepBackAction_ = nullptr;
    QAction* startAction_ = nullptr;
    QAction* endAction_ = nullptr;
    QAction* resetAction_ = nullptr;
    QAction* zoomInAction_ = nullptr;
    QAction* zoomOutAction_ = nullptr;
    QAction* fitAction_ = nullptr;
    QTimer timer_;
    bool playing_ = false;
};

} // namespace ys::ui
