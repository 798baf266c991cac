// SPDX-License-Identifier: MIT
// The window around the learner's own program, driven with keys: the demo chooser says "Your
// program" (the parameters hidden) while it is edited or its run shown, and a demo chosen goes
// back to the demos with the program kept; presentation mode while editing keeps the editor,
// large and without scroll bars, and leaving it brings back exactly what was; the code column
// is fitted to the program typed (a long line is not cut, nor does the column move with every
// key). Renders the window editing, running and presenting a program at 1280x720 and 1920x1080
// (build dir, screenshots/program-*.png), checked as the layout audit checks.
#include "tests/ui/layout_checks.hpp"
#include "ui/editor/editor_controller.hpp"
#include "ui/editor/program_editor.hpp"
#include "ui/editor/program_width.hpp"
#include "ui/panels/code_view.hpp"
#include "ui/panels/param_editor.hpp"
#include "ui/session/run_session.hpp"
#include "ui/timeline/timeline_view.hpp"
#include "ui/window/main_window.hpp"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ys;
using namespace ys::ui;

namespace {

// A program with one line far longer than the demos' (95 characters): cut at the code font the
// demos get, whole once the column and the font are fitted to it.
const char* const kLongLine =
    "console.log(\"a line much longer than any demo has, to see the code column fit it\", 1, 2);";

// What a round trip through presentation mode must bring back.
struct Look {
    EditorController::Mode mode;
    bool editorShown;
    bool codeShown;
    QString program;
    int cursor;
    int scrolled;
    bool editorFocused;
    QFont editorFont;
    QFont codeFont;
    Qt::ScrollBarPolicy bars;
    QList<int> columns;
    QSize size;
    QString chooser;
    bool paramsShown;
    qreal timelineScale;

    bool operator==(const Look&) const = default;
};

QDebug operator<<(QDebug d, const Look& l)
{
    return d << "mode" << int(l.mode) << "editor" << l.editorShown << "code" << l.codeShown << "cursor"
             << l.cursor << "scrolled" << l.scrolled << "focus" << l.editorFocused
             << l.editorFont.pointSizeF() << l.codeFont.pointSizeF() << "bars" << int(l.bars) << "columns"
             << l.columns << l.size << l.chooser << "params" << l.paramsShown << "scale" << l.timelineScale;
}

} // namespace

namespace QTest {
template <>
char* toString(const Look& t)
{
    QString text;
    QDebug(&text) << t;
    return qstrdup(text.toUtf8().constData());
}
} // namespace QTest

class TestProgramWindow : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> settingsDir_;
    std::unique_ptr<MainWindow> window_;

    MainWindow& w() { return *window_; }
    EditorController& editor() { return *window_->programEditor(); }
    ProgramEditor* edit() { return window_->programEditor()->editor(); }
    QComboBox* chooser() { return w().findChild<QComboBox*>(QStringLiteral("demoChooser")); }
    QSplitter* columns() { return w().findChild<QSplitter*>(QStringLiteral("columns")); }
    int codeColumn() { return columns()->sizes().value(0); }
    // The Demo menu's entry of Ctrl+`n`.
    QAction* demoAction(int n)
    {
        for (QAction* a : w().findChildren<QAction*>()) {
            if (a->shortcut() == QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + n))) return a;
        }
        return nullptr;
    }

    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = QApplication::focusWidget();
        if (target == nullptr) target = window_.get();
        QTest::keyClick(target, key, modifiers);
    }

    void showAt(const QSize& size)
    {
        w().resize(size);
        QApplication::processEvents();
        QCOMPARE(w().size(), size);
    }

    // Ctrl+Enter in the editor, and the run's end.
    void runByKey()
    {
        QSignalSpy ended(&editor(), &EditorController::runFinished);
        QVERIFY(edit()->hasFocus());
        QTest::keyClick(edit(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(ended.count() == 1 || ended.wait(20000));
    }

    // New program (Ctrl+Shift+E), and a new line at its end with `line` typed in it.
    void typeProgramWith(const QString& line)
    {
        press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(edit()->hasFocus());
        edit()->moveCursor(QTextCursor::End);
        QTest::keyClick(edit(), Qt::Key_Return);
        QTest::keyClicks(edit(), line);
    }

    // The editor's fitting, as when the typing pauses, without waiting for the pause.
    void settle() { w().findChild<ProgramWidth*>()->checkNow(); }
    // The pause itself, for the editor's lines to show whole after it (a machine under load
    // may take longer).
    void waitUntilWhole() { QTRY_VERIFY_WITH_TIMEOUT(test::wideLines(*edit()).empty(), 5000); }

    Look look()
    {
        return {editor().mode(),
                edit()->isVisible(),
                w().codeView()->isVisible(),
                edit()->toPlainText(),
                edit()->textCursor().position(),
                edit()->verticalScrollBar()->value(),
                edit()->hasFocus(),
                edit()->font(),
                w().codeView()->font(),
                edit()->horizontalScrollBarPolicy(),
                columns()->sizes(),
                w().size(),
                chooser()->currentText(),
                w().paramEditor()->isVisible(),
                w().timeline()->scale()};
    }

    // What the layout audit checks, of what the window shows now: the timeline's texts, the
    // lines of the code panel and of the editor, and (presenting) the scroll bars.
    void checkLayout(bool presenting)
    {
        test::TextLog texts;
        w().timeline()->setTextRecorder(&texts);
        QImage image(w().size(), QImage::Format_RGB32);
        w().render(&image);
        w().timeline()->setTextRecorder(nullptr);
        const test::TextProblems problems = test::textProblems(texts.texts);
        QVERIFY2(problems.overlaps.isEmpty(), qPrintable(problems.overlaps.join('\n')));
        QVERIFY2(problems.outside.isEmpty(), qPrintable(problems.outside.join('\n')));
        for (QPlainTextEdit* view :
             {static_cast<QPlainTextEdit*>(w().codeView()), static_cast<QPlainTextEdit*>(edit())}) {
            if (!view->isVisibleTo(&w())) continue;
            for (const test::WideLine& wide : test::wideLines(*view))
                QFAIL(qPrintable(QStringLiteral("%1: line %2 is %3 px wide in a view of %4")
                                     .arg(view->objectName())
                                     .arg(wide.line)
                                     .arg(wide.width)
                                     .arg(wide.room)));
            if (!presenting) QVERIFY(!view->horizontalScrollBar()->isVisible());
        }
        if (presenting) {
            const QStringList bars = test::scrollBarsShowing(w());
            QVERIFY2(bars.isEmpty(), qPrintable(bars.join(", ")));
        }
    }

private slots:
    void init()
    {
        settingsDir_ = std::make_unique<QTemporaryDir>();
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir_->path());
        window_ = std::make_unique<MainWindow>();
        window_->setThemeMode(MainWindow::ThemeMode::Light);
        window_->timeline()->setAnimated(false);
        window_->resize(1600, 900);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        w().selectDemo(QStringLiteral("countdown"));
        w().timeline()->setFocus();
    }

    void cleanup()
    {
        window_.reset();
        settingsDir_.reset();
    }

    // 1. The demo chooser while the program is shown, and back.
    void chooserSaysYourProgram_data()
    {
        QTest::addColumn<bool>("fromDemo"); // Edit this demo (Ctrl+E), else New program
        QTest::addColumn<bool>("run");      // and its run shown (Ctrl+Enter)
        QTest::newRow("editing this demo") << true << false;
        QTest::newRow("editing a new program") << false << false;
        QTest::newRow("its run shown") << true << true;
    }
    void chooserSaysYourProgram()
    {
        QFETCH(bool, fromDemo);
        QFETCH(bool, run);
        QCOMPARE(chooser()->currentText(), QString("Countdown"));
        QVERIFY(w().paramEditor()->isVisible());
        QSignalSpy modes(&editor(), &EditorController::modeChanged);
        if (fromDemo)
            press(Qt::Key_E, Qt::ControlModifier);
        else
            press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(modes.count(), 1);
        QCOMPARE(modes.first().first().value<EditorController::Mode>(), EditorController::Mode::Editing);
        QTest::keyClicks(edit(), "// mine");
        QTest::keyClick(edit(), Qt::Key_Return);
        const QString typed = edit()->toPlainText();
        if (run) {
            runByKey();
            QCOMPARE(editor().mode(), EditorController::Mode::Watching);
            QVERIFY(w().session().demo() == nullptr);
        }
        // Said plainly; no demo's name, parameters or check mark.
        QCOMPARE(chooser()->currentText(), QString("Your program"));
        QVERIFY(!w().paramEditor()->isVisible());
        QVERIFY(!w().paramEditor()->defaultsButton()->isVisible());
        auto* summary = w().findChild<QLabel*>(QStringLiteral("demoSummary"));
        QVERIFY(summary->text().startsWith("Your own program"));
        QVERIFY(demoAction(1)->actionGroup()->checkedAction() == nullptr);
        // The parameters' reset is a demo's too: Ctrl+D leaves the program shown.
        auto* defaults = w().findChild<QAction*>(QStringLiteral("actionDefaults"));
        QVERIFY(defaults != nullptr && !defaults->isEnabled());
        press(Qt::Key_D, Qt::ControlModifier);
        QVERIFY(editor().mode() != EditorController::Mode::Off);

        // A demo chosen with the keys in the chooser: the one above the program's row.
        QSignalSpy runs(&w().session(), &RunSession::runStarted);
        chooser()->setFocus();
        QTest::keyClick(chooser(), Qt::Key_Up);
        QCOMPARE(runs.count(), 1);
        const QString demo = chooser()->currentText();
        QVERIFY(demo != QString("Your program"));
        QVERIFY(w().session().demo() != nullptr);
        QCOMPARE(QString::fromStdString(w().session().demo()->title), demo);
        QCOMPARE(editor().mode(), EditorController::Mode::Off);
        QCOMPARE(modes.last().first().value<EditorController::Mode>(), EditorController::Mode::Off);
        QVERIFY(w().paramEditor()->isVisible());
        QVERIFY(w().paramEditor()->defaultsButton()->isVisible());
        QVERIFY(defaults->isEnabled());
        QCOMPARE(summary->text(), QString::fromStdString(w().session().demo()->summary));
        // Nothing lost: the program in the editor and in the settings.
        QCOMPARE(edit()->toPlainText(), typed);
        QTRY_COMPARE(QSettings(QSettings::IniFormat, QSettings::UserScope, "yieldscope", "yieldscope")
                         .value("program/source")
                         .toString(),
                     typed);
        // And the program's row out of reach again.
        QTest::keyClick(chooser(), Qt::Key_Down);
        QCOMPARE(chooser()->currentText(), demo);
        QCOMPARE(runs.count(), 1);
        auto* list = qobject_cast<QListView*>(chooser()->view());
        QVERIFY(list != nullptr && list->isRowHidden(chooser()->count() - 1));
    }

    // A demo chosen from the Demo menu (Ctrl+1) goes back as well, and is checked there.
    void demoMenuGoesBack()
    {
        press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(chooser()->currentText(), QString("Your program"));
        press(Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(editor().mode(), EditorController::Mode::Off);
        QCOMPARE(chooser()->currentIndex(), 0);
        QVERIFY(w().paramEditor()->isVisible());
        QVERIFY(demoAction(1)->isChecked());
    }

    // A saved run of a program, opened while a demo is shown: the program's look (no demo's name
    // or parameters), saying it is a recorded run; a demo chosen goes back as from the editor.
    void openedProgramRunHasTheProgramsLook()
    {
        press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        runByKey();
        QCOMPARE(editor().mode(), EditorController::Mode::Watching);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.yieldscope"));
        QVERIFY(w().saveTraceFile(path));
        press(Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(chooser()->currentText(), QString("Countdown"));

        QVERIFY(w().openTraceFile(path));
        QTRY_VERIFY(w().session().demo() == nullptr && w().session().trace() != nullptr);
        QCOMPARE(chooser()->currentText(), QString("Your program"));
        QVERIFY(!w().paramEditor()->isVisible());
        auto* summary = w().findChild<QLabel*>(QStringLiteral("demoSummary"));
        QVERIFY2(summary->text().startsWith("A recorded run of a program"), qPrintable(summary->text()));
        QVERIFY(demoAction(1)->actionGroup()->checkedAction() == nullptr);

        press(Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(chooser()->currentText(), QString("Countdown"));
        QVERIFY(w().paramEditor()->isVisible());
        QCOMPARE(summary->text(), QString::fromStdString(w().session().demo()->summary));
    }

    // 2. Presentation mode while editing: the editor stays, large, with no scroll bar; F11
    // again brings back exactly what was.
    void presentingWhileEditingRoundTrip_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x720") << QSize(1280, 720);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }
    void presentingWhileEditingRoundTrip()
    {
        QFETCH(QSize, size);
        press(Qt::Key_E, Qt::ControlModifier);
        edit()->moveCursor(QTextCursor::End);
        QTest::keyClicks(edit(), "// typed before presenting");
        edit()->moveCursor(QTextCursor::Up);
        settle();
        const Look before = look();
        QVERIFY(before.editorShown && !before.codeShown && before.editorFocused);

        w().setPresentationSize(size);
        press(Qt::Key_F11);
        QVERIFY(w().presentationMode());
        QApplication::processEvents();
        QCOMPARE(w().size(), size);
        // The editor where it was, in the code panel's presentation font, typing on.
        QCOMPARE(editor().mode(), EditorController::Mode::Editing);
        QVERIFY(edit()->isVisible());
        QVERIFY(!w().codeView()->isVisible());
        QVERIFY(edit()->hasFocus());
        QCOMPARE(edit()->font(), w().codeView()->font());
        const qreal f = std::clamp(size.height() / 1080.0, 2.0 / 3.0, 1.0);
        // No smaller than presentation mode's floor for code (16 pt at 1080 lines).
        QVERIFY2(edit()->font().pointSizeF() >= 16 * f,
                 qPrintable(QString::number(edit()->font().pointSizeF())));
        if (size.height() >= 1080) QVERIFY(edit()->font().pointSizeF() > before.editorFont.pointSizeF());
        checkLayout(true);
        const QString dir = QStringLiteral(YS_SCREENSHOT_DIR);
        QDir().mkpath(dir);
        QVERIFY(w().grab().save(dir + "/program-presenting-countdown-" + QTest::currentDataTag() + ".png"));
        QTest::keyClicks(edit(), "x");
        QCOMPARE(edit()->toPlainText(), QString(before.program).insert(before.cursor, 'x'));
        QTest::keyClick(edit(), Qt::Key_Backspace);

        press(Qt::Key_F11);
        QVERIFY(!w().presentationMode());
        QApplication::processEvents();
        QCOMPARE(look(), before);
        checkLayout(false);
    }

    // Presenting, then a run and back to the editor: the mode's large fonts follow, and leaving
    // it fits everything to the window again.
    void presentingThroughARun()
    {
        press(Qt::Key_E, Qt::ControlModifier);
        settle();
        const Look before = look();
        w().setPresentationSize(QSize(1920, 1080));
        w().setPresentationMode(true);
        runByKey();
        QVERIFY(w().codeView()->isVisible());
        const qreal presented = w().codeView()->font().pointSizeF();
        QVERIFY(presented >= 16);
        checkLayout(true);
        auto* editButton = w().findChild<QPushButton*>(QStringLiteral("editProgram"));
        QTest::mouseClick(editButton, Qt::LeftButton);
        QVERIFY(edit()->isVisible());
        // The same lines in the same font, edited or run.
        QCOMPARE(edit()->font().pointSizeF(), presented);
        checkLayout(true);
        w().setPresentationMode(false);
        QApplication::processEvents();
        QCOMPARE(look(), before);
    }

    // 3. The code column fitted to the program typed.
    void longLineIsNotCut()
    {
        showAt(QSize(1280, 720));
        typeProgramWith({});
        settle();
        const int starter = codeColumn();
        const qreal starterPoints = edit()->font().pointSizeF();
        QTest::keyClicks(edit(), QString::fromLatin1(kLongLine));
        waitUntilWhole();
        // Whole: a smaller font, a wider column, within the demos' limits (two thirds of the
        // width at most, the font no smaller than 8 pt).
        checkLayout(false);
        QVERIFY(edit()->font().pointSizeF() < starterPoints);
        QVERIFY(edit()->font().pointSizeF() >= 8);
        QVERIFY2(codeColumn() > starter, qPrintable(QString("%1 %2").arg(codeColumn()).arg(starter)));
        QVERIFY(codeColumn() <= columns()->width() * 2 / 3);
        QCOMPARE(edit()->font(), w().codeView()->font());
        // Run: the code panel shows it whole as well, and the timeline's texts are clear.
        runByKey();
        QCOMPARE(editor().mode(), EditorController::Mode::Watching);
        checkLayout(false);
        // Back in the editor, the line removed: the column and the font go back.
        press(Qt::Key_E, Qt::ControlModifier);
        edit()->moveCursor(QTextCursor::End);
        edit()->moveCursor(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
        QTest::keyClick(edit(), Qt::Key_Delete);
        QTRY_COMPARE_WITH_TIMEOUT(codeColumn(), starter, 5000);
        QCOMPARE(edit()->font().pointSizeF(), starterPoints);
        // A program opened with the editor shows whole at once, with no typing.
        press(Qt::Key_1, Qt::ControlModifier);
        w().timeline()->setFocus();
        QTemporaryDir dir;
        QFile file(dir.filePath("long.js"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(kLongLine) + "\n");
        file.close();
        QString error;
        QVERIFY(editor().openProgramFile(file.fileName(), error));
        checkLayout(false);
    }

    // No jitter: the column stays while one types, moves once the typing pauses, and then only
    // when a line would be cut: a character that shows whole in the room kept moves nothing.
    void columnDoesNotMoveWithEveryKey()
    {
        showAt(QSize(1920, 1080));
        typeProgramWith({});
        settle();
        int fontChanges = 0;
        struct Filter : QObject {
            int& count;
            explicit Filter(int& c) : count(c) {}
            bool eventFilter(QObject*, QEvent* e) override
            {
                if (e->type() == QEvent::FontChange) ++count;
                return false;
            }
        } filter(fontChanges);
        edit()->installEventFilter(&filter);
        const int before = codeColumn();
        // Typed without a pause (no event is handled between the keys): nothing moves yet.
        QTest::keyClicks(edit(), QString::fromLatin1(kLongLine));
        QCOMPARE(codeColumn(), before);
        QCOMPARE(fontChanges, 0);
        // Once the typing pauses, the column and the font move, once.
        QTRY_VERIFY_WITH_TIMEOUT(codeColumn() != before, 5000);
        QCOMPARE(fontChanges, 1);
        // Back to a line with room after it, then a character at a time, each after a pause.
        edit()->moveCursor(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
        QTest::keyClicks(edit(), QString(40, QLatin1Char('y')));
        settle();
        int kept = 0;
        int moved = 0;
        for (int i = 0; i < 40; ++i) {
            const int column = codeColumn();
            const int changes = fontChanges;
            QTest::keyClicks(edit(), QStringLiteral("x"));
            const bool whole = test::wideLines(*edit()).empty();
            settle();
            QVERIFY(test::wideLines(*edit()).empty());
            if (whole) {
                QCOMPARE(codeColumn(), column);
                QCOMPARE(fontChanges, changes);
                ++kept;
            } else {
                moved += codeColumn() != column ? 1 : 0;
            }
        }
        QVERIFY2(kept >= 3 * moved && moved > 0,
                 qPrintable(QString("kept %1, moved %2").arg(kept).arg(moved)));
        edit()->removeEventFilter(&filter);
    }

    // The window in each state, to look at, and checked as the audit checks.
    void screenshots_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("state");
        for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
            const QString name = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
            for (const char* state : {"editing", "running", "presenting"})
                QTest::newRow(qPrintable(QStringLiteral("%1-%2").arg(state, name))) << size << QString(state);
        }
    }
    void screenshots()
    {
        QFETCH(QSize, size);
        QFETCH(QString, state);
        const bool presenting = state == "presenting";
        if (presenting) {
            w().setPresentationSize(size);
            w().setPresentationMode(true);
        } else {
            showAt(size);
        }
        typeProgramWith(QString::fromLatin1(kLongLine));
        if (state == "running") {
            runByKey();
            for (int i = 0; i < 6; ++i)
                press(Qt::Key_Right);
        }
        settle();
        QCOMPARE(w().size(), size);
        checkLayout(presenting);
        const QString dir = QStringLiteral(YS_SCREENSHOT_DIR);
        QDir().mkpath(dir);
        QVERIFY(w().grab().save(dir + "/program-" + QTest::currentDataTag() + ".png"));
    }
};

QTEST_MAIN(TestProgramWindow)
#include "tst_program_window.moc"
