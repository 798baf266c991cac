// SPDX-License-Identifier: MIT
// The main window under random use: thousands of actions a user could take (keys, clicks and
// drags on the timeline, the wheel, parameters typed into the editor, demo switches, themes,
// presentation mode, resizes), in a random order from a seed, with every view checked against
// the trace after each one.
//
//     YS_MONKEY_SEED=123 YS_MONKEY_ACTIONS=100000 build/dev/tests/ui/tst_monkey
//
// A failure names the seed, the action and the ones before it, so that the run can be replayed.
#include "core/demos/demo.hpp"
#include "core/narration/narration.hpp"
#include "ui/panels/code_view.hpp"
#include "ui/panels/console_view.hpp"
#include "ui/panels/narration_banner.hpp"
#include "ui/panels/narration_text.hpp"
#include "ui/panels/param_editor.hpp"
#include "ui/session/player.hpp"
#include "ui/session/run_session.hpp"
#include "ui/timeline/timeline_view.hpp"
#include "ui/window/main_window.hpp"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTest>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QVariantAnimation>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <memory>
#include <random>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define YS_MONKEY_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(undefined_behavior_sanitizer)
#define YS_MONKEY_SANITIZED 1
#endif
#endif
#ifdef YS_MONKEY_SANITIZED
#include <sanitizer/common_interface_defs.h>
#endif

using namespace ys;
using ys::ui::MainWindow;
using ys::ui::RunSession;

namespace {

constexpr quint64 kDefaultSeed = 20240611;
constexpr int kDefaultActions = 10'000;
// Loop iterations (users, values, messages...) a run may have: a jump to the end then records
// a few thousand events, well within one slice. The listings' ranges go far beyond (a million
// values is a valid lesson, but not one to replay ten thousand times here).
constexpr std::int64_t kMaxItems = 2500;

// --- what is printed when the process dies ---------------------------------------------------
//
// A crash, a failed assertion or a sanitizer report ends the process without returning to the
// test: the last actions are kept in fixed buffers, written out with write(2) from there.

constexpr std::size_t kTrail = 20;
constexpr std::size_t kTrailLine = 240;

struct Trail {
    std::array<std::array<char, kTrailLine>, kTrail> lines{};
    std::size_t next = 0;
    std::size_t count = 0;
    std::array<char, 160> header{};
};

Trail& trail()
{
    static Trail t;
    return t;
}

void writeErr(const char* text) { (void)!::write(STDERR_FILENO, text, std::strlen(text)); }

void dumpTrail()
{
    const Trail& t = trail();
    writeErr("\n");
    writeErr(t.header.data());
    writeErr("\nlast actions, oldest first:\n");
    const std::size_t first = t.count > kTrail ? t.next : 0;
    for (std::size_t i = 0; i < std::min(t.count, kTrail); ++i) {
        writeErr("  ");
        writeErr(t.lines[(first + i) % kTrail].data());
        writeErr("\n");
    }
}

void trailNote(const QString& line)
{
    Trail& t = trail();
    const QByteArray bytes = line.toUtf8();
    auto& slot = t.lines[t.next];
    const std::size_t n = std::min<std::size_t>(static_cast<std::size_t>(bytes.size()), kTrailLine - 1);
    std::memcpy(slot.data(), bytes.constData(), n);
    slot[n] = '\0';
    t.next = (t.next + 1) % kTrail;
    ++t.count;
}

void trailHeader(quint64 seed, int action, int actions)
{
    std::snprintf(trail().header.data(), trail().header.size(),
                  "monkey: seed %llu, action %d of %d (replay: YS_MONKEY_SEED=%llu YS_MONKEY_ACTIONS=%d)",
                  static_cast<unsigned long long>(seed), action, actions,
                  static_cast<unsigned long long>(seed), actions);
}

constexpr std::array<int, 5> kFatalSignals = {SIGSEGV, SIGABRT, SIGFPE, SIGBUS, SIGILL};
std::array<struct sigaction, kFatalSignals.size()> previousActions{};

void onFatalSignal(int sig)
{
    dumpTrail();
    // Then whatever handled the signal before (Qt Test's report, or the default).
    for (std::size_t i = 0; i < kFatalSignals.size(); ++i) {
        if (kFatalSignals[i] == sig) sigaction(sig, &previousActions[i], nullptr);
    }
    std::raise(sig);
}

QtMessageHandler previousHandler = nullptr;
QStringList* warningSink = nullptr;

void onMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtFatalMsg) dumpTrail();
    // The offscreen platform says what it cannot do (raise, grab the keyboard): not the window's fault.
    const bool platform = message.startsWith(QLatin1String("This plugin does not support"));
    if ((type == QtWarningMsg || type == QtCriticalMsg) && warningSink != nullptr && !platform)
        warningSink->append(message);
    if (previousHandler != nullptr) previousHandler(type, context, message);
}

// --- the monkey ------------------------------------------------------------------------------

quint64 seedFromEnvironment()
{
    bool ok = false;
    const quint64 seed = qEnvironmentVariable("YS_MONKEY_SEED").toULongLong(&ok);
    return ok ? seed : kDefaultSeed;
}

int actionsFromEnvironment()
{
    bool ok = false;
    const int actions = qEnvironmentVariableIntValue("YS_MONKEY_ACTIONS", &ok);
    return ok && actions > 0 ? actions : kDefaultActions;
}

// How many loop iterations a run of these parameters has, roughly (see kMaxItems).
std::int64_t itemsOf(const Params& p)
{
    const std::string& demo = p.demoName();
    auto span = [&p](const char* from, const char* to) {
        return std::max<std::int64_t>(0, p.integer(to) - p.integer(from) + 1);
    };
    if (demo == "countdown") return p.integer("from");
    if (demo == "range" || demo == "range-generator") return span("from", "to");
    if (demo == "sequence" || demo == "sync") return span("start", "end");
    if (demo == "error") return p.integer("failAt");
    if (demo == "socket") return p.integer("count");
    if (demo == "pagination") {
        const std::int64_t users = p.integer("users");
        const std::int64_t breakAfter = p.integer("breakAfter");
        const std::int64_t read = breakAfter > 0 ? std::min(users, breakAfter) : users;
        // A page's users are one value: a page of a million is one huge event.
        return std::max(read, std::min(users, p.integer("pageSize")));
    }
    if (demo == "cleanup" || demo == "numbers" || demo == "chunks" || demo == "promises-array") return 0;
    // A demo this test does not know: only values near the defaults.
    std::int64_t items = 0;
    const Params defaults = findDemo(demo)->defaults();
    for (const ParamSpec& spec : p.specs()) {
        if (spec.isList) continue;
        const std::int64_t d = defaults.integer(spec.name);
        const std::int64_t v = p.integer(spec.name);
        if (std::abs(v - d) > 2 * std::abs(d) + 10) items = kMaxItems + 1;
    }
    return items;
}

bool affordable(const Params& p) { return itemsOf(p) <= kMaxItems; }

bool isTextEditor(const QWidget* w)
{
    return qobject_cast<const QLineEdit*>(w) != nullptr ||
           qobject_cast<const QAbstractSpinBox*>(w) != nullptr;
}

enum class Act {
    Step,
    Back,
    Start,
    End,
    ToolButton,
    ClickEvent,
    ClickAnywhere,
    DoubleClick,
    ZoomKey,
    ZoomShortcut,
    Wheel,
    Drag,
    Hover,
    Play,
    SpeedKey,
    SpeedChooser,
    ParamTyped,
    ParamArrows,
    ParamList,
    Defaults,
    DemoChooser,
    DemoShortcut,
    Reset,
    Theme,
    Presentation,
    Resize,
    Focus,
    Follow,
};

struct Weighted {
    Act act;
    int weight;
};

// Mostly stepping, as a lesson is; everything else often enough to meet every other action.
constexpr Weighted kActs[] = {
    {Act::Step, 220},       {Act::Back, 80},         {Act::Start, 12},         {Act::End, 25},
    {Act::ToolButton, 45},  {Act::ClickEvent, 60},   {Act::ClickAnywhere, 15}, {Act::DoubleClick, 8},
    {Act::ZoomKey, 25},     {Act::ZoomShortcut, 20}, {Act::Wheel, 40},         {Act::Drag, 30},
    {Act::Hover, 15},       {Act::Play, 8},          {Act::SpeedKey, 15},      {Act::SpeedChooser, 8},
    {Act::ParamTyped, 16},  {Act::ParamArrows, 6},   {Act::ParamList, 8},      {Act::Defaults, 3},
    {Act::DemoChooser, 4},  {Act::DemoShortcut, 4},  {Act::Reset, 5},          {Act::Theme, 6},
    {Act::Presentation, 6}, {Act::Resize, 15},       {Act::Focus, 20},         {Act::Follow, 8},
};

class Monkey {
public:
    Monkey(MainWindow& window, quint64 seed) : w_(window), rng_(seed)
    {
        QObject::connect(&w_.session(), &RunSession::runStarted, &w_, [this] { ++runs_; });
        for (QAction* a : w_.actions()) {
            if (a->text() == QStringLiteral("F&ollow the current event")) follow_ = a;
        }
        toolbar_ = w_.findChild<QToolBar*>(QStringLiteral("playbackToolBar"));
        animation_ = w_.timeline()->findChild<QVariantAnimation*>();
        for (QLabel* label : w_.narration()->findChildren<QLabel*>()) {
            if (label->accessibleName() == QStringLiteral("Run ended")) ended_ = label;
        }
        for (const Weighted& k : kActs)
            totalWeight_ += k.weight;
    }

    // Runs `actions` actions; an empty string, or what went wrong.
    QString run(quint64 seed, int actions)
    {
        QString problem = check();
        for (int i = 1; i <= actions && problem.isEmpty(); ++i) {
            action_ = i;
            trailHeader(seed, i, actions);
            QElapsedTimer clock;
            clock.start();
            painted_ = false;
            problem = act();
            if (problem.isEmpty()) {
                // Painting is most of the time an action takes: the window paints after about
                // a third of them (and the others' changes then), as under a quick typist.
                if (chance(30)) {
                    pump();
                    painted_ = true;
                }
                problem = check();
            }
            spent_[kind_] += clock.elapsed();
        }
        return problem;
    }

    int action() const { return action_; }
    QString recentActions() const
    {
        QStringList lines;
        for (const QString& a : recent_)
            lines << "  " + a;
        return lines.join('\n');
    }
    QString summary() const
    {
        QStringList parts;
        for (auto it = counts_.begin(); it != counts_.end(); ++it)
            parts << QString("%1 %2 (%3 ms)").arg(it.key()).arg(it.value()).arg(spent_.value(it.key()));
        return parts.join(QStringLiteral(", ")) +
               QString("; the longest run recorded %1 events, the console showed up to %2 outputs")
                   .arg(longestRun_)
                   .arg(mostOutputs_);
    }

private:
    MainWindow& w_;
    std::mt19937_64 rng_;
    int totalWeight_ = 0;
    int action_ = 0;
    int runs_ = 0;
    QAction* follow_ = nullptr;
    QToolBar* toolbar_ = nullptr;
    QVariantAnimation* animation_ = nullptr;
    QLabel* ended_ = nullptr;
    QStringList recent_;
    QMap<QString, int> counts_;
    QMap<QString, qint64> spent_;
    QString kind_;
    bool painted_ = false;
    std::size_t longestRun_ = 0;
    std::size_t mostOutputs_ = 0;

    // The oracle's view of the run, extended as the trace grows.
    int checkedRun_ = -1;
    std::vector<std::size_t> logSeqs_;
    std::size_t indexedUpTo_ = 0;
    QSet<int> writeLines_;
    std::size_t consoleShown_ = 0;
    std::size_t consoleFirst_ = 0;
    QString consoleExpected_;

    // --- randomness ---

    std::uint64_t below(std::uint64_t n) { return n == 0 ? 0 : rng_() % n; }
    bool chance(int percent) { return below(100) < static_cast<std::uint64_t>(percent); }
    template <typename T>
    const T& pick(const std::vector<T>& v)
    {
        return v[below(v.size())];
    }
    int between(int lo, int hi)
    {
        const auto count = static_cast<std::uint64_t>(static_cast<std::int64_t>(hi) - lo + 1);
        return lo + static_cast<int>(below(count));
    }

    void note(const QString& kind, const QString& what)
    {
        counts_[kind] += 1;
        kind_ = kind;
        const QString line = QString("#%1 %2").arg(action_).arg(what);
        recent_ << line;
        if (recent_.size() > static_cast<qsizetype>(kTrail)) recent_.removeFirst();
        trailNote(line);
    }

    // --- driving ---

    // Whatever the event loop has for the window: resizes, layouts, paints, timers, slices.
    static void pump() { QCoreApplication::processEvents(); }

    QWidget* focusTarget() const
    {
        QWidget* f = QApplication::focusWidget();
        return f != nullptr ? f : &w_;
    }

    QString focusName() const
    {
        const QWidget* f = QApplication::focusWidget();
        if (f == nullptr) return QStringLiteral("window");
        return f->objectName().isEmpty() ? QString::fromLatin1(f->metaObject()->className())
                                         : f->objectName();
    }

    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(focusTarget(), key, modifiers);
    }

    static QString keyName(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        return QKeySequence(QKeyCombination(modifiers, key)).toString();
    }

    // Gives `target` the keyboard focus as a click or Tab would. A widget a layout has just
    // added is shown by the event loop; one that cannot be seen cannot be typed into.
    bool focusOn(QWidget* target)
    {
        if (!target->isVisible()) pump();
        if (!target->isVisible()) return false;
        target->setFocus(Qt::TabFocusReason);
        return target->hasFocus();
    }

    ui::TimelineView* timeline() const { return w_.timeline(); }
    RunSession& session() const { return w_.session(); }

    // A point on the timeline's plot, or anywhere on the widget.
    QPoint somewhere(bool plotOnly)
    {
        const QRect r = plotOnly ? timeline()->viewport().plotRect().toRect() : timeline()->rect();
        if (r.width() < 2 || r.height() < 2) return timeline()->rect().center();
        return {r.left() + between(0, r.width() - 1), r.top() + between(0, r.height() - 1)};
    }

    // A one-line note of where the run is, for the trail.
    QString where() const
    {
        const RunSession& s = session();
        return QString("[%1 %2 cursor %3/%4]")
            .arg(s.demo() != nullptr ? QString::fromStdString(s.demo()->name) : QStringLiteral("?"),
                 QString::fromStdString(s.params().toJson()))
            .arg(s.hasCursor() ? static_cast<qint64>(s.cursor()) : -1)
            .arg(s.recorded());
    }

    QString act()
    {
        int roll = static_cast<int>(below(static_cast<std::uint64_t>(totalWeight_)));
        Act chosen = kActs[0].act;
        for (const Weighted& k : kActs) {
            if (roll < k.weight) {
                chosen = k.act;
                break;
            }
            roll -= k.weight;
        }
        switch (chosen) {
        case Act::Step:
            return stepKey(true);
        case Act::Back:
            return stepKey(false);
        case Act::Start:
            return jumpKey(false);
        case Act::End:
            return jumpKey(true);
        case Act::ToolButton:
            return toolButton();
        case Act::ClickEvent:
            return clickEvent();
        case Act::ClickAnywhere:
            return clickAnywhere();
        case Act::DoubleClick:
            return doubleClick();
        case Act::ZoomKey:
            return zoomKey();
        case Act::ZoomShortcut:
            return zoomShortcut();
        case Act::Wheel:
            return wheel();
        case Act::Drag:
            return drag();
        case Act::Hover:
            return hover();
        case Act::Play:
            return play();
        case Act::SpeedKey:
            return speedKey();
        case Act::SpeedChooser:
            return speedChooser();
        case Act::ParamTyped:
            return paramTyped();
        case Act::ParamArrows:
            return paramArrows();
        case Act::ParamList:
            return paramList();
        case Act::Defaults:
            return defaults();
        case Act::DemoChooser:
            return demoChooser();
        case Act::DemoShortcut:
            return demoShortcut();
        case Act::Reset:
            return reset();
        case Act::Theme:
            return theme();
        case Act::Presentation:
            return presentation();
        case Act::Resize:
            return resize();
        case Act::Focus:
            return focus();
        case Act::Follow:
            return followKey();
        }
        return {};
    }

    // What a step or jump key must have done, when it reached the window (an editor with focus
    // keeps arrows, Home and End for its text) and no run restarted on the way (a parameter
    // being edited is applied when its editor loses focus).
    struct Before {
        qint64 cursor;
        bool keysToWindow;
        int runs;
    };
    Before before() const
    {
        const RunSession& s = session();
        return {s.hasCursor() ? static_cast<qint64>(s.cursor()) : -1,
                !isTextEditor(QApplication::focusWidget()), runs_};
    }
    qint64 cursorNow() const { return session().hasCursor() ? static_cast<qint64>(session().cursor()) : -1; }

    QString stepKey(bool forward)
    {
        const Before b = before();
        const Qt::Key key = forward ? (chance(80) ? Qt::Key_Right : Qt::Key_PageDown)
                                    : (chance(80) ? Qt::Key_Left : Qt::Key_PageUp);
        note(forward ? "step" : "back", QString("%1 to %2 %3").arg(keyName(key), focusName(), where()));
        const bool wasAtEnd = session().atEnd();
        const bool page = key == Qt::Key_PageDown || key == Qt::Key_PageUp;
        press(key);
        if ((!b.keysToWindow && !page) || runs_ != b.runs) return {};
        const qint64 expected =
            forward ? (wasAtEnd ? b.cursor : b.cursor + 1) : std::max<qint64>(b.cursor - 1, -1);
        if (cursorNow() != expected)
            return QString("%1: the cursor went from %2 to %3, not %4")
                .arg(keyName(key))
                .arg(b.cursor)
                .arg(cursorNow())
                .arg(expected);
        return {};
    }

    // Waits for a jump to the end; the runs are kept small, so it takes one slice.
    QString finishJump()
    {
        QElapsedTimer clock;
        clock.start();
        while (session().jumping() && clock.elapsed() < 30'000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (session().jumping()) return QStringLiteral("a jump to the end did not finish in 30 s");
        return {};
    }

    QString jumpKey(bool toEnd)
    {
        const Before b = before();
        const Qt::Key key = toEnd ? Qt::Key_End : Qt::Key_Home;
        note(toEnd ? "end" : "start", QString("%1 to %2 %3").arg(keyName(key), focusName(), where()));
        press(key);
        if (!b.keysToWindow || runs_ != b.runs) return {};
        if (!toEnd) {
            if (session().hasCursor()) return QStringLiteral("Home: the cursor is still on an event");
            return {};
        }
        if (QString problem = check(); !problem.isEmpty()) return "while jumping: " + problem;
        if (QString problem = finishJump(); !problem.isEmpty()) return problem;
        if (!session().atEnd()) return QStringLiteral("End: the cursor is not on the last event");
        return {};
    }

    QString toolButton()
    {
        static const char* const names[] = {"actionStart", "actionStepBack", "actionPlay",
                                            "actionStep",  "actionEnd",      "actionReset"};
        auto* a = w_.findChild<QAction*>(QString::fromLatin1(names[below(std::size(names))]));
        auto* button = toolbar_ != nullptr && a != nullptr
                           ? qobject_cast<QToolButton*>(toolbar_->widgetForAction(a))
                           : nullptr;
        // A narrow window moves buttons into the toolbar's overflow menu: not clickable there.
        if (button == nullptr || !button->isVisible()) {
            note("toolbutton",
                 QString("%1 (hidden: triggered) %2").arg(a != nullptr ? a->objectName() : "?", where()));
            if (a != nullptr) a->trigger();
        } else {
            note("toolbutton", QString("click %1 %2").arg(a->objectName(), where()));
            QTest::mouseClick(button, Qt::LeftButton);
        }
        if (session().jumping()) return finishJump();
        return {};
    }

    QString clickEvent()
    {
        ui::TimelineView* t = timeline();
        const QRectF plot = t->viewport().plotRect();
        const std::size_t shown = t->visibleEventCount();
        if (shown == 0 || !t->isVisible()) return clickAnywhere();
        const std::size_t seq = below(shown);
        const QPoint centre = t->eventCenter(seq);
        if (!plot.contains(centre)) {
            note("click", QString("event %1 out of sight: ensure visible %2").arg(seq).arg(where()));
            t->ensureEventVisible(seq);
            return {};
        }
        const std::optional<std::size_t> hit = t->eventAt(centre);
        const int runs = runs_;
        note("click", QString("event %1 at (%2,%3), hits %4 %5")
                          .arg(seq)
                          .arg(centre.x())
                          .arg(centre.y())
                          .arg(hit ? static_cast<qint64>(*hit) : -1)
                          .arg(where()));
        const qint64 was = cursorNow();
        QTest::mouseClick(t, Qt::LeftButton, Qt::NoModifier, centre);
        if (runs_ != runs) return {};
        const qint64 expected = hit ? static_cast<qint64>(*hit) : was;
        if (cursorNow() != expected)
            return QString("click on event %1: the cursor is %2, not %3")
                .arg(seq)
                .arg(cursorNow())
                .arg(expected);
        return {};
    }

    QString clickAnywhere()
    {
        const QPoint p = somewhere(false);
        note("click", QString("anywhere (%1,%2) %3").arg(p.x()).arg(p.y()).arg(where()));
        QTest::mouseClick(timeline(), chance(85) ? Qt::LeftButton : Qt::RightButton, Qt::NoModifier, p);
        return {};
    }

    QString doubleClick()
    {
        const QPoint p = somewhere(false);
        note("doubleclick", QString("(%1,%2) %3").arg(p.x()).arg(p.y()).arg(where()));
        QTest::mousePress(timeline(), Qt::LeftButton, Qt::NoModifier, p);
        QTest::mouseRelease(timeline(), Qt::LeftButton, Qt::NoModifier, p);
        QTest::mouseDClick(timeline(), Qt::LeftButton, Qt::NoModifier, p);
        QTest::mouseRelease(timeline(), Qt::LeftButton, Qt::NoModifier, p);
        return {};
    }

    QString zoomKey()
    {
        static constexpr Qt::Key keys[] = {Qt::Key_Plus, Qt::Key_Equal, Qt::Key_Minus, Qt::Key_0};
        const Qt::Key key = keys[below(std::size(keys))];
        note("zoom", QString("key %1 on the timeline %2").arg(keyName(key), where()));
        if (!focusOn(timeline())) return {};
        QTest::keyClick(timeline(), key);
        return {};
    }

    QString zoomShortcut()
    {
        static constexpr Qt::Key keys[] = {Qt::Key_Plus, Qt::Key_Minus, Qt::Key_0};
        const Qt::Key key = keys[below(std::size(keys))];
        note("zoom", QString("%1 to %2 %3").arg(keyName(key, Qt::ControlModifier), focusName(), where()));
        press(key, Qt::ControlModifier);
        return {};
    }

    QString wheel()
    {
        // Now and then over the console, which loads earlier outputs when scrolled near its top.
        if (chance(15)) return consoleWheel();
        const QPoint p = somewhere(false);
        static constexpr int steps[] = {-360, -120, -40, 40, 120, 360};
        const int delta = steps[below(std::size(steps))];
        const int kind = between(0, 3); // vertical, horizontal, Shift+vertical, touchpad pixels
        QPoint angle(0, delta);
        QPoint pixels;
        Qt::KeyboardModifiers modifiers = Qt::NoModifier;
        if (kind == 1) angle = QPoint(delta, 0);
        if (kind == 2) modifiers = Qt::ShiftModifier;
        if (kind == 3) {
            pixels = QPoint(delta / 4, 0);
            angle = QPoint(delta, 0);
        }
        note("wheel", QString("(%1,%2) angle (%3,%4) pixels (%5,%6) mods %7 %8")
                          .arg(p.x())
                          .arg(p.y())
                          .arg(angle.x())
                          .arg(angle.y())
                          .arg(pixels.x())
                          .arg(pixels.y())
                          .arg(static_cast<int>(modifiers))
                          .arg(where()));
        QWheelEvent event(QPointF(p), QPointF(timeline()->mapToGlobal(p)), pixels, angle, Qt::NoButton,
                          modifiers, Qt::NoScrollPhase, false);
        QApplication::sendEvent(timeline(), &event);
        return {};
    }

    QString consoleWheel()
    {
        QWidget* viewport = w_.console()->viewport();
        const QPoint p = viewport->rect().center();
        const int delta = chance(70) ? 120 * between(1, 40) : -120 * between(1, 10);
        note("wheel", QString("console, angle %1, outputs %2 to %3 %4")
                          .arg(delta)
                          .arg(w_.console()->firstOutput())
                          .arg(w_.console()->outputs())
                          .arg(where()));
        QWheelEvent event(QPointF(p), QPointF(viewport->mapToGlobal(p)), QPoint(), QPoint(0, delta),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &event);
        QCoreApplication::processEvents(); // an earlier chunk loads after the scroll
        return {};
    }

    QString drag()
    {
        ui::TimelineView* t = timeline();
        const QPoint from = somewhere(false);
        const int dx = between(-600, 600);
        const QPoint to(from.x() + dx, from.y() + between(-20, 20));
        note("drag", QString("(%1,%2) to (%3,%4) %5")
                         .arg(from.x())
                         .arg(from.y())
                         .arg(to.x())
                         .arg(to.y())
                         .arg(where()));
        const std::optional<std::size_t> before = t->currentEvent();
        const int runs = runs_;
        QTest::mousePress(t, Qt::LeftButton, Qt::NoModifier, from);
        const int moves = between(1, 4);
        for (int i = 1; i <= moves; ++i) {
            const QPoint p = from + (to - from) * i / moves;
            QTest::mouseMove(t, p);
        }
        QTest::mouseRelease(t, Qt::LeftButton, Qt::NoModifier, to);
        // A drag far enough pans; only a press and release in place picks an event.
        if (runs_ == runs && (to - from).manhattanLength() >= 3 * QApplication::startDragDistance() &&
            t->currentEvent() != before) {
            return QStringLiteral("a drag moved the cursor");
        }
        return {};
    }

    QString hover()
    {
        const QPoint p = somewhere(false);
        note("hover", QString("(%1,%2) %3").arg(p.x()).arg(p.y()).arg(where()));
        QTest::mouseMove(timeline(), p);
        return {};
    }

    QString play()
    {
        const Before b = before();
        note("play",
             QString("Space to %1, speed %2 %3").arg(focusName()).arg(w_.player().speed()).arg(where()));
        const bool wasPlaying = w_.player().playing();
        press(Qt::Key_Space);
        if (!b.keysToWindow || runs_ != b.runs) return {};
        if (wasPlaying && w_.player().playing()) return QStringLiteral("Space did not pause");
        // (a jump to the end under way, or a run without events, does not play)
        if (!wasPlaying && !w_.player().playing() && !session().jumping() && session().canStepForward())
            return QStringLiteral("Space did not play");
        if (wasPlaying) return {};
        // Briefly: long enough for a fast speed to show an event, not for a lesson.
        QElapsedTimer clock;
        clock.start();
        const qint64 from = cursorNow();
        while (w_.player().playing() && cursorNow() == from && clock.elapsed() < 30) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            painted_ = true;
            if (QString problem = check(); !problem.isEmpty()) return "while playing: " + problem;
        }
        // Mostly paused again; sometimes left playing under the next actions.
        if (w_.player().playing() && chance(75)) {
            note("play", QString("Space to %1 (pause) %2").arg(focusName(), where()));
            press(Qt::Key_Space);
        }
        return {};
    }

    QString speedKey()
    {
        const Qt::Key key = chance(50) ? Qt::Key_BracketLeft : Qt::Key_BracketRight;
        note("speed", QString("%1 to %2").arg(keyName(key), focusName()));
        press(key);
        return {};
    }

    QString speedChooser()
    {
        auto* chooser = w_.findChild<QComboBox*>(QStringLiteral("speedChooser"));
        const Qt::Key key = chance(50) ? Qt::Key_Up : Qt::Key_Down;
        note("speed", QString("chooser %1").arg(keyName(key)));
        if (!focusOn(chooser)) return {};
        QTest::keyClick(chooser, key);
        return {};
    }

    // --- parameters ---

    // A parameter of the demo shown, or nullptr when it has none.
    const ParamSpec* someParam(bool list)
    {
        if (session().demo() == nullptr) return nullptr;
        std::vector<const ParamSpec*> specs;
        for (const ParamSpec& spec : session().demo()->params) {
            if (spec.isList == list) specs.push_back(&spec);
        }
        return specs.empty() ? nullptr : pick(specs);
    }

    // A value for an integer parameter: the ends of its range most of all.
    std::int64_t someValue(const ParamSpec& spec)
    {
        const std::int64_t d = spec.defaults.front();
        switch (below(11)) {
        case 0:
        case 1:
            return spec.min;
        case 2:
        case 3:
            return spec.max;
        case 4:
            return std::min(spec.max, spec.min + 1);
        case 5:
            return std::max(spec.min, spec.max - 1);
        case 6:
            return d;
        case 7:
            return std::clamp<std::int64_t>(d + between(-5, 5), spec.min, spec.max);
        // For a count, more outputs than the console keeps (2,000).
        case 8:
        case 9:
            return std::clamp<std::int64_t>(d + between(2000, 2100), spec.min, spec.max);
        default:
            return spec.min +
                   static_cast<std::int64_t>(below(static_cast<std::uint64_t>(spec.max - spec.min) + 1));
        }
    }

    Params withValue(const ParamSpec& spec, std::int64_t value) const
    {
        Params p = session().params();
        p.setInteger(spec.name, value);
        return p;
    }

    // Types a value into a spin box and presses Enter (or Tab), as a user does; sometimes one
    // out of range, which the box refuses.
    QString paramTyped()
    {
        const ParamSpec* spec = someParam(false);
        if (spec == nullptr) return paramList();
        auto* spin = qobject_cast<QSpinBox*>(w_.paramEditor()->editor(QString::fromStdString(spec->name)));
        if (spin == nullptr) return QString("no spin box for %1").arg(QString::fromStdString(spec->name));
        QString text;
        if (chance(10)) {
            // The box refuses the last digit: what it keeps must make a run short enough.
            const std::int64_t outside = chance(50) ? spec->min - 1 : spec->max + 1;
            text = QString::number(outside);
            const std::int64_t kept = std::clamp<std::int64_t>(outside / 10, spec->min, spec->max);
            if (!affordable(withValue(*spec, kept))) {
                note("param", QString("%1=%2 skipped (too long a run) %3")
                                  .arg(QString::fromStdString(spec->name), text, where()));
                return {};
            }
        } else {
            const std::int64_t value = someValue(*spec);
            if (!affordable(withValue(*spec, value))) {
                note("param", QString("%1=%2 skipped (too long a run) %3")
                                  .arg(QString::fromStdString(spec->name))
                                  .arg(value)
                                  .arg(where()));
                return {};
            }
            text = QString::number(value);
        }
        const bool tab = chance(20);
        note("param", QString("type %1=%2 then %3 %4")
                          .arg(QString::fromStdString(spec->name), text, tab ? "Tab" : "Enter", where()));
        if (!focusOn(spin)) return {};
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, text);
        QTest::keyClick(spin, tab ? Qt::Key_Tab : Qt::Key_Return);
        return {};
    }

    // Up, Down, PageUp, PageDown in a spin box: applied at once.
    QString paramArrows()
    {
        const ParamSpec* spec = someParam(false);
        if (spec == nullptr) return paramList();
        auto* spin = qobject_cast<QSpinBox*>(w_.paramEditor()->editor(QString::fromStdString(spec->name)));
        if (spin == nullptr) return QString("no spin box for %1").arg(QString::fromStdString(spec->name));
        static constexpr Qt::Key keys[] = {Qt::Key_Up, Qt::Key_Down, Qt::Key_PageUp, Qt::Key_PageDown};
        const Qt::Key key = keys[below(std::size(keys))];
        const std::int64_t now = session().params().integer(spec->name);
        const std::int64_t step = key == Qt::Key_Up       ? 1
                                  : key == Qt::Key_Down   ? -1
                                  : key == Qt::Key_PageUp ? 10
                                                          : -10;
        if (!affordable(withValue(*spec, std::clamp(now + step, spec->min, spec->max)))) {
            note("param", QString("%1 %2 skipped (too long a run)")
                              .arg(QString::fromStdString(spec->name), keyName(key)));
            return {};
        }
        note("param", QString("%1 %2 %3").arg(QString::fromStdString(spec->name), keyName(key), where()));
        if (!focusOn(spin)) return {};
        QTest::keyClick(spin, key);
        return {};
    }

    // A list typed into its line edit: valid ones, and text the editor must refuse.
    QString paramList()
    {
        const ParamSpec* spec = someParam(true);
        if (spec == nullptr) return reset();
        auto* line = qobject_cast<QLineEdit*>(w_.paramEditor()->editor(QString::fromStdString(spec->name)));
        if (line == nullptr) return QString("no line edit for %1").arg(QString::fromStdString(spec->name));
        QString text;
        switch (below(12)) {
        case 0: {
            QStringList items;
            const int n = between(static_cast<int>(spec->minItems), static_cast<int>(spec->maxItems));
            for (int i = 0; i < n; ++i)
                items << QString::number(chance(50) ? spec->max
                                                    : spec->min + static_cast<std::int64_t>(below(1000)));
            text = items.join(',');
            break;
        }
        case 1:
            text = QString::number(spec->max);
            break;
        case 2:
            text = QString::number(spec->min);
            break;
        case 3:
            text = QStringLiteral(" 5 , 10,15 ");
            break;
        case 4:
            text = QStringLiteral("abc");
            break;
        case 5:
            text = QString();
            break;
        case 6:
            text = QStringLiteral("1,,2");
            break;
        case 7:
            text = QString::number(spec->max + 1);
            break;
        case 8:
            text = QString::number(spec->min - 1);
            break;
        case 9: {
            QStringList items;
            for (std::size_t i = 0; i <= spec->maxItems; ++i)
                items << QString::number(i);
            text = items.join(',');
            break;
        }
        case 10:
            text = QStringLiteral("99999999999999999999999,1");
            break;
        default:
            text = QStringLiteral("1.5;\u00a02, \u0661");
            break;
        }
        const bool tab = chance(20);
        note("param", QString("list %1=\"%2\" then %3 %4")
                          .arg(QString::fromStdString(spec->name), text, tab ? "Tab" : "Enter", where()));
        if (!focusOn(line)) return {};
        QTest::keyClick(line, Qt::Key_A, Qt::ControlModifier);
        if (text.isEmpty()) QTest::keyClick(line, Qt::Key_Backspace);
        for (const QChar c : text) {
            // keyClicks knows Latin-1 keys only; other characters come as text (an input method's).
            if (c.unicode() < 0x80) {
                QTest::keyClick(line, c.toLatin1());
            } else {
                QTest::sendKeyEvent(QTest::Click, line, Qt::Key_unknown, QString(c), Qt::NoModifier);
            }
        }
        QTest::keyClick(line, tab ? Qt::Key_Tab : Qt::Key_Return);
        return {};
    }

    QString defaults()
    {
        if (chance(50)) {
            note("defaults", QString("button %1").arg(where()));
            QTest::mouseClick(w_.paramEditor()->defaultsButton(), Qt::LeftButton);
        } else {
            note("defaults", QString("Ctrl+D to %1 %2").arg(focusName(), where()));
            press(Qt::Key_D, Qt::ControlModifier);
        }
        return {};
    }

    QString demoChooser()
    {
        auto* chooser = w_.findChild<QComboBox*>(QStringLiteral("demoChooser"));
        const Qt::Key key = chance(50) ? Qt::Key_Up : Qt::Key_Down;
        note("demo", QString("chooser %1 from %2").arg(keyName(key), chooser->currentText()));
        if (!focusOn(chooser)) return {};
        QTest::keyClick(chooser, key);
        return {};
    }

    QString demoShortcut()
    {
        const int n = between(1, 9);
        const auto key = static_cast<Qt::Key>(Qt::Key_0 + n);
        note("demo", QString("%1 to %2").arg(keyName(key, Qt::ControlModifier), focusName()));
        press(key, Qt::ControlModifier);
        const auto index = static_cast<std::size_t>(n - 1);
        if (index < allDemos().size() && session().demo() != allDemos()[index])
            return QString("Ctrl+%1 did not choose %2")
                .arg(n)
                .arg(QString::fromStdString(allDemos()[index]->name));
        return {};
    }

    QString reset()
    {
        const Before b = before();
        note("reset", QString("R to %1 %2").arg(focusName(), where()));
        press(Qt::Key_R);
        if (b.keysToWindow && session().hasCursor()) return QStringLiteral("R left the cursor on an event");
        return {};
    }

    QString theme()
    {
        QList<QAction*> modes;
        for (QAction* top : w_.menuBar()->actions()) {
            if (top->menu() == nullptr) continue;
            for (QAction* a : top->menu()->actions()) {
                if (a->menu() != nullptr && a->text() == QStringLiteral("&Theme"))
                    modes = a->menu()->actions();
            }
        }
        if (modes.isEmpty()) return QStringLiteral("no View > Theme menu");
        QAction* a = modes[static_cast<qsizetype>(below(static_cast<std::uint64_t>(modes.size())))];
        note("theme", QString("View > Theme > %1").arg(a->text()));
        a->trigger();
        return {};
    }

    QString presentation()
    {
        const bool was = w_.presentationMode();
        note("presentation", QString("F11 to %1 (%2)").arg(focusName(), was ? "on" : "off"));
        press(Qt::Key_F11);
        if (w_.presentationMode() == was) return QStringLiteral("F11 did not switch presentation mode");
        return {};
    }

    QString resize()
    {
        QSize size;
        switch (below(4)) {
        case 0:
            size = QSize(between(1, 60), between(1, 60));
            break; // tiny: clamped by the layout
        case 1:
            size = QSize(between(200, 500), between(150, 400));
            break; // small
        case 2:
            size = QSize(between(500, 1000), between(400, 700));
            break; // the screen's size or so
        default:
            size = QSize(between(1, 1000), between(1, 700));
            break;
        }
        note("resize", QString("to %1×%2").arg(size.width()).arg(size.height()));
        w_.resize(size);
        return {};
    }

    QString focus()
    {
        QWidget* targets[] = {timeline(), w_.codeView(), w_.console(),
                              w_.findChild<QComboBox*>(QStringLiteral("demoChooser")),
                              w_.findChild<QComboBox*>(QStringLiteral("speedChooser"))};
        QWidget* target = targets[below(std::size(targets))];
        note("focus", target->objectName());
        // A click on a chooser would open its list, which takes the keys until it closes.
        if (chance(50) && qobject_cast<QComboBox*>(target) == nullptr) {
            QTest::mouseClick(target, Qt::LeftButton, Qt::NoModifier, QPoint(2, 2));
        } else {
            target->setFocus(Qt::TabFocusReason);
        }
        return {};
    }

    QString followKey()
    {
        note("follow", QString("F to %1").arg(focusName()));
        press(Qt::Key_F);
        return {};
    }

    // --- checking ---

    void indexTrace(const Trace& trace)
    {
        for (std::size_t i = indexedUpTo_; i < trace.size(); ++i) {
            if (trace[i].kind == Kind::Log) logSeqs_.push_back(i);
        }
        indexedUpTo_ = trace.size();
    }

    void newRun()
    {
        checkedRun_ = runs_;
        logSeqs_.clear();
        indexedUpTo_ = 0;
        consoleShown_ = 0;
        consoleFirst_ = 0;
        consoleExpected_.clear();
        writeLines_.clear();
        const std::string& listing = session().listing();
        const int lines = static_cast<int>(std::count(listing.begin(), listing.end(), '\n')) + 1;
        for (int line = 1; line <= lines; ++line) {
            if (codeOfLine(listing, line).rfind("process.stdout.write", 0) == 0) writeLines_.insert(line);
        }
    }

    // The console's text for log events [first, shown): console.log ends a line,
    // process.stdout.write does not; a header line counts the outputs before `first`.
    QString consoleFor(const Trace& trace, std::size_t first, std::size_t shown) const
    {
        QString text = ui::ConsoleView::header(first);
        bool pending = false;
        for (std::size_t i = first; i < shown; ++i) {
            if (pending) text += '\n';
            const Event& e = trace[logSeqs_[i]];
            text += QString::fromStdString(ys::consoleText(trace.valueText(e)));
            pending = !writeLines_.contains(e.line);
        }
        return text;
    }

    QString check()
    {
        RunSession& s = session();
        const Trace* trace = s.trace();
        if (trace == nullptr) return QStringLiteral("no trace");
        if (s.demo() == nullptr) return QStringLiteral("no demo");
        if (checkedRun_ != runs_) {
            newRun();
            if (w_.codeView()->toPlainText() != QString::fromStdString(s.listing()))
                return QStringLiteral("the code panel does not show the run's listing");
        }
        indexTrace(*trace);
        const std::size_t recorded = trace->size();
        longestRun_ = std::max(longestRun_, recorded);
        const bool has = s.hasCursor();
        const std::size_t cursor = s.cursor();
        if (has && cursor >= recorded)
            return QString("cursor %1 of %2 recorded events").arg(cursor).arg(recorded);

        // The code panel.
        const int line = has ? (*trace)[cursor].line : 0;
        const int previous = has && cursor > 0 ? (*trace)[cursor - 1].line : 0;
        if (w_.codeView()->currentLine() != line || w_.codeView()->previousLine() != previous) {
            return QString("code lines %1/%2, the trace says %3/%4")
                .arg(w_.codeView()->currentLine())
                .arg(w_.codeView()->previousLine())
                .arg(line)
                .arg(previous);
        }

        // The console: the outputs up to the cursor, from the first it holds, and at least the
        // latest a jump builds; built again only when they change.
        const std::size_t shown =
            has ? static_cast<std::size_t>(std::upper_bound(logSeqs_.begin(), logSeqs_.end(), cursor) -
                                           logSeqs_.begin())
                : 0;
        const std::size_t first = w_.console()->firstOutput();
        if (w_.console()->outputs() != shown)
            return QString("the console counts %1 outputs, the trace %2")
                .arg(w_.console()->outputs())
                .arg(shown);
        if (first > shown || shown - first < std::min(shown, ui::ConsoleView::kNearOutputs))
            return QString("the console holds outputs %1 to %2 of %2").arg(first).arg(shown);
        bool full = false;
        if (shown != consoleShown_ || first != consoleFirst_) {
            consoleExpected_ = consoleFor(*trace, first, shown);
            consoleShown_ = shown;
            consoleFirst_ = first;
            mostOutputs_ = std::max(mostOutputs_, shown);
            full = true;
        }
        if (w_.console()->document()->characterCount() != consoleExpected_.size() + 1) full = true;
        if (full && w_.consoleText() != consoleExpected_) {
            return QString("console shows [%1], the trace's first %2 outputs are [%3]")
                .arg(w_.consoleText().right(200))
                .arg(shown)
                .arg(consoleExpected_.right(200));
        }

        // The narration.
        const QString narration =
            has ? ui::NarrationBanner::toPlain(ui::narrate(*s.demo(), *trace, cursor, s.listing()))
                : (s.jumping() ? MainWindow::jumpingHint() : MainWindow::startHint());
        if (w_.narrationText() != narration)
            return QString("narration [%1], expected [%2]").arg(w_.narrationText(), narration);
        if (ended_ != nullptr && ended_->isVisibleTo(w_.narration()) != (has && s.atEnd()))
            return QString("the banner %1 the run has ended")
                .arg(ended_->isVisibleTo(w_.narration()) ? "says" : "does not say");

        // The status line.
        const QString event = has ? QString("event %L1 of %L2").arg(cursor + 1).arg(recorded)
                                  : QString("no event yet (%L1 recorded)").arg(recorded);
        const QString progress = QString("▶▶ running to the end… %L1 events (Esc to stop)").arg(recorded);
        const QString state = s.jumping()     ? progress
                              : s.finished()  ? QStringLiteral("■ run ended")
                              : recorded == 0 ? QStringLiteral("ready")
                                              : QStringLiteral("● running");
        const QString status =
            QString("t = %1 ms · %2 · %3").arg(has ? (*trace)[cursor].t : 0).arg(event, state);
        if (w_.statusText() != status)
            return QString("status [%1], expected [%2]").arg(w_.statusText(), status);

        // The timeline: every recorded event laid out, the ones up to the cursor drawn.
        ui::TimelineView* t = timeline();
        if (t->trace() != trace) return QStringLiteral("the timeline draws another trace");
        if (t->layout().size() != recorded)
            return QString("the timeline laid out %1 of %2 events").arg(t->layout().size()).arg(recorded);
        if (t->currentEvent() != (has ? std::optional<std::size_t>(cursor) : std::nullopt))
            return QString("the timeline's current event is %1, the cursor %2")
                .arg(t->currentEvent() ? static_cast<qint64>(*t->currentEvent()) : -1)
                .arg(has ? static_cast<qint64>(cursor) : -1);
        const bool gliding = animation_ != nullptr && animation_->state() == QAbstractAnimation::Running;
        const std::size_t visible = t->visibleEventCount();
        if (!gliding && visible != (has ? cursor + 1 : 0))
            return QString("the timeline shows %1 events at cursor %2")
                .arg(visible)
                .arg(has ? static_cast<qint64>(cursor) : -1);
        if (painted_ && !gliding && t->lastPaintStats().endSeq > visible)
            return QString("the timeline drew events up to %1 of %2 shown")
                .arg(t->lastPaintStats().endSeq)
                .arg(visible);
        const double zoom = t->viewport().zoom();
        const double offset = t->viewport().offset();
        if (!std::isfinite(zoom) || zoom <= 0 || !std::isfinite(offset))
            return QString("the timeline's zoom %1 and offset %2").arg(zoom).arg(offset);

        // The controls.
        if (w_.windowTitle() != QString("Yieldscope — %1").arg(QString::fromStdString(s.demo()->title)))
            return QString("the window's title is %1").arg(w_.windowTitle());
        if (w_.findChild<QComboBox*>(QStringLiteral("demoChooser"))->currentData().toString() !=
            QString::fromStdString(s.demo()->name))
            return QString("the chooser shows %1, the run is %2")
                .arg(w_.findChild<QComboBox*>(QStringLiteral("demoChooser"))->currentData().toString(),
                     QString::fromStdString(s.demo()->name));
        if (!(w_.paramEditor()->params() == s.params()))
            return QString("the parameter editor holds %1, the run %2")
                .arg(QString::fromStdString(w_.paramEditor()->params().toJson()),
                     QString::fromStdString(s.params().toJson()));
        if (QString problem = checkParamWidgets(); !problem.isEmpty()) return problem;
        if (w_.findChild<QComboBox*>(QStringLiteral("speedChooser"))->currentData().toDouble() !=
            w_.player().speed())
            return QString("the speed chooser shows %1, the player plays at %2")
                .arg(w_.findChild<QComboBox*>(QStringLiteral("speedChooser"))->currentData().toDouble())
                .arg(w_.player().speed());
        if (w_.player().playing() && s.jumping()) return QStringLiteral("playing while jumping to the end");
        if (follow_ != nullptr && follow_->isChecked() != t->followCursor())
            return QString("View > Follow is %1, the timeline %2")
                .arg(follow_->isChecked() ? "on" : "off", t->followCursor() ? "follows" : "does not follow");
        if (QString problem = checkActions(); !problem.isEmpty()) return problem;
        return {};
    }

    QString checkParamWidgets() const
    {
        const Params& p = session().params();
        for (const ParamSpec& spec : session().demo()->params) {
            const QString name = QString::fromStdString(spec.name);
            QWidget* editor = w_.paramEditor()->editor(name);
            if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
                if (spin->value() != p.integer(spec.name))
                    return QString("%1's box shows %2, the run has %3")
                        .arg(name)
                        .arg(spin->value())
                        .arg(p.integer(spec.name));
            } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
                // Text being typed is applied on Enter or when the field is left.
                if (line->hasFocus() && line->isModified()) continue;
                const bool marked = !line->styleSheet().isEmpty();
                Params parsed = p;
                bool valid = true;
                try {
                    parsed.set(spec.name, line->text().toStdString());
                } catch (const ParamError&) {
                    valid = false;
                }
                if (marked && valid)
                    return QString("%1 [%2] is marked as refused, yet valid").arg(name, line->text());
                if (!marked && !valid)
                    return QString("%1 [%2] is refused, yet not marked").arg(name, line->text());
                if (!marked && !(parsed == p))
                    return QString("%1 shows [%2], the run has %3")
                        .arg(name, line->text(), QString::fromStdString(p.text(spec.name)));
            } else {
                return QString("no editor for %1").arg(name);
            }
        }
        return {};
    }

    QString checkActions() const
    {
        const RunSession& s = session();
        struct Expect {
            const char* name;
            bool enabled;
        };
        const Expect expected[] = {
            {"actionStep", s.canStepForward()},
            {"actionStepBack", s.canStepBack()},
            {"actionStart", s.hasCursor()},
            {"actionEnd", !s.atEnd() && !s.jumping()},
        };
        for (const Expect& e : expected) {
            const auto* a = w_.findChild<QAction*>(QString::fromLatin1(e.name));
            if (a == nullptr) return QString("no %1").arg(e.name);
            if (a->isEnabled() != e.enabled)
                return QString("%1 is %2").arg(e.name, a->isEnabled() ? "enabled" : "disabled");
        }
        return {};
    }
};

} // namespace

class TestMonkey : public QObject {
    Q_OBJECT

private slots:
    void randomActionsKeepTheWindowConsistent()
    {
        const quint64 seed = seedFromEnvironment();
        const int actions = actionsFromEnvironment();
        qInfo("monkey: seed %llu, %d actions (YS_MONKEY_SEED, YS_MONKEY_ACTIONS)",
              static_cast<unsigned long long>(seed), actions);

        struct sigaction handler {};
        handler.sa_handler = onFatalSignal;
        sigemptyset(&handler.sa_mask);
        for (std::size_t i = 0; i < kFatalSignals.size(); ++i)
            sigaction(kFatalSignals[i], &handler, &previousActions[i]);
#ifdef YS_MONKEY_SANITIZED
        __sanitizer_set_death_callback(dumpTrail);
#endif
        QStringList warnings;
        warningSink = &warnings;
        previousHandler = qInstallMessageHandler(onMessage);

        auto window = std::make_unique<MainWindow>();
        window->setThemeMode(MainWindow::ThemeMode::Light);
        window->show();
        QApplication::setActiveWindow(window.get());
        QVERIFY(QTest::qWaitForWindowActive(window.get()));

        Monkey monkey(*window, seed);
        QElapsedTimer clock;
        clock.start();
        const QString problem = monkey.run(seed, actions);
        qInfo("monkey: %d actions in %lld ms: %s", monkey.action(), clock.elapsed(),
              qPrintable(monkey.summary()));
        window.reset();

        qInstallMessageHandler(previousHandler);
        warningSink = nullptr;
        for (std::size_t i = 0; i < kFatalSignals.size(); ++i)
            sigaction(kFatalSignals[i], &previousActions[i], nullptr);

        const QString where = QString("seed %1, action %2 (replay: YS_MONKEY_SEED=%1 YS_MONKEY_ACTIONS=%3)\n"
                                      "last actions, oldest first:\n%4")
                                  .arg(seed)
                                  .arg(monkey.action())
                                  .arg(actions)
                                  .arg(monkey.recentActions());
        // Printed whole: a test message is cut short.
        if (!problem.isEmpty()) std::fprintf(stderr, "%s\n%s\n", qPrintable(problem), qPrintable(where));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        if (!warnings.isEmpty())
            std::fprintf(stderr, "warnings:\n  %s\n%s\n", qPrintable(warnings.join("\n  ")),
                         qPrintable(where));
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.value(0)));
    }
};

QTEST_MAIN(TestMonkey)
#include "tst_monkey.moc"
