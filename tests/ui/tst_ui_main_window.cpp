// SPDX-License-Identifier: MIT
// The main window, driven as a user drives it: keys, clicks on the timeline, the parameter
// editor. Also renders every demo's window to a PNG (build dir, screenshots/) to look at.
#include "core/demos/demo.hpp"
#include "core/demos/engine.hpp"
#include "ui/export/timeline_export_dialog.hpp"
#include "ui/panels/code_view.hpp"
#include "ui/panels/narration_banner.hpp"
#include "ui/panels/param_editor.hpp"
#include "ui/session/player.hpp"
#include "ui/session/run_session.hpp"
#include "ui/timeline/timeline_view.hpp"
#include "ui/window/main_window.hpp"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QWidgetAction>
#include <QXmlStreamReader>

#include <memory>

using namespace ys;
using ys::ui::MainWindow;
using ys::ui::RunSession;

namespace {

// Everything a learner sees of the current state, to compare before and after.
struct Shown {
    qint64 cursor;
    int line;
    int previousLine;
    QString console;
    QString narration;
    QString status;

    bool operator==(const Shown&) const = default;
};

char* toString(const Shown& s)
{
    return qstrdup(qPrintable(QString("cursor %1, line %2/%3, console [%4], narration [%5], status [%6]")
                                  .arg(s.cursor)
                                  .arg(s.line)
                                  .arg(s.previousLine)
                                  .arg(s.console, s.narration, s.status)));
}

std::vector<Event> fullRun(const QString& demoName, const Params& params)
{
    Engine engine(*findDemo(demoName.toStdString()), params);
    engine.runToEnd();
    const EventStore& events = engine.trace().events();
    return {events.begin(), events.end()};
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> window_;

    MainWindow& w() { return *window_; }

    // A key as the user presses it: to the widget with focus.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = QApplication::focusWidget();
        if (target == nullptr) target = window_.get();
        QTest::keyClick(target, key, modifiers);
    }

    // The status line's time and event number (how much is recorded, and whether the engine
    // has found the end, may change as the run goes forward).
    QString statusShown() const
    {
        const QStringList parts = window_->statusText().split(QStringLiteral(" · "));
        QString shownPart = parts.value(0) + " " + parts.value(1);
        return shownPart.remove(QRegularExpression(R"( of \d+| \(\d+ recorded\))"));
    }

    Shown shown()
    {
        RunSession& s = w().session();
        return Shown{s.hasCursor() ? static_cast<qint64>(s.cursor()) : -1,
                     w().codeView()->currentLine(),
                     w().codeView()->previousLine(),
                     w().consoleText(),
                     w().narrationText(),
                     statusShown()};
    }

    void step(int times)
    {
        for (int i = 0; i < times; ++i)
            press(Qt::Key_Right);
    }

    void runToEnd()
    {
        press(Qt::Key_End);
        QTRY_VERIFY_WITH_TIMEOUT(w().session().atEnd(), 30000);
    }

    // Types a value into a parameter's spin box and presses Enter, as a user does.
    void typeParam(const QString& name, int value)
    {
        auto* spin = qobject_cast<QSpinBox*>(w().paramEditor()->editor(name));
        QVERIFY(spin);
        spin->setFocus();
        QTRY_VERIFY(spin->hasFocus());
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, QString::number(value));
        QTest::keyClick(spin, Qt::Key_Return);
        QCOMPARE(spin->value(), value);
    }

    void saveScreenshot(const QString& name)
    {
        const QString dir = QStringLiteral(YS_SCREENSHOT_DIR);
        QVERIFY(QDir().mkpath(dir));
        const QPixmap shot = w().grab();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(dir + "/" + name + ".png"));
    }

private slots:
    void init()
    {
        window_ = std::make_unique<MainWindow>();
        window_->setThemeMode(MainWindow::ThemeMode::Light);
        window_->show();
        QApplication::setActiveWindow(window_.get());
        QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    }

    void cleanup() { window_.reset(); }

    // A window given its size before it is first shown (as at start-up, from the saved
    // geometry) fits the code column to the listing, not to the layout it had before showing.
    void firstShownWindowShowsTheWholeListing_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1920x1080") << QSize(1920, 1080);
        QTest::newRow("1600x900") << QSize(1600, 900);
    }

    void firstShownWindowShowsTheWholeListing()
    {
        QFETCH(QSize, size);
        MainWindow fresh;
        fresh.resize(size);
        fresh.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fresh));
        QCOMPARE(fresh.codeView()->horizontalScrollBar()->maximum(), 0);
    }

    void opensReadyToStep()
    {
        QCOMPARE(w().windowTitle(), QString("Yieldscope — Countdown"));
        QCOMPARE(w().findChild<QComboBox*>(QStringLiteral("demoChooser"))->currentData().toString(),
                 QString("countdown"));
        QVERIFY(!w().session().hasCursor());
        QCOMPARE(w().session().recorded(), std::size_t(0));
        QCOMPARE(w().timeline()->visibleEventCount(), std::size_t(0));
        QCOMPARE(w().narrationText(), MainWindow::startHint());
        QCOMPARE(w().codeView()->currentLine(), 0);
        QCOMPARE(w().consoleText(), QString());
        QVERIFY(w().codeView()->toPlainText().contains("countdown(3, 500)"));
        // 1600×900, or nearly the whole screen when it is smaller.
        const QSize screen = QGuiApplication::primaryScreen()->availableSize();
        QVERIFY(w().width() >= std::min(1600, screen.width() * 9 / 10));
        QVERIFY(w().height() >= std::min(900, screen.height() * 9 / 10));
    }

    void stepsShowOneEventEach_data()
    {
        QTest::addColumn<QString>("demo");
        QTest::addColumn<int>("steps");
        for (const Demo* d : allDemos()) {
            const QString name = QString::fromStdString(d->name);
            for (int n : {1, 2, 5, 9})
                QTest::newRow(qPrintable(QString("%1 %2").arg(name).arg(n))) << name << n;
        }
    }
    void stepsShowOneEventEach()
    {
        QFETCH(QString, demo);
        QFETCH(int, steps);
        w().selectDemo(demo);
        const std::vector<Event> events = fullRun(demo, findDemo(demo.toStdString())->defaults());
        step(steps);
        const RunSession& s = w().session();
        QVERIFY(s.hasCursor());
        QCOMPARE(s.cursor(), std::size_t(steps - 1));
        // The timeline shows exactly the events stepped through (once its animation is over).
        QCOMPARE(w().timeline()->currentEvent(), std::optional<std::size_t>(steps - 1));
        QTRY_COMPARE(w().timeline()->visibleEventCount(), std::size_t(steps));
        const Event& e = events[steps - 1];
        QCOMPARE(w().codeView()->currentLine(), int(e.line));
        QCOMPARE(w().codeView()->previousLine(), steps > 1 ? int(events[steps - 2].line) : 0);
        QVERIFY(!w().narrationText().isEmpty());
        QVERIFY(w().narrationText() != MainWindow::startHint());
        QVERIFY(w().statusText().contains(QString("event %1 of").arg(steps)));
        QVERIFY2(w().statusText().contains(QString("t = %1 ms").arg(e.t)), qPrintable(w().statusText()));
        // The lit line is the event's line of the listing.
        QVERIFY(!w().codeView()->lineText(e.line).trimmed().isEmpty());
    }

    void countdownPrintsToTheConsole()
    {
        runToEnd();
        QCOMPARE(w().consoleText(), QString("3\n2\n1\nliftoff"));
        QVERIFY(w().statusText().contains("run ended"));
        QVERIFY(w().narrationText().contains("liftoff"));
    }

    void consoleFollowsTheCursor()
    {
        // Up to the first log: one line; back one step: none.
        const std::vector<Event> events = fullRun("countdown", findDemo("countdown")->defaults());
        std::size_t firstLog = 0;
        while (events[firstLog].kind != Kind::Log)
            ++firstLog;
        step(static_cast<int>(firstLog) + 1);
        QCOMPARE(w().consoleText(), QString("3"));
        press(Qt::Key_Left);
        QCOMPARE(w().consoleText(), QString());
        press(Qt::Key_Home);
        QVERIFY(!w().session().hasCursor());
        QCOMPARE(w().narrationText(), MainWindow::startHint());
        runToEnd();
        press(Qt::Key_Home);
        QCOMPARE(w().consoleText(), QString());
        press(Qt::Key_End);
        QCOMPARE(w().consoleText(), QString("3\n2\n1\nliftoff"));
    }

    void breakStopsTheFetching()
    {
        w().selectDemo("pagination");
        typeParam("breakAfter", 4);
        QCOMPARE(w().session().params().integer("breakAfter"), std::int64_t(4));
        QVERIFY(w().codeView()->toPlainText().contains("if (++count === 4) break;"));
        w().timeline()->setFocus();
        runToEnd();
        const Trace& trace = *w().session().trace();
        std::size_t ret = trace.size();
        for (std::size_t i = 0; i < trace.size(); ++i) {
            if (trace[i].kind == Kind::ReturnCalled) {
                ret = i;
                break;
            }
        }
        QVERIFY2(ret < trace.size(), "no return_called");
        for (std::size_t i = ret; i < trace.size(); ++i) {
            const bool fetch = trace[i].kind == Kind::Awaiting &&
                               trace.valueText(trace[i]).find("fetch") != std::string_view::npos;
            QVERIFY2(!fetch, qPrintable(QString("a fetch after return(), at %1").arg(i)));
        }
        QCOMPARE(w().consoleText(), QString("user1\nuser2\nuser3\nuser4"));
    }

    void stepBackRestoresThePreviousState_data()
    {
        QTest::addColumn<QString>("demo");
        QTest::addColumn<int>("steps");
        for (const Demo* d : allDemos()) {
            const QString name = QString::fromStdString(d->name);
            // Only step counts that leave an event to step forward to (a row for a shorter run
            // would prove nothing).
            const auto events = static_cast<int>(fullRun(name, d->defaults()).size());
            for (int n : {0, 1, 3, 7, 8, 12}) {
                if (n + 1 < events) QTest::newRow(qPrintable(QString("%1 %2").arg(name).arg(n))) << name << n;
            }
        }
    }
    void stepBackRestoresThePreviousState()
    {
        QFETCH(QString, demo);
        QFETCH(int, steps);
        w().selectDemo(demo);
        step(steps);
        const Shown before = shown();
        const std::size_t recorded = w().session().recorded();
        press(Qt::Key_Right);
        QVERIFY(!(shown() == before));
        press(Qt::Key_Left);
        QCOMPARE(shown(), before);
        // Forward again over the recorded trace: the engine does not run again.
        press(Qt::Key_Right);
        press(Qt::Key_Left);
        QCOMPARE(shown(), before);
        QVERIFY(w().session().recorded() >= recorded);
    }

    void jumpToEndKeepsTheWindowResponsive()
    {
        w().selectDemo("pagination");
        Params params = findDemo("pagination")->defaults();
        params.assign("users=40000");
        params.assign("latency=0");
        w().setParams(params);
        w().timeline()->setFocus();
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(0);
        press(Qt::Key_End);
        QVERIFY(w().session().jumping());
        QVERIFY(w().statusText().contains("running to the end"));
        QCOMPARE(w().narrationText(), MainWindow::jumpingHint());
        QTRY_VERIFY_WITH_TIMEOUT(!w().session().jumping(), 120000);
        // The event loop ran between the slices.
        QVERIFY2(ticks >= 3, qPrintable(QString::number(ticks)));
        QVERIFY(w().session().recorded() > 4 * RunSession::kSliceEvents);
        QVERIFY(w().session().atEnd());
        QVERIFY(w().statusText().contains("run ended"));
        QVERIFY(w().narrationText() != MainWindow::jumpingHint());
        QVERIFY(w().consoleText().endsWith("user40000"));
        QVERIFY(w().consoleText().startsWith("… "));
        // And back by one event, over the recorded trace.
        press(Qt::Key_Left);
        QCOMPARE(w().session().cursor(), w().session().recorded() - 2);
    }

    void clickingAnEventSelectsIt()
    {
        w().resize(1600, 900);
        step(12);
        QCOMPARE(w().session().cursor(), std::size_t(11));
        ui::TimelineView* timeline = w().timeline();
        QTRY_COMPARE(timeline->visibleEventCount(), std::size_t(12)); // the steps' animation is over
        press(Qt::Key_0, Qt::ControlModifier);                        // fit: every event in sight
        // Later events are hidden once an earlier one is chosen: click from the latest back.
        for (std::size_t seq : {std::size_t(9), std::size_t(4), std::size_t(0)}) {
            QApplication::processEvents();
            // (the fit may glide into place first)
            QTRY_COMPARE(timeline->eventAt(timeline->eventCenter(seq)), std::optional<std::size_t>(seq));
            const QPoint centre = timeline->eventCenter(seq);
            QTest::mouseClick(timeline, Qt::LeftButton, Qt::NoModifier, centre);
            QTRY_COMPARE(w().session().cursor(), seq);
            const Event& e = (*w().session().trace())[seq];
            QCOMPARE(w().codeView()->currentLine(), int(e.line));
        }
    }

    void changingAParameterRestarts()
    {
        step(6);
        QVERIFY(w().session().hasCursor());
        typeParam("from", 5);
        QVERIFY(!w().session().hasCursor());
        QCOMPARE(w().session().recorded(), std::size_t(0));
        QCOMPARE(w().timeline()->visibleEventCount(), std::size_t(0));
        QCOMPARE(w().session().params().integer("from"), std::int64_t(5));
        QCOMPARE(w().narrationText(), MainWindow::startHint());
        QCOMPARE(w().consoleText(), QString());
        QVERIFY(w().codeView()->toPlainText().contains("countdown(5, 500)"));
        // Enter hands the keys back to stepping.
        press(Qt::Key_Right);
        QCOMPARE(w().session().cursor(), std::size_t(0));
        // And back to the defaults.
        QTest::mouseClick(w().paramEditor()->defaultsButton(), Qt::LeftButton);
        QCOMPARE(w().session().params().integer("from"), std::int64_t(3));
        QVERIFY(!w().session().hasCursor());
    }

    void choosingADemoRestarts()
    {
        step(3);
        auto* chooser = w().findChild<QComboBox*>(QStringLiteral("demoChooser"));
        chooser->setFocus();
        const int range = chooser->findData("range");
        QVERIFY(range >= 0);
        chooser->setCurrentIndex(range);
        emit chooser->activated(range);
        QCOMPARE(w().session().demo()->name, std::string("range"));
        QVERIFY(!w().session().hasCursor());
        QVERIFY(w().codeView()->toPlainText().contains("Symbol.asyncIterator"));
        QCOMPARE(w().windowTitle(), QString("Yieldscope — Range (hand-written iterator)"));
        // Keys still step while the chooser has focus.
        press(Qt::Key_Right);
        QCOMPARE(w().session().cursor(), std::size_t(0));
    }

    void steppingKeysWorkWhereverTheFocusIs_data()
    {
        QTest::addColumn<QString>("widget");
        for (const char* name : {"codeView", "console", "timeline", "demoChooser", "speedChooser"})
            QTest::newRow(name) << name;
    }
    void steppingKeysWorkWhereverTheFocusIs()
    {
        QFETCH(QString, widget);
        auto* target = w().findChild<QWidget*>(widget);
        QVERIFY(target);
        QVERIFY(target->focusPolicy() & Qt::TabFocus);
        target->setFocus();
        QTRY_VERIFY(target->hasFocus());
        press(Qt::Key_Right);
        press(Qt::Key_Right);
        QCOMPARE(w().session().cursor(), std::size_t(1));
        press(Qt::Key_Left);
        QCOMPARE(w().session().cursor(), std::size_t(0));
        press(Qt::Key_End);
        QTRY_VERIFY(w().session().atEnd());
        press(Qt::Key_Home);
        QVERIFY(!w().session().hasCursor());
        QCOMPARE(w().findChild<QComboBox*>(QStringLiteral("demoChooser"))->currentData().toString(),
                 QString("countdown")); // unchanged
    }

    void resetKeyStartsOver()
    {
        step(5);
        press(Qt::Key_R);
        QVERIFY(!w().session().hasCursor());
        QCOMPARE(w().session().recorded(), std::size_t(0));
    }

    void spacePlaysAndPauses()
    {
        typeParam("ms", 0);
        w().timeline()->setFocus();
        w().player().setSpeed(8);
        press(Qt::Key_Space);
        QVERIFY(w().player().playing());
        QTRY_VERIFY_WITH_TIMEOUT(w().session().hasCursor(), 5000);
        press(Qt::Key_Space);
        QVERIFY(!w().player().playing());
        press(Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(w().session().atEnd(), 20000);
        QTRY_VERIFY(!w().player().playing());
        QCOMPARE(w().consoleText(), QString("3\n2\n1\nliftoff"));
    }

    void speedKeysChangeTheSpeed()
    {
        QCOMPARE(w().player().speed(), 1.0);
        press(Qt::Key_BracketRight);
        QCOMPARE(w().player().speed(), 2.0);
        press(Qt::Key_BracketLeft);
        press(Qt::Key_BracketLeft);
        QCOMPARE(w().player().speed(), 0.5);
        QCOMPARE(w().findChild<QComboBox*>(QStringLiteral("speedChooser"))->currentData().toDouble(), 0.5);
    }

    void everyActionIsInAMenuWithItsShortcut()
    {
        QSet<QAction*> inMenus;
        for (QAction* top : w().menuBar()->actions()) {
            if (QMenu* menu = top->menu()) {
                for (QAction* a : menu->actions()) {
                    inMenus.insert(a);
                    if (a->menu()) {
                        for (QAction* sub : a->menu()->actions())
                            inMenus.insert(sub);
                    }
                }
            }
        }
        const QList<QToolBar*> bars = w().findChildren<QToolBar*>();
        QVERIFY(!bars.isEmpty());
        for (QToolBar* bar : bars) {
            for (QAction* a : bar->actions()) {
                if (a->isSeparator() || qobject_cast<QWidgetAction*>(a)) continue;
                QVERIFY2(inMenus.contains(a), qPrintable(a->text()));
                QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->text()));
                QVERIFY2(!a->icon().isNull(), qPrintable(a->text()));
                QVERIFY2(!a->toolTip().isEmpty(), qPrintable(a->text()));
            }
        }
        const QStringList keys{"Space", "Right", "Left", "Home", "End", "R"};
        QStringList found;
        for (QAction* a : inMenus)
            found << a->shortcut().toString();
        for (const QString& key : keys)
            QVERIFY2(found.contains(key), qPrintable(key));
    }

    void everyControlIsNamedAndExplained()
    {
        QList<QWidget*> controls;
        for (QWidget* widget : w().findChildren<QWidget*>()) {
            const bool control =
                qobject_cast<QAbstractButton*>(widget) || qobject_cast<QComboBox*>(widget) ||
                qobject_cast<QAbstractSpinBox*>(widget) || qobject_cast<QPlainTextEdit*>(widget) ||
                qobject_cast<ui::TimelineView*>(widget) ||
                (qobject_cast<QLineEdit*>(widget) && !qobject_cast<QAbstractSpinBox*>(widget->parent()) &&
                 !qobject_cast<QComboBox*>(widget->parent()));
            if (!control || !widget->isVisibleTo(&w())) continue;
            if (widget->inherits("QToolBarExtension")) continue;
            controls << widget;
            QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(!widget->toolTip().isEmpty(),
                     qPrintable(
                         QString("%1 %2").arg(widget->metaObject()->className(), widget->accessibleName())));
        }
        QVERIFY(controls.size() >= 12);
    }

    void themesSwitch()
    {
        const QColor light = QApplication::palette().color(QPalette::Window);
        w().setThemeMode(MainWindow::ThemeMode::Dark);
        const QColor dark = QApplication::palette().color(QPalette::Window);
        QVERIFY(dark.lightness() < light.lightness());
        QVERIFY(w().codeView()->palette().color(QPalette::Base).lightness() < 128);
        w().setThemeMode(MainWindow::ThemeMode::Light);
        QCOMPARE(QApplication::palette().color(QPalette::Window), light);
    }

    void f11TogglesPresentationMode()
    {
        const bool wasMaximized = w().isMaximized();
        QVERIFY(!w().presentationMode());
        QCOMPARE(w().timeline()->scale(), 1.0);
        const qreal codePoints = w().codeView()->font().pointSizeF();
        const qreal narrationPoints = w().narration()->sentenceLabel()->font().pointSizeF();
        press(Qt::Key_F11);
        QVERIFY(w().presentationMode());
        QVERIFY(w().windowState() & Qt::WindowFullScreen);
        // Presentation sizes scale with the screen's height: ×1.5 at 1080 lines, less on a
        // smaller screen (never below the window's), so that every lane still reads.
        const qreal f = std::clamp(w().height() / 1080.0, 2.0 / 3.0, 1.0);
        QCOMPARE(w().timeline()->scale(), std::max(1.0, 1.5 * f));
        // Laid out at 1080 lines, everything is larger than in the window.
        w().setPresentationSize(QSize(1920, 1080));
        QCOMPARE(w().size(), QSize(1920, 1080));
        QCOMPARE(w().timeline()->scale(), 1.5);
        QVERIFY(w().codeView()->font().pointSizeF() > codePoints);
        QVERIFY(w().console()->font().pointSizeF() > codePoints);
        QVERIFY(w().narration()->sentenceLabel()->font().pointSizeF() > narrationPoints);
        auto* action = w().findChild<QAction*>(QStringLiteral("actionPresentation"));
        QVERIFY(action);
        QVERIFY(action->isChecked());
        press(Qt::Key_F11);
        QVERIFY(!w().presentationMode());
        QVERIFY(!action->isChecked());
        QCOMPARE(w().timeline()->scale(), 1.0);
        QVERIFY(!(w().windowState() & Qt::WindowFullScreen));
        QCOMPARE(w().isMaximized(), wasMaximized);
        QCOMPARE(w().narration()->sentenceLabel()->font().pointSizeF(), narrationPoints);
        w().setPresentationSize(QSize()); // full screen again for what follows
    }

    void pageKeysStepLikeAClicker()
    {
        press(Qt::Key_PageDown);
        press(Qt::Key_PageDown);
        QCOMPARE(w().session().cursor(), std::size_t(1));
        press(Qt::Key_PageUp);
        QCOMPARE(w().session().cursor(), std::size_t(0));
        // The same in presentation mode.
        w().setPresentationMode(true);
        press(Qt::Key_PageDown);
        QCOMPARE(w().session().cursor(), std::size_t(1));
        press(Qt::Key_PageUp);
        QCOMPARE(w().session().cursor(), std::size_t(0));
    }

    void presentationScreenshot()
    {
        w().setPresentationMode(true);
        QApplication::processEvents();
        // The test's screen is smaller than a projector's: the look of presentation mode at
        // 1920×1080, without the full-screen state that would keep the window at the screen's size.
        w().setWindowState(w().windowState() & ~Qt::WindowFullScreen);
        w().resize(1920, 1080);
        QApplication::processEvents();
        QVERIFY(w().presentationMode());
        w().selectDemo(QStringLiteral("pagination"));
        const Params params = findDemo("pagination")->defaults();
        const std::size_t total = fullRun(QStringLiteral("pagination"), params).size();
        const int steps = static_cast<int>(std::max<std::size_t>(1, (total * 11) / 20));
        for (int i = 0; i < steps; ++i)
            w().session().stepForward();
        QTest::qWait(400); // let the timeline finish animating
        QCOMPARE(w().size(), QSize(1920, 1080));
        saveScreenshot(QStringLiteral("window-presentation"));
    }

    void exportsTheTimelineAsPng()
    {
        step(5);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("timeline.png"));
        QVERIFY(w().exportTimelinePng(path, 2.0));
        QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), w().timeline()->size() * 2);
    }

    // The whole run so far, fitted, whatever the view shows; and the view is put back after.
    void exportsTheWholeRun()
    {
        step(12);
        for (int i = 0; i < 6; ++i)
            w().timeline()->zoomIn();
        const double zoom = w().timeline()->viewport().zoom();
        const double offset = w().timeline()->viewport().offset();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString viewPath = dir.filePath(QStringLiteral("view.png"));
        const QString wholePath = dir.filePath(QStringLiteral("whole.png"));
        const QString largePath = dir.filePath(QStringLiteral("whole-3x.png"));
        QVERIFY(w().exportTimelinePng(viewPath, 1.0, ys::ui::TimelineExtent::View));
        QVERIFY(w().exportTimelinePng(wholePath, 1.0, ys::ui::TimelineExtent::WholeRun));
        QVERIFY(w().exportTimelinePng(largePath, 3.0, ys::ui::TimelineExtent::WholeRun));
        QCOMPARE(w().timeline()->viewport().zoom(), zoom);
        QCOMPARE(w().timeline()->viewport().offset(), offset);
        QCOMPARE(QImage(largePath).size(), w().timeline()->size() * 3);
        // Zoomed in, the view shows a part: the whole run is another picture of the same size.
        const QImage view(viewPath);
        const QImage whole(wholePath);
        QCOMPARE(whole.size(), view.size());
        QVERIFY(view != whole);
        const QString svgPath = dir.filePath(QStringLiteral("whole.svg"));
        QVERIFY(w().exportTimelineSvg(svgPath, ys::ui::TimelineExtent::WholeRun));
        QVERIFY(QFileInfo(svgPath).size() > 0);
        QCOMPARE(w().timeline()->viewport().zoom(), zoom);
    }

    void exportDialogOffersExtentAndScale()
    {
        ys::ui::TimelineExportDialog png(ys::ui::TimelineExportDialog::Format::Png);
        QCOMPARE(png.extent(), ys::ui::TimelineExtent::View);
        QCOMPARE(png.scale(), 2.0);
        png.setExtent(ys::ui::TimelineExtent::WholeRun);
        png.setScale(4);
        QCOMPARE(png.extent(), ys::ui::TimelineExtent::WholeRun);
        QCOMPARE(png.scale(), 4.0);
        ys::ui::TimelineExportDialog svg(ys::ui::TimelineExportDialog::Format::Svg);
        QCOMPARE(svg.scale(), 1.0);
        QVERIFY(svg.findChild<QComboBox*>(QStringLiteral("exportScale")) == nullptr);
    }

    void exportsTheTimelineAsSvg()
    {
        step(5);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("timeline.svg"));
        QVERIFY(w().exportTimelineSvg(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString root;
        int drawn = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement) continue;
            if (root.isEmpty()) root = xml.name().toString();
            if (xml.name() == QLatin1String("path") || xml.name() == QLatin1String("text")) ++drawn;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(root, QString("svg"));
        QVERIFY(drawn > 0);
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("demo");
        QTest::addColumn<QStringList>("assignments");
        QTest::addColumn<QString>("theme");
        for (const Demo* d : allDemos()) {
            const QString name = QString::fromStdString(d->name);
            QTest::newRow(qPrintable(name)) << name << QStringList{} << "light";
        }
        QTest::newRow("pagination-break") << "pagination" << QStringList{"breakAfter=4"} << "light";
        QTest::newRow("countdown-dark") << "countdown" << QStringList{} << "dark";
    }
    void screenshots()
    {
        QFETCH(QString, demo);
        QFETCH(QStringList, assignments);
        QFETCH(QString, theme);
        w().setThemeMode(theme == "dark" ? MainWindow::ThemeMode::Dark : MainWindow::ThemeMode::Light);
        w().resize(1920, 1080);
        w().selectDemo(demo);
        Params params = findDemo(demo.toStdString())->defaults();
        for (const QString& a : assignments)
            params.assign(a.toStdString());
        w().setParams(params);
        QApplication::processEvents();
        const QString suffix =
            QTest::currentDataTag() == demo ? QString() : QString(QTest::currentDataTag()).mid(demo.size());
        saveScreenshot("window-" + demo + suffix + "-start");
        // Into the middle of the run, so there is something to see.
        const std::size_t total = fullRun(demo, params).size();
        const int steps = static_cast<int>(std::max<std::size_t>(1, (total * 11) / 20));
        for (int i = 0; i < steps; ++i)
            w().session().stepForward();
        QTest::qWait(400); // let the timeline finish animating
        saveScreenshot("window-" + demo + suffix);
        QCOMPARE(w().size(), QSize(1920, 1080));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_ui_main_window.moc"
