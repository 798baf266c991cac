// SPDX-License-Identifier: MIT
// The compare view: two runs stacked on one shared time axis, stepped together, each with
// its own demo and parameters, so that a class sees the difference at a glance.
//
// A view of a CompareSession (the runs, their cursors and the one Player) with the transport
// every window that plays runs has (TransportActions, speed chooser included). The ready pairs
// come from core/demos/compare_pairs.
#pragma once

#include "ui/session/compare_session.hpp"
#include "ui/style/theme.hpp"

#include <QFont>
#include <QMainWindow>
#include <QString>

#include <array>

class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QSplitter;
class QToolBar;

namespace ys::ui {

class ParamEditor;
class TimelineView;
class TransportActions;

class CompareWindow : public QMainWindow {
    Q_OBJECT

public:
    static constexpr int kSideA = CompareSession::kSideA;
    static constexpr int kSideB = CompareSession::kSideB;

    explicit CompareWindow(QWidget* parent = nullptr);
    ~CompareWindow() override;

    CompareSession& session() { return session_; }
    const CompareSession& session() const { return session_; }
    TransportActions& transport() const { return *transport_; }
    void setTheme(const Theme& theme);

    TimelineView* timeline(int side) const { return sides_[index(side)].view; }
    ParamEditor* paramEditor(int side) const { return sides_[index(side)].editor; }
    QComboBox* pairChooser() const { return pairChooser_; }
    QComboBox* speedChooser() const;
    // The heading of a side (its letter and what differs), and its status line, as plain text.
    QString label(int side) const;
    QString statusText(int side) const;

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

public slots:
    // Fits everything shown on either side into the width (both views keep one zoom).
    void fitBoth();

private:
    // The widgets of one side: what it runs on the left, its timeline on the right.
    struct Side {
        QComboBox* demoChooser = nullptr;
        ParamEditor* editor = nullptr;
        QLabel* badge = nullptr;
        QLabel* heading = nullptr;
        QLabel* status = nullptr;
        TimelineView* view = nullptr;
    };

    static std::size_t index(int side) { return side == kSideB ? 1 : 0; }
    void buildToolBar();
    QHBoxLayout* buildQuestionRow();
    QWidget* buildSide(int side);
    QWidget* buildRunPanel(int side, const QString& letter);
    QHBoxLayout* buildHeading(int side, const QString& letter);
    TimelineView* buildTimeline(int side);
    void runsAboutToLoad();
    void runsLoaded();
    void cursorsChanged(int steppedSide);
    void showQuestion();
    void fitQuestion();
    void shareHeight();
    void fitTimelines();
    void fitPairChooser();
    void updateLabels();
    // Every text the window sets itself, in the language in use: at the start and on
    // QEvent::LanguageChange.
    void retranslate();

    CompareSession session_;
    std::array<Side, 2> sides_;
    Theme theme_;
    QLabel* question_ = nullptr;
    QSplitter* splitter_ = nullptr;
    QFont questionFont_;
    QToolBar* toolBar_ = nullptr;
    QLabel* pairLabel_ = nullptr;
    QComboBox* pairChooser_ = nullptr;
    TransportActions* transport_ = nullptr;
    QAction* resetAction_ = nullptr;
    QAction* zoomInAction_ = nullptr;
    QAction* zoomOutAction_ = nullptr;
    QAction* fitAction_ = nullptr;
};

} // namespace ys::ui
