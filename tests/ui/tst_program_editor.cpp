// SPDX-License-Identifier: MIT
// A program of one's own in the window, driven as a user drives it: Demo > Edit this demo,
// changes typed, Ctrl+Enter, the run stepped with the keys; a program that never ends, one
// stopped, one that does not compile; the program kept in the settings across windows; a
// program file opened (yieldscope FILE.js, good and bad). Renders the window with the editor at
// 1280x720 and 1920x1080 (build dir, screenshots/) to be looked at.
#include "core/script/script_engine.hpp"
#include "core/trace/trace.hpp"
#include "ui/editor/editor_controller.hpp"
#include "ui/editor/program_editor.hpp"
#include "ui/panels/code_view.hpp"
#include "ui/session/run_session.hpp"
#include "ui/timeline/timeline_view.hpp"
#include "ui/window/main_window.hpp"

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

#include <memory>

using namespace ys;
using namespace ys::ui;

namespace {

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

// The values of the events of one kind, in order.
QStringList valuesOf(const Trace& trace, Kind kind)
{
    QStringList out;
    for (const Event& e : trace.events()) {
        if (e.kind == kind) out << QString::fromStdString(std::string(trace.valueText(e)));
    }
    return out;
}

} // namespace

class TestProgramEditor : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> settingsDir_;
    std::unique_ptr<MainWindow> window_;

    MainWindow& w() { return *window_; }
    EditorController& editor() { return *window_->programEditor(); }

    void openWindow()
    {
        window_ = std::make_unique<MainWindow>();
        window_->resize(1600, 900);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    }

    // A key as the user presses it: to the widget with focus.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = QApplication::focusWidget();
        if (target == nullptr) target = window_.get();
        QTest::keyClick(target, key, modifiers);
    }

    // Puts the text cursor of the editor right after `after` (its first occurrence).
    void moveAfter(const QString& after)
    {
        ProgramEditor* e = editor().editor();
        QTextCursor found = e->document()->find(after);
        QVERIFY2(!found.isNull(), qPrintable(after));
        found.clearSelection();
        e->setTextCursor(found);
    }

    // Ctrl+Enter in the editor, and the run's end.
    void runByKey()
    {
        QSignalSpy ended(&editor(), &EditorController::runFinished);
        QVERIFY(editor().editor()->hasFocus());
        QTest::keyClick(editor().editor(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(editor().running() || ended.count() == 1);
        QVERIFY(ended.count() == 1 || ended.wait(20000));
    }

    void setProgram(const QString& source)
    {
        editor().newProgram();
        editor().editor()->selectAll();
        editor().editor()->insertPlainText(source);
    }

private slots:
    void init()
    {
        settingsDir_ = std::make_unique<QTemporaryDir>();
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir_->path());
        openWindow();
    }

    void cleanup()
    {
        window_.reset();
        settingsDir_.reset();
    }

    // The scenario, end to end.
    void editTheCountdownDemoAndStepItsRun()
    {
        w().selectDemo("countdown");
        QVERIFY(w().codeView()->isVisible());
        w().timeline()->setFocus();
        press(Qt::Key_E, Qt::ControlModifier); // Demo > Edit this demo
        ProgramEditor* e = editor().editor();
        QTRY_VERIFY(e->isVisible());
        QVERIFY(!w().codeView()->isVisible()); // the editor in the code panel's place
        QVERIFY(e->hasFocus());
        // The listing with its parameters filled in.
        QCOMPARE(e->toPlainText(), QString::fromStdString(w().session().listing()));
        QVERIFY(e->toPlainText().contains("countdown(3, 500)"));

        // yield n; becomes yield n * 10; and the loop breaks after the second value.
        moveAfter("yield n");
        QTest::keyClicks(e, " * 10");
        moveAfter("console.log(n);");
        press(Qt::Key_Return); // keeps the indentation
        QTest::keyClicks(e, "if (n === 20) break;");
        QVERIFY(e->toPlainText().contains("    yield n * 10;\n"));
        QVERIFY(e->toPlainText().contains("    console.log(n);\n    if (n === 20) break;\n"));

        runByKey();
        QCOMPARE(editor().mode(), EditorController::Mode::Watching);
        QVERIFY(w().codeView()->isVisible());
        QVERIFY(!e->isVisible());
        const RunSession& s = w().session();
        QVERIFY(s.demo() == nullptr);
        QCOMPARE(s.listing(), e->toPlainText().toStdString()); // the code panel shows the program
        const Trace& trace = *s.trace();
        QCOMPARE(valuesOf(trace, Kind::Yielded), (QStringList{"30", "20"})); // multiplied
        QCOMPARE(valuesOf(trace, Kind::Log), (QStringList{"\"30\"", "\"20\"", "\"liftoff\""}));
        QCOMPARE(valuesOf(trace, Kind::ReturnCalled).size(), 1); // the break calls return()
        QVERIFY(editor().message().contains("Ran to its end"));

        // Step with the keys to the first yield: the lit line is the changed one, and the
        // narration says the value.
        QVERIFY(w().timeline()->hasFocus());
        const int yieldLine = static_cast<int>(e->document()->find("yield n * 10;").blockNumber()) + 1;
        std::size_t firstYield = 0;
        while (trace[firstYield].kind != Kind::Yielded)
            ++firstYield;
        for (std::size_t i = 0; i <= firstYield; ++i)
            press(Qt::Key_Right);
        QCOMPARE(s.cursor(), firstYield);
        QCOMPARE(w().codeView()->currentLine(), yieldLine);
        QCOMPARE(w().codeView()->lineText(yieldLine).trimmed(), QString("yield n * 10;"));
        QVERIFY2(w().narrationText().contains("30"), qPrintable(w().narrationText()));
        // And back.
        press(Qt::Key_Left);
        QCOMPARE(s.cursor(), firstYield - 1);
        QVERIFY(w().codeView()->currentLine() != yieldLine || trace[firstYield - 1].line == yieldLine);
        // The break's return() is lit on the break's line.
        press(Qt::Key_End);
        QTRY_VERIFY(s.atEnd());
        std::size_t returned = 0;
        while (trace[returned].kind != Kind::ReturnCalled)
            ++returned;
        w().session().jumpTo(returned);
        QCOMPARE(w().codeView()->lineText(w().codeView()->currentLine()).trimmed(),
                 QString("if (n === 20) break;"));

        // Back to the editor, the program as it was left.
        press(Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY(e->isVisible());
        QVERIFY(e->toPlainText().contains("yield n * 10;"));
        // A demo chosen: the code panel is back; the program stays in the editor.
        w().selectDemo("range");
        QVERIFY(w().codeView()->isVisible());
        QVERIFY(!e->isVisible());
        QCOMPARE(editor().mode(), EditorController::Mode::Off);
        QVERIFY(e->toPlainText().contains("yield n * 10;"));
    }

    void savesAndExportsTheProgramsRun()
    {
        w().selectDemo("countdown");
        editor().editThisDemo();
        runByKey();
        QTemporaryDir dir;
        const QString path = dir.filePath("mine.jsonl");
        QVERIFY(w().saveTraceFile(path));
        QVERIFY(w().exportChromeTraceFile(dir.filePath("mine.json")));
        QVERIFY(w().exportWebPage(dir.filePath("mine.html")));
        QVERIFY(QFileInfo(dir.filePath("mine.html")).size() > 0);
        // Opened again, it shows the program.
        w().selectDemo("range");
        QVERIFY(w().openTraceFile(path));
        QVERIFY(w().session().demo() == nullptr);
        QCOMPARE(QString::fromStdString(w().session().listing()), editor().program());
        QVERIFY(w().codeView()->toPlainText().contains("countdown(3, 500)"));
    }

    void endlessLoopStopsAndTheWindowResponds_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<bool>("pressStop");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("endless loop") << "while (true) {}\n" << false << "Stopped after 2000 ms of real time";
        QTest::newRow("endless timer chain")
            // Whichever limit comes first on the machine: the wall time or the timers' count.
            << "setInterval(() => {}, 1000);\n"
            << false << "Stopped after ";
        QTest::newRow("stopped by the user") << "let i = 0;\nwhile (true) { i++; }\n"
                                             << true << "Stopped before the program finished, as asked.";
    }
    void endlessLoopStopsAndTheWindowResponds()
    {
        QFETCH(QString, program);
        QFETCH(bool, pressStop);
        QFETCH(QString, sentence);
        setProgram(program);
        QSignalSpy ended(&editor(), &EditorController::runFinished);
        QElapsedTimer clock;
        clock.start();
        press(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(editor().running());
        QVERIFY(!editor().runAction()->isEnabled());
        QVERIFY(editor().stopAction()->isEnabled());
        // The window's thread goes on: timers fire, a key is taken, while the program runs.
        int ticks = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&ticks] { ++ticks; });
        tick.start(20);
        QTest::qWait(300);
        QVERIFY(editor().running());
        QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));
        w().timeline()->setFocus();
        w().session().jumpToStart();
        press(Qt::Key_Right); // steps the run shown meanwhile
        QCOMPARE(w().session().cursor(), std::size_t(0));
        if (pressStop) {
            auto* stop = w().findChild<QPushButton*>("stopProgram");
            QVERIFY(stop != nullptr && stop->isEnabled());
            QTest::mouseClick(stop, Qt::LeftButton);
        }
        QVERIFY(ended.count() == 1 || ended.wait(10000));
        QVERIFY(clock.elapsed() < (pressStop ? 1500 : 4000));
        QCOMPARE(ended.first().first().value<script::Outcome>(), script::Outcome::Stopped);
        QVERIFY2(editor().message().contains(sentence), qPrintable(editor().message()));
        QVERIFY2(w().narrationText().contains(sentence), qPrintable(w().narrationText()));
        QVERIFY(editor().runAction()->isEnabled());
        QVERIFY(!editor().stopAction()->isEnabled());
        // What was recorded is shown (the timer chain's many timers), and steps.
        if (QString(QTest::currentDataTag()) == "endless timer chain") {
            QVERIFY(w().session().recorded() > 1000);
            press(Qt::Key_Right);
            QCOMPARE(w().session().cursor(), std::size_t(0));
        }
    }

    void syntaxErrorIsMarkedWhereItIs_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("words");
        QTest::newRow("unclosed for") << "let a = 1;\nfor (;;\n" << 3 << 1 << "SyntaxError";
        QTest::newRow("operator twice") << "const x = 1;\nconst y = x +* 2;\n" << 2 << 14 << "SyntaxError";
        QTest::newRow("await outside async") << "function f() {\n  await 1;\n}\n" << 2 << 3 << "SyntaxError";
    }
    void syntaxErrorIsMarkedWhereItIs()
    {
        QFETCH(QString, program);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, words);
        w().selectDemo("countdown");
        const std::size_t shown = w().session().recorded();
        setProgram(program);
        editor().editor()->setFocus();
        QSignalSpy ended(&editor(), &EditorController::runFinished);
        press(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(ended.count() == 1 || ended.wait(20000));
        QCOMPARE(ended.first().first().value<script::Outcome>(), script::Outcome::SyntaxError);
        // Where the engine says, in its words.
        Trace scratch;
        const script::Result engine = script::runScript(program.toStdString(), scratch);
        QCOMPARE(engine.line, line);
        QCOMPARE(engine.column, column);
        ProgramEditor* e = editor().editor();
        QCOMPARE(e->errorLine(), line);
        QCOMPARE(e->errorColumn(), column);
        QVERIFY(e->isVisible());
        QCOMPARE(e->textCursor().blockNumber() + 1, line);
        QCOMPARE(e->textCursor().positionInBlock() + 1, column);
        const QString said = QString("Line %1, column %2: %3").arg(line).arg(column);
        QVERIFY2(w().narrationText().startsWith(said.arg(words)), qPrintable(w().narrationText()));
        QVERIFY(w().narrationText().contains(QString::fromStdString(engine.message)));
        QVERIFY(editor().message().startsWith(said.arg(words)));
        // Marked: the line tinted and underlined.
        bool underlined = false;
        for (const QTextEdit::ExtraSelection& s : e->extraSelections())
            underlined = underlined || (s.format.underlineStyle() == QTextCharFormat::WaveUnderline &&
                                        s.cursor.block().blockNumber() + 1 == line);
        QVERIFY(underlined);
        // Nothing ran: the run shown is the demo's still.
        QVERIFY(w().session().demo() != nullptr);
        QCOMPARE(w().session().recorded(), shown);
        // An edit clears the mark.
        QTest::keyClicks(e, " ");
        QCOMPARE(e->errorLine(), 0);
    }

    // A demo chosen while the program runs stays on screen.
    void demoChosenDuringTheRunStays()
    {
        setProgram("let i = 0;\nwhile (i < 1e12) i++;\n");
        editor().editor()->setFocus();
        QSignalSpy ended(&editor(), &EditorController::runFinished);
        press(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(editor().running());
        w().selectDemo("range");
        editor().stop();
        QVERIFY(ended.count() == 1 || ended.wait(10000));
        QVERIFY(w().session().demo() != nullptr);
        QCOMPARE(QString::fromStdString(w().session().demo()->name), QString("range"));
        QVERIFY(w().codeView()->isVisible());
    }

    void runtimeErrorIsSaid()
    {
        setProgram("console.log('a');\nnull.x;\n");
        editor().editor()->setFocus();
        runByKey();
        QVERIFY(w().session().demo() == nullptr);
        QVERIFY(editor().message().startsWith("Line 2: Uncaught TypeError"));
        QVERIFY(w().narrationText().startsWith("Line 2: Uncaught TypeError"));
        QCOMPARE(valuesOf(*w().session().trace(), Kind::Log), QStringList{"\"a\""});
    }

    void programSurvivesInTheSettings()
    {
        editor().newProgram();
        ProgramEditor* e = editor().editor();
        e->moveCursor(QTextCursor::End);
        QTest::keyClicks(e, "console.log('kept');");
        const QString typed = e->toPlainText();
        QVERIFY(typed.endsWith("console.log('kept');"));
        // Written a moment after the last key, before any run or quitting.
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, "yieldscope", "yieldscope");
        QTRY_COMPARE(QSettings(QSettings::IniFormat, QSettings::UserScope, "yieldscope", "yieldscope")
                         .value("program/source")
                         .toString(),
                     typed);
        // A new window (the app opened again) offers it back.
        window_.reset();
        openWindow();
        QVERIFY(!editor().panel()->isVisible()); // nothing offered unless asked (main asks)
        QVERIFY(editor().offerSavedProgram());
        QVERIFY(editor().offerBar()->isVisible());
        auto* reopen = w().findChild<QPushButton*>("reopenProgram");
        QVERIFY(reopen != nullptr);
        QTest::mouseClick(reopen, Qt::LeftButton);
        QCOMPARE(editor().program(), typed);
        QVERIFY(editor().editor()->isVisible());
        QVERIFY(!editor().offerBar()->isVisible());
        // Undo brings back what a new program replaced.
        editor().editThisDemo();
        QVERIFY(editor().program() != typed);
        editor().editor()->undo();
        QCOMPARE(editor().program(), typed);
    }

    void nothingOfferedWithoutAProgram()
    {
        QVERIFY(!editor().offerSavedProgram());
        QVERIFY(!editor().offerBar()->isVisible());
    }

    void badSavedProgramIsNotOffered_data()
    {
        QTest::addColumn<QVariant>("source");
        QTest::newRow("bytes") << QVariant(QByteArray("\x00\xff console.log(1);"));
        QTest::newRow("a list") << QVariant(QStringList{"a", "b"});
        QTest::newRow("only blanks") << QVariant(QString("  \n\n"));
    }
    void badSavedProgramIsNotOffered()
    {
        QFETCH(QVariant, source);
        {
            QSettings settings(QSettings::IniFormat, QSettings::UserScope, "yieldscope", "yieldscope");
            settings.setValue("program/source", source);
            settings.setValue("program/demo", 7);
            settings.setValue("program/params", 3.5);
        }
        window_.reset();
        openWindow();
        QVERIFY(!editor().offerSavedProgram());
        QVERIFY(!editor().offerBar()->isVisible());
        QVERIFY(!editor().panel()->isVisible());
        // A good program with a bad origin: offered, and runs in the default world.
        QSettings(QSettings::IniFormat, QSettings::UserScope, "yieldscope", "yieldscope")
            .setValue("program/source", "console.log('ok');\n");
        QVERIFY(editor().offerSavedProgram());
        editor().reopenSavedProgram();
        runByKey();
        QCOMPARE(valuesOf(*w().session().trace(), Kind::Log), QStringList{"\"ok\""});
    }

    void opensAProgramFile()
    {
        QTemporaryDir dir;
        const QByteArray source = "async function* g() { yield 'é'; }\n"
                                  "(async () => { for await (const x of g()) console.log(x); })();\n";
        const QString path = write(dir, "mine.js", source);
        QString error;
        QVERIFY(editor().openProgramFile(path, error));
        QVERIFY(error.isEmpty());
        QCOMPARE(editor().program(), QString::fromUtf8(source));
        QVERIFY(editor().editor()->isVisible());
        runByKey();
        QCOMPARE(valuesOf(*w().session().trace(), Kind::Log), QStringList{"\"é\""});
    }

    void badProgramFileLeavesTheEditor_data()
    {
        QTest::addColumn<QByteArray>("bytes"); // the file's contents
        QTest::addColumn<QString>("file");     // "" writes `bytes` to a file; else this path
        QTest::addColumn<QString>("message");
        QTest::newRow("unreadable file") << QByteArray() << "/no/such/program.js"
                                         << "Cannot read /no/such/program.js: No such file or directory";
        QTest::newRow("a folder") << QByteArray() << "."
                                  << "Cannot read .: Is a directory";
        QTest::newRow("not UTF-8") << QByteArray("console.log('caf\xe9');\n") << ""
                                   << "the program is not UTF-8 text (line 1, byte 17)";
        QTest::newRow("over 1 MiB") << QByteArray((1 << 20) + 1, ' ') << ""
                                    << "more than the 1048576 a program may have";
    }
    void badProgramFileLeavesTheEditor()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, file);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = file.isEmpty() ? write(dir, "bad.js", bytes) : file;
        editor().newProgram();
        const QString before = editor().program();
        QString error;
        QVERIFY(!editor().openProgramFile(path, error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(!error.contains('\n'));
        QCOMPARE(editor().program(), before);
    }

    // The real program: `yieldscope FILE.js` with a bad file still opens the window, after one
    // line naming the file and the problem.
    void badProgramFileOnTheCommandLine_data()
    {
        QTest::addColumn<QByteArray>("bytes"); // empty: no file at all
        QTest::addColumn<QString>("message");
        QTest::newRow("missing file") << QByteArray() << "Cannot read %1: No such file or directory";
        QTest::newRow("not UTF-8") << QByteArray("'\xff';\n") << "%1: the program is not UTF-8 text";
    }
    void badProgramFileOnTheCommandLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath("prog.js");
        if (!bytes.isEmpty()) write(dir, "prog.js", bytes);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("XDG_RUNTIME_DIR", dir.path());
        env.insert("XDG_CONFIG_HOME", dir.filePath("config"));
        p.setProcessEnvironment(env);
        p.start(YS_APP, {"--smoke-test", path});
        QByteArray out;
        const QDeadlineTimer deadline(60000);
        while (!out.contains("shown\n") && p.state() != QProcess::NotRunning && !deadline.hasExpired()) {
            p.waitForReadyRead(200);
            out += p.readAllStandardOutput();
        }
        const bool running = p.state() == QProcess::Running;
        p.kill();
        p.waitForFinished(10000);
        QVERIFY2(out.contains("shown\n"), "the window did not open");
        QVERIFY(running);
        QStringList own;
        for (const QString& line : QString::fromUtf8(p.readAllStandardError()).split('\n')) {
            if (line.startsWith("yieldscope: ")) own << line;
        }
        QCOMPARE(own.size(), 1);
        QVERIFY2(own.first().startsWith("yieldscope: " + message.arg(path)), qPrintable(own.first()));
    }

    // The window with the editor, to look at: nothing cut or overlapping.
    void screenshots_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("error");
        QTest::newRow("1280x720") << QSize(1280, 720) << false;
        QTest::newRow("1920x1080") << QSize(1920, 1080) << false;
        QTest::newRow("1280x720-error") << QSize(1280, 720) << true;
        QTest::newRow("1920x1080-watching") << QSize(1920, 1080) << false;
    }
    void screenshots()
    {
        QFETCH(QSize, size);
        QFETCH(bool, error);
        w().setThemeMode(MainWindow::ThemeMode::Light);
        w().resize(size);
        w().selectDemo("countdown");
        editor().editThisDemo();
        const bool watching = QString(QTest::currentDataTag()).endsWith("watching");
        if (error) {
            moveAfter("yield n;");
            QTest::keyClicks(editor().editor(), " )");
        }
        if (error || watching) {
            runByKey();
            if (watching) {
                for (int i = 0; i < 9; ++i)
                    press(Qt::Key_Right);
            }
        }
        QTest::qWait(400);
        QCOMPARE(w().size(), size);
        const QString dir = QStringLiteral(YS_SCREENSHOT_DIR);
        QDir().mkpath(dir);
        QVERIFY(w().grab().save(dir + "/editor-" + QTest::currentDataTag() + ".png"));
        // The editor's lines are whole: no horizontal scroll bar at the demo's width.
        if (!watching) QVERIFY(!editor().editor()->horizontalScrollBar()->isVisible());
    }
};

QTEST_MAIN(TestProgramEditor)
#include "tst_program_editor.moc"
