// SPDX-License-Identifier: MIT
// The learner's language: --lang on the command line (before anything is printed or recorded),
// and View > Language in the window, which switches every text at once and is kept.
#include "ui/window/language.hpp"

#include "tests/ui/layout_checks.hpp"
#include "ui/compare/compare_window.hpp"
#include "ui/notes/note_controller.hpp"
#include "ui/panels/param_editor.hpp"
#include "ui/quiz/quiz_panel.hpp"
#include "ui/quiz/quiz_session.hpp"
#include "ui/session/run_session.hpp"
#include "ui/session/transport_actions.hpp"
#include "ui/timeline/timeline_layout.hpp"
#include "ui/timeline/timeline_view.hpp"
#include "ui/timeline/value_text.hpp"
#include "ui/window/demo_text.hpp"
#include "ui/window/main_window.hpp"

#include "core/demos/demo.hpp"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <functional>

using ys::ui::Language;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// The program in an English system unless `lang` (LANG) says otherwise.
Run run(const QStringList& args, const QString& lang = QStringLiteral("C.UTF-8"))
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), lang);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(YS_APP, args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// One text of the windows that can be open while the language changes: the compare window,
// the quiz, the notes and the timeline, read as they show it now.
using PartText = std::function<QString(ys::ui::MainWindow&)>;

ys::ui::CompareWindow& compareOf(ys::ui::MainWindow& w) { return *w.findChild<ys::ui::CompareWindow*>(); }

QString buddyText(const QWidget& window, const QWidget* buddy)
{
    for (const QLabel* label : window.findChildren<QLabel*>()) {
        if (label->buddy() == buddy) return label->text();
    }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(PartText)

class TestLanguage : public QObject {
    Q_OBJECT

private:
    // The panel title over `content` (titledPanel's label names its content as its buddy).
    static QString titleOver(const QWidget& window, const QWidget* content)
    {
        for (const QLabel* label : window.findChildren<QLabel*>()) {
            if (label->buddy() == content) return label->text();
        }
        return {};
    }

    // File's title, Step's text and tip, Reset's text, the code and console titles, the run
    // state as the status line ends with it, the editor's Edit button and New program.
    static QStringList windowTexts(const ys::ui::MainWindow& w)
    {
        const auto* step = w.findChild<QAction*>("actionStep");
        const QString status = w.statusText();
        return {w.menuBar()->actions().constFirst()->text(),
                step->text(),
                step->toolTip(),
                w.findChild<QAction*>("actionReset")->text(),
                titleOver(w, w.findChild<QWidget*>("codeView")),
                titleOver(w, w.console()),
                status.section(QStringLiteral(" · "), -1),
                w.findChild<QPushButton*>("editProgram")->text(),
                w.findChild<QAction*>("actionNewProgram")->text()};
    }

    // The same, as the translation installed now has them.
    static QStringList expectedTexts()
    {
        const auto tr = [](const char* context, const char* text) {
            return QCoreApplication::translate(context, text);
        };
        return {tr("ys::ui::MainWindow", "&File"),
                tr("ys::ui::TransportActions", "&Step"),
                QStringLiteral("%1 (%2)").arg(tr("ys::ui::TransportActions", "Show the next event"),
                                              QKeySequence(Qt::Key_Right).toString(QKeySequence::NativeText)),
                tr("ys::ui::MainWindow", "&Reset"),
                tr("ys::ui::WindowColumns", "Code"),
                tr("ys::ui::ConsolePanel", "Console"),
                tr("ys::ui::StatusLine", "● running"),
                tr("ys::ui::EditorController", "Edit"),
                tr("ys::ui::EditorController", "&New program")};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(settingsDir_.isValid());
        // The chooser's settings in a folder of the test's own, never the user's.
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir_.path());
    }

    void commandLineSpeaksTheChosenLanguage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("absent");
        const QStringList english{
            "countdown  An async generator waits before each value; for await receives "
            "them one by one.\n",
            "(an integer from 0 to 1000000; the number counted down from)",
            "(1 to 26 integers from 0 to 86400000, comma-separated; milliseconds each URL"};
        const QStringList russian{
            "countdown  Асинхронный генератор ждёт перед каждым значением; for await "
            "получает их по одному.\n",
            "(целое число от 0 до 1000000; число, с которого идёт отсчёт)",
            "(от 1 до 26 целых чисел от 0 до 86400000 через запятую; сколько миллисекунд"};
        QTest::newRow("--lang ru") << QStringList{"--lang", "ru", "--list-demos"} << "C.UTF-8" << russian
                                   << english;
        QTest::newRow("--lang=ru") << QStringList{"--list-demos", "--lang=ru"} << "C.UTF-8" << russian
                                   << english;
        QTest::newRow("--lang en in a Russian system")
            << QStringList{"--lang", "en", "--list-demos"} << "ru_RU.UTF-8" << english << russian;
        QTest::newRow("a Russian system")
            << QStringList{"--list-demos"} << "ru_RU.UTF-8" << russian << english;
        QTest::newRow("an English system") << QStringList{"--list-demos"} << "C.UTF-8" << english << russian;
        // The program's own options and Qt's words around them (qtbase_ru.qm).
        QTest::newRow("help") << QStringList{"--lang", "ru", "--help"} << "C.UTF-8"
                              << QStringList{"Использование:", "Выполнить пример до конца без окна",
                                             "Язык текстов программы: en или ru"}
                              << QStringList{"Usage:", "Run the demo to the end"};
    }

    void commandLineSpeaksTheChosenLanguage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, lang);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);
        const Run r = run(args, lang);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        for (const QString& text : expected)
            QVERIFY2(r.out.contains(text), qPrintable(text + "\nnot in\n" + r.out));
        for (const QString& text : absent)
            QVERIFY2(!r.out.contains(text), qPrintable(text));
    }

    void refusalsAreTranslated_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("line");
        QTest::newRow("unknown demo") << QStringList{"--lang", "ru", "--demo", "nope", "--trace", "-"}
                                      << "yieldscope: неизвестный пример «nope» (примеры: ";
        QTest::newRow("conflict") << QStringList{"--lang", "ru", "--list-demos", "--demo", "countdown"}
                                  << "yieldscope: --list-demos нельзя сочетать с --demo\n";
        // The recording's own words inside the command line's sentence.
        QTest::newRow("bad fps") << QStringList{"--lang",   "ru",     "--demo", "countdown",
                                                "--record", "frames", "--fps",  "0"}
                                 << "yieldscope: --fps принимает целое число кадров в секунду от 1 до 120, "
                                    "получено «0»\n";
        QTest::newRow("not an mp4") << QStringList{"--lang",    "ru",      "--demo",
                                                   "countdown", "--video", "run.avi"}
                                    << "yieldscope: --video принимает файл .mp4, доступный для записи: "
                                       "«run.avi» не оканчивается на .mp4\n";
        // Qt's own refusal of an unknown option, from qtbase_ru.qm.
        QTest::newRow("unknown option") << QStringList{"--lang", "ru", "--list-demos", "--nope"}
                                        << "yieldscope: Неизвестный параметр «nope».\n";
    }

    void refusalsAreTranslated()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, line);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(line), qPrintable(r.err));
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(r.out, QString());
    }

    // Counts say the noun in the form Russian gives their number: 1 событие, 3 события, 5 событий.
    void summaryCountsArePlurals()
    {
        QTemporaryDir dir;
        const QString trace = dir.filePath("run.jsonl");
        QCOMPARE(run({"--demo", "countdown", "--trace", trace}).exitCode, 0);
        const Run english = run({"--check-trace", trace});
        QCOMPARE(english.exitCode, 0);
        QVERIFY2(english.out.endsWith(" events, 1500 ms, 0 annotations\n"), qPrintable(english.out));
        const Run russian = run({"--lang", "ru", "--check-trace", trace});
        QCOMPARE(russian.exitCode, 0);
        const QString events = english.out.section(", ", 1, 1).section(' ', 0, 0);
        const int n = events.toInt();
        const char* form = n % 10 == 1 && n % 100 != 11                                    ? "событие"
                           : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 10 || n % 100 >= 20) ? "события"
                                                                                           : "событий";
        const QString expected = QString(", %1 %2, 1500 мс, 0 заметок\n").arg(n).arg(QString::fromUtf8(form));
        QVERIFY2(russian.out.endsWith(expected), qPrintable(russian.out + " / " + expected));
    }

    void badLanguageIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("value");
        QTest::newRow("xx") << QStringList{"--lang", "xx", "--list-demos"} << "xx";
        QTest::newRow("xx with =") << QStringList{"--lang=xx", "--list-demos"} << "xx";
        QTest::newRow("empty") << QStringList{"--lang", "", "--list-demos"} << "";
        QTest::newRow("system") << QStringList{"--lang", "system", "--list-demos"} << "system";
        QTest::newRow("window") << QStringList{"--lang", "de"} << "de";
        QTest::newRow("recording") << QStringList{"--lang",    "EN",       "--demo",
                                                  "countdown", "--record", "/nonexistent"}
                                   << "EN";
    }

    void badLanguageIsRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, value);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QString("yieldscope: unknown language '%1' (languages: en, ru)\n").arg(value));
        QCOMPARE(r.out, QString());
    }

    // A recording is made in the language asked for: its report is Russian.
    void recordsInRussian()
    {
        QTemporaryDir dir;
        const Run r = run({"--lang", "ru", "--demo", "countdown", "--set", "from=1", "--record", dir.path(),
                           "--size", "320x180", "--fps", "1"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("записано "), qPrintable(r.out + r.err));
    }

    void chooserSwitchesAtOnceAndIsKept()
    {
        ys::ui::installLanguage(Language::English);
        ys::ui::LanguageMenu menu;
        ys::ui::ParamEditor editor;
        editor.setDemo(*ys::findDemo("countdown"), ys::findDemo("countdown")->defaults());
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QSignalSpy chosen(&menu, &ys::ui::LanguageMenu::languageChosen);
        QCOMPARE(menu.title(), "&Language");
        QVERIFY(menu.findChild<QAction*>("language_en")->isChecked());
        QCOMPARE(editor.defaultsButton()->text(), "Reset to &defaults");

        menu.findChild<QAction*>("language_ru")->trigger();
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(ys::ui::installedLanguage(), Language::Russian);
        // LanguageChange is posted to every window and reaches their widgets on the event
        // loop's next turn: no restart.
        QCoreApplication::sendPostedEvents();
        QCOMPARE(menu.title(), "&Язык");
        QCOMPARE(menu.findChild<QAction*>("language_system")->text(), "&Системный");
        QCOMPARE(editor.defaultsButton()->text(), "По &умолчанию");
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), "Отмена");
        QCOMPARE(ys::ui::savedLanguage(), Language::Russian);

        // A menu made later shows the language in use.
        ys::ui::LanguageMenu later;
        QVERIFY(later.findChild<QAction*>("language_ru")->isChecked());

        menu.findChild<QAction*>("language_en")->trigger();
        QCoreApplication::sendPostedEvents();
        QCOMPARE(menu.title(), "&Language");
        QCOMPARE(editor.defaultsButton()->text(), "Reset to &defaults");
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), "Cancel");
        QCOMPARE(ys::ui::savedLanguage(), Language::English);

        menu.findChild<QAction*>("language_system")->trigger();
        QCOMPARE(ys::ui::savedLanguage(), Language::System);
        QCOMPARE(QSettings(QSettings::IniFormat, QSettings::UserScope, "yieldscope", "yieldscope")
                     .value("view/language")
                     .toString(),
                 "system");
    }

    // The rest of the window follows View > Language at once too, in place: menus, actions,
    // panels' titles, status line and narration, with the cursor and check marks kept.
    void windowSwitchesEveryPartAtOnce()
    {
        ys::ui::installLanguage(Language::English);
        ys::ui::MainWindow w;
        w.findChild<QAction*>("actionStep")->trigger();
        const QStringList english = windowTexts(w);
        QCOMPARE(english, expectedTexts());
        const QString narration = w.narrationText();
        QVERIFY(!narration.isEmpty());
        QVERIFY(w.findChild<QAction*>("actionFollow")->isChecked());

        w.findChild<QAction*>("language_ru")->trigger();
        QCoreApplication::sendPostedEvents();
        const QStringList russian = windowTexts(w);
        QCOMPARE(russian, expectedTexts());
        for (qsizetype i = 0; i < russian.size(); ++i)
            QVERIFY2(russian[i] != english[i], qPrintable(english[i]));
        QVERIFY2(w.narrationText() != narration, qPrintable(narration));
        QVERIFY(w.narrationText().contains(QRegularExpression("[а-яА-Я]")));
        QVERIFY(w.statusText().contains(QRegularExpression("[а-яА-Я]")));
        QVERIFY(w.findChild<QAction*>("actionFollow")->isChecked());
        QCOMPARE(w.findChild<QAction*>("actionStep")->shortcut(), QKeySequence(Qt::Key_Right));

        w.findChild<QAction*>("language_en")->trigger();
        QCoreApplication::sendPostedEvents();
        QCOMPARE(windowTexts(w), english);
        QCOMPARE(w.narrationText(), narration);
        ys::ui::saveLanguage(Language::System);
    }

    // The demos' names follow the language at once: the chooser, its summary, the Demo menu and
    // the title bar.
    void windowNamesDemosInTheChosenLanguage()
    {
        ys::ui::installLanguage(Language::English);
        ys::ui::MainWindow w;
        const ys::Demo& demo = *ys::findDemo("countdown");
        auto* chooser = w.findChild<QComboBox*>("demoChooser");
        QVERIFY(chooser != nullptr);
        const int index = chooser->findData(QStringLiteral("countdown"));
        QCOMPARE(chooser->itemText(index), QString::fromStdString(demo.title));
        QVERIFY(w.windowTitle().endsWith(QString::fromStdString(demo.title)));

        ys::ui::installLanguage(Language::Russian);
        QCoreApplication::sendPostedEvents();
        const QString russian = ys::ui::demoTitle(demo);
        QVERIFY(russian != QString::fromStdString(demo.title));
        QCOMPARE(chooser->itemText(index), russian);
        QVERIFY2(w.windowTitle().endsWith(russian), qPrintable(w.windowTitle()));
        QCOMPARE(w.findChild<QLabel*>("demoSummary")->text(), ys::ui::demoSummary(demo));
        bool inMenu = false;
        for (QAction* a : w.findChildren<QAction*>())
            inMenu = inMenu || (a->data().toString() == "countdown" && a->text() == russian);
        QVERIFY(inMenu);

        ys::ui::installLanguage(Language::English);
        QCoreApplication::sendPostedEvents();
        QCOMPARE(chooser->itemText(index), QString::fromStdString(demo.title));
    }

    // The windows and panels that stay open across a switch follow it at once and both ways:
    // the compare window, the quiz panel, the notes' actions, the timeline's name and tip.
    void openPartsSwitchBothWays_data()
    {
        using ys::ui::MainWindow;
        QTest::addColumn<PartText>("part");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("russian");
        const auto cw = [](MainWindow& w) -> ys::ui::CompareWindow& { return compareOf(w); };
        QTest::newRow("compare: title")
            << PartText([=](MainWindow& w) { return cw(w).windowTitle(); }) << "Yieldscope — Compare two runs"
            << "Yieldscope — сравнение двух прогонов";
        QTest::newRow("compare: Reset") << PartText([=](MainWindow& w) {
            return cw(w).findChild<QAction*>("compareActionReset")->text();
        }) << "&Reset"
                                        << "&Сбросить";
        QTest::newRow("compare: its own Step") << PartText([=](MainWindow& w) {
            return cw(w).transport().action(ys::ui::Transport::Step)->text();
        }) << "&Step"
                                               << "&Шаг";
        QTest::newRow("compare: pair label")
            << PartText([=](MainWindow& w) { return buddyText(cw(w), cw(w).pairChooser()); }) << "Co&mpare"
            << "Ср&авнить";
        QTest::newRow("compare: pair chooser")
            << PartText([=](MainWindow& w) { return cw(w).pairChooser()->currentText(); })
            << "An array of promises: the slowest first or last"
            << "Массив промисов: самый медленный первым или последним";
        QTest::newRow("compare: question")
            << PartText([=](MainWindow& w) { return cw(w).findChild<QLabel*>("compareQuestion")->text(); })
            << "for await hands the responses over in array order: a slow first request holds back the fast "
               "ones. Promise.all, after it, waits for the slowest either way."
            << "for await отдаёт ответы в порядке массива: медленный первый запрос задерживает быстрые. "
               "Promise.all после него в любом случае ждёт самый медленный.";
        QTest::newRow("compare: heading A")
            << PartText([=](MainWindow& w) { return cw(w).label(ys::ui::CompareWindow::kSideA); })
            << "Slowest first · latencies = 300, 100, 200"
            << "Самый медленный первым · latencies = 300, 100, 200";
        QTest::newRow("compare: timeline A's name") << PartText([=](MainWindow& w) {
            return cw(w).timeline(ys::ui::CompareWindow::kSideA)->accessibleName();
        }) << "Timeline of run A"
                                                    << "Временная шкала прогона A";
        QTest::newRow("compare: timeline B's hint")
            << PartText([=](MainWindow& w) {
                   return cw(w).timeline(ys::ui::CompareWindow::kSideB)->placeholderText();
               })
            << "Press Space to play both runs or → to step."
            << "Нажмите Пробел, чтобы воспроизвести оба прогона, или →, чтобы сделать шаг.";
        QTest::newRow("quiz: prompt") << PartText([](MainWindow& w) { return w.quizPanel()->promptText(); })
                                      << "<b>Quiz mode.</b> Press → and the class guesses what happens next."
                                      << "<b>Режим викторины.</b> Нажмите →, и класс угадывает, что "
                                         "произойдёт дальше.";
        QTest::newRow("quiz: score") << PartText([](MainWindow& w) { return w.quizPanel()->scoreText(); })
                                     << "Score: –"
                                     << "Счёт: –";
        QTest::newRow("quiz: Reset score") << PartText([](MainWindow& w) {
            return w.quizPanel()->findChild<QPushButton*>("quizResetScore")->text();
        }) << "Reset score"
                                           << "Сбросить счёт";
        QTest::newRow("quiz: name") << PartText([](MainWindow& w) { return w.quizPanel()->accessibleName(); })
                                    << "Quiz"
                                    << "Викторина";
        QTest::newRow("notes: Edit the note")
            << PartText([](MainWindow& w) { return w.notes()->pinAction()->text(); }) << "Edit the &note…"
            << "Изменить &заметку…";
        QTest::newRow("notes: Pin's tip")
            << PartText([](MainWindow& w) { return w.notes()->pinAction()->statusTip(); })
            << "Pin a short note to the event shown, for the room to see"
            << "Прикрепить к показанному событию короткую заметку, чтобы её видел весь класс";
        QTest::newRow("notes: Remove the note")
            << PartText([](MainWindow& w) { return w.notes()->removeAction()->text(); }) << "Remove the &note"
            << "Удалить &заметку";
        QTest::newRow("demo: label") << PartText([](MainWindow& w) {
            return buddyText(w, w.findChild<QComboBox*>("demoChooser"));
        }) << "De&mo"
                                     << "П&ример";
        QTest::newRow("demo: chooser's tip")
            << PartText([](MainWindow& w) { return w.findChild<QComboBox*>("demoChooser")->toolTip(); })
            << "The program to step through (Ctrl+1, Ctrl+2, …)"
            << "Программа, которую нужно пройти по шагам (Ctrl+1, Ctrl+2, …)";
        QTest::newRow("timeline: name")
            << PartText([](MainWindow& w) { return w.timeline()->accessibleName(); }) << "Timeline"
            << "Временная шкала";
        QTest::newRow("timeline: tip")
            << PartText([](MainWindow& w) { return w.timeline()->toolTip(); })
            << "Every event of the run so far, one lane per actor, in virtual time. Click an event to show "
               "it."
            << "Все события прогона на данный момент, по дорожке на каждого участника, в виртуальном "
               "времени. Щёлкните событие, чтобы его показать.";
        QTest::newRow("timeline: hint")
            << PartText([](MainWindow& w) { return w.timeline()->placeholderText(); })
            << "Press Space to play or → to step."
            << "Нажмите Пробел, чтобы воспроизвести, или →, чтобы сделать шаг.";
    }

    void openPartsSwitchBothWays()
    {
        QFETCH(PartText, part);
        QFETCH(QString, english);
        QFETCH(QString, russian);
        ys::ui::installLanguage(Language::English);
        ys::ui::MainWindow w;
        w.selectDemo(QStringLiteral("countdown"));
        w.findChild<QAction*>("actionStep")->trigger();
        QVERIFY(w.session().setNote(0, "the first value")); // on the event shown: Edit the note…
        w.findChild<QAction*>("actionCompare")->trigger();
        QVERIFY(w.findChild<ys::ui::CompareWindow*>() != nullptr);
        w.quiz().setEnabled(true);
        QCOMPARE(part(w), english);

        w.findChild<QAction*>("language_ru")->trigger();
        QCoreApplication::sendPostedEvents();
        QCOMPARE(part(w), russian);

        w.findChild<QAction*>("language_en")->trigger();
        QCoreApplication::sendPostedEvents();
        QCOMPARE(part(w), english);
        ys::ui::saveLanguage(Language::System);
    }

    // After a live switch to Russian, the window and the compare window at classroom sizes, with
    // the quiz asking: no label or button cut (they are saved to look at, too).
    void switchedWindowsKeepTheirWordsWhole_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x720") << QSize(1280, 720);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }

    void switchedWindowsKeepTheirWordsWhole()
    {
        QFETCH(QSize, size);
        ys::ui::installLanguage(Language::English);
        ys::ui::MainWindow w;
        w.setAttribute(Qt::WA_DontShowOnScreen);
        w.resize(size);
        w.show();
        w.selectDemo(QStringLiteral("countdown"));
        for (int i = 0; i < 3; ++i)
            w.findChild<QAction*>("actionStep")->trigger();
        QVERIFY(w.session().setNote(2, "the first value"));
        w.quiz().setEnabled(true);
        w.findChild<QAction*>("actionStep")->trigger(); // the quiz asks what happens next
        QVERIFY(!w.quizPanel()->choiceButtons().empty());
        w.findChild<QAction*>("actionCompare")->trigger();
        auto& compare = compareOf(w);
        compare.setAttribute(Qt::WA_DontShowOnScreen);
        compare.resize(size);
        compare.show();
        compare.transport().action(ys::ui::Transport::Step)->trigger();
        QApplication::processEvents();

        w.findChild<QAction*>("language_ru")->trigger();
        QApplication::processEvents();
        QApplication::processEvents();
        QVERIFY(w.quizPanel()->promptText().contains(QRegularExpression("[а-яА-Я]")));
        const QString dir = QStringLiteral(YS_SCREENSHOT_DIR);
        QVERIFY(QDir().mkpath(dir));
        const QString name = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        QVERIFY(w.grab().save(dir + "/language-live-ru-window-" + name + ".png"));
        QVERIFY(compare.grab().save(dir + "/language-live-ru-compare-" + name + ".png"));
        // The window keeps the size of the screen it was given (the quiz did not stretch it).
        QCOMPARE(w.size(), size);
        const QStringList cut = ys::test::cutTexts(w) + ys::test::cutTexts(compare);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join('\n')));
        w.findChild<QAction*>("language_en")->trigger();
        QApplication::processEvents();
        ys::ui::saveLanguage(Language::System);
    }

    // The hint a jump to the end shows on the empty timeline counts on in the new language.
    void jumpHintSwitches()
    {
        ys::ui::installLanguage(Language::English);
        ys::ui::MainWindow w;
        w.selectDemo(QStringLiteral("pagination"));
        ys::Params many = ys::findDemo("pagination")->defaults();
        many.setInteger("users", 40000); // a run long enough to be still running at the switch
        w.setParams(many);
        w.findChild<QAction*>("actionEnd")->trigger();
        QVERIFY(w.session().jumping());
        const auto count = static_cast<qulonglong>(w.session().recorded());
        QCOMPARE(w.timeline()->placeholderText(),
                 QString("Running to the end… %1 events so far. Esc stops.").arg(count));
        w.findChild<QAction*>("language_ru")->trigger();
        QCoreApplication::sendPostedEvents();
        QVERIFY(w.session().jumping());
        QCOMPARE(
            w.timeline()->placeholderText(),
            QString("Выполнение до конца… событий пока: %1. Esc останавливает.")
                .arg(QLocale(QLocale::Russian).toString(static_cast<qulonglong>(w.session().recorded()))));
        w.findChild<QAction*>("language_en")->trigger();
        QCoreApplication::sendPostedEvents();
        ys::ui::saveLanguage(Language::System);
    }

    // Times with decimals read as the language writes them; JavaScript's own values print as
    // JavaScript prints them, whatever the language.
    void numbersReadAsTheLanguageWritesThem_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<double>("ms");
        QTest::addColumn<double>("step");
        QTest::addColumn<QString>("text");
        QTest::newRow("en 1.5 s") << Language::English << 1500.0 << 500.0 << "1.5 s";
        QTest::newRow("ru 1,5 с") << Language::Russian << 1500.0 << 500.0 << "1,5 с";
        QTest::newRow("en 1.25 s") << Language::English << 1250.0 << 50.0 << "1.25 s";
        QTest::newRow("ru 1,25 с") << Language::Russian << 1250.0 << 50.0 << "1,25 с";
        QTest::newRow("en 12 s") << Language::English << 12000.0 << 2000.0 << "12 s";
        QTest::newRow("ru 12 с") << Language::Russian << 12000.0 << 2000.0 << "12 с";
        QTest::newRow("en 250 ms") << Language::English << 250.0 << 50.0 << "250 ms";
        QTest::newRow("ru 250 мс") << Language::Russian << 250.0 << 50.0 << "250 мс";
    }

    void numbersReadAsTheLanguageWritesThem()
    {
        QFETCH(Language, language);
        QFETCH(double, ms);
        QFETCH(double, step);
        QFETCH(QString, text);
        ys::ui::installLanguage(language);
        QCOMPARE(ys::ui::TimelineLayout::formatMs(ms, step), text);
        // The value 1.5 that JavaScript logged or yielded stays JavaScript's.
        QCOMPARE(ys::ui::consoleText("1.5"), QString("1.5"));
        QCOMPARE(ys::ui::jsLiteral(R"({"t":0.25,"n":[1.5,2]})"), QString("{t: 0.25, n: [1.5, 2]}"));
        ys::ui::installLanguage(Language::English);
    }

    void badSavedChoiceIsTheSystems_data()
    {
        QTest::addColumn<QString>("saved");
        QTest::addColumn<Language>("expected");
        QTest::newRow("ru") << "ru" << Language::Russian;
        QTest::newRow("en") << "en" << Language::English;
        QTest::newRow("unknown") << "klingon" << Language::System;
        QTest::newRow("empty") << "" << Language::System;
    }

    void badSavedChoiceIsTheSystems()
    {
        QFETCH(QString, saved);
        QFETCH(Language, expected);
        QSettings(QSettings::IniFormat, QSettings::UserScope, "yieldscope", "yieldscope")
            .setValue("view/language", saved);
        QCOMPARE(ys::ui::savedLanguage(), expected);
    }

private:
    QTemporaryDir settingsDir_;
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
