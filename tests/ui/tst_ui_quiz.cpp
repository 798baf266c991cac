// SPDX-License-Identifier: MIT
// Quiz mode: the question logic on its own (scripted answers, exact score, choices that always
// hold the answer, stepping blocked until answered), then the window driven with keys and
// clicks, in both themes and in presentation mode.
#include "core/demos/demo.hpp"
#include "core/demos/engine.hpp"
#include "core/trace/event_vocabulary.hpp"
#include "ui/panels/narration_text.hpp"
#include "ui/quiz/quiz_panel.hpp"
#include "ui/quiz/quiz_session.hpp"
#include "ui/session/run_session.hpp"
#include "ui/window/main_window.hpp"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace ys;
using ys::ui::MainWindow;
using ys::ui::QuizSession;
using ys::ui::RunSession;

class TestQuiz : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> window_;

    // The prompt names a kind as the narration's badge does, never by the trace format's
    // identifier ("value_received"), which the class has never seen.
    static void verifyNamesKind(const QString& prompt, ys::Kind kind)
    {
        const QString badge = ui::kindBadge(kind).toHtmlEscaped();
        QVERIFY2(prompt.contains(badge), qPrintable(prompt));
        // Where the words hold the identifier ("console.log"), they are not what is looked for.
        QString rest = prompt;
        rest.remove(badge).remove(ui::kindQuizWords(kind).toHtmlEscaped());
        QVERIFY2(!rest.contains(QString::fromLatin1(ys::kindName(kind))), qPrintable(prompt));
    }

    void openWindow(MainWindow::ThemeMode theme)
    {
        window_ = std::make_unique<MainWindow>();
        window_->setThemeMode(theme);
        window_->resize(1600, 900);
        window_->show();
        QApplication::setActiveWindow(window_.get());
        QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    }

    // Where a screenshot goes: the build's screenshots folder, to be looked at.
    static void shoot(QWidget& w, const QString& name)
    {
        QTest::qWait(50); // layouts settle over a few posted events
        w.grab().save(QStringLiteral(YS_SCREENSHOT_DIR "/%1.png").arg(name));
    }

private slots:
    void cleanup() { window_.reset(); }

    // Every demo, answered right every third question and wrong otherwise: the score is
    // exactly what the script earns, every question offers its answer among at most five
    // stable choices, and the run never moves while a question waits.
    void scriptedAnswersScoreExactly_data()
    {
        QTest::addColumn<QString>("demo");
        for (const Demo* d : allDemos())
            QTest::newRow(d->name.c_str()) << QString::fromStdString(d->name);
    }

    void scriptedAnswersScoreExactly()
    {
        QFETCH(QString, demo);
        const Demo* d = findDemo(demo.toStdString());
        QVERIFY(d != nullptr);
        RunSession session;
        QuizSession quiz(session);
        session.start(*d, d->defaults());
        quiz.setEnabled(true);
        QSignalSpy asked(&quiz, &QuizSession::questionAsked);

        Engine whole(*d, d->defaults());
        whole.runToEnd();
        int expectedRight = 0;
        int questions = 0;
        while (quiz.stepForward()) {
            QVERIFY(quiz.waitingForAnswer());
            const ui::QuizQuestion q = *quiz.question();
            QCOMPARE(q.seq, static_cast<std::size_t>(questions));
            QCOMPARE(q.answer, whole.trace()[q.seq].kind);
            QVERIFY(q.choices.size() >= std::min<std::size_t>(QuizSession::kMinChoices, kKindCount));
            QVERIFY(q.choices.size() <= QuizSession::kMaxChoices);
            QVERIFY(std::is_sorted(q.choices.begin(), q.choices.end()));
            const auto answerAt = std::find(q.choices.begin(), q.choices.end(), q.answer);
            QVERIFY2(answerAt != q.choices.end(), "the answer is always a choice");

            // Blocked: stepping again neither moves the run nor asks anew.
            const std::size_t cursorBefore = session.cursor();
            QVERIFY(!quiz.stepForward());
            QCOMPARE(session.cursor(), cursorBefore);
            QCOMPARE(asked.count(), questions + 1);

            const bool answerRight = questions % 3 == 0;
            int choice = static_cast<int>(answerAt - q.choices.begin());
            if (!answerRight) choice = (choice + 1) % static_cast<int>(q.choices.size());
            if (answerRight) ++expectedRight;
            QVERIFY(quiz.answer(choice));
            QVERIFY(!quiz.waitingForAnswer());
            QCOMPARE(session.cursor(), q.seq);
            QCOMPARE(quiz.reveal()->right, answerRight);
            ++questions;
        }
        QCOMPARE(static_cast<std::size_t>(questions), whole.trace().size());
        QCOMPARE(quiz.asked(), questions);
        QCOMPARE(quiz.right(), expectedRight);
        QVERIFY(!quiz.answer(0)); // nothing waits
        session.reset();
        QCOMPARE(quiz.asked(), 0);
        QCOMPARE(quiz.right(), 0);
    }

    // The choices come from what follows what in this run, not from a list per demo.
    void choicesComeFromTheRun()
    {
        Trace trace;
        for (Kind k : {Kind::NextCalled, Kind::Resumed, Kind::Yielded, Kind::ValueReceived, Kind::NextCalled,
                       Kind::Resumed, Kind::Done})
            trace.append(0, Actor::Consumer, k, 0, 1);
        const auto run = ui::KindTransitions::of(trace);
        // After resumed: yielded or done, the two kinds that followed it; next_called fills up.
        QCOMPARE(QuizSession::choicesFor(run, Kind::Resumed, Kind::Done),
                 (std::vector<Kind>{Kind::NextCalled, Kind::Yielded, Kind::Done}));
        // The answer is offered even when the run never showed it there.
        const auto odd = QuizSession::choicesFor(run, Kind::Resumed, Kind::Error);
        QVERIFY(std::find(odd.begin(), odd.end(), Kind::Error) != odd.end());
    }

    // Leaving the question (stepping back, a new run) cancels it without scoring.
    void movingAwayCancelsTheQuestion()
    {
        RunSession session;
        QuizSession quiz(session);
        session.start(*findDemo("countdown"), findDemo("countdown")->defaults());
        quiz.setEnabled(true);
        QVERIFY(quiz.stepForward());
        QVERIFY(quiz.answer(0));
        QVERIFY(quiz.stepForward());
        QSignalSpy cancelled(&quiz, &QuizSession::questionCancelled);
        session.stepBack();
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(!quiz.waitingForAnswer());
        QCOMPARE(quiz.asked(), 1);
    }

    void windowAsksAndScores_data()
    {
        QTest::addColumn<int>("theme");
        QTest::addColumn<bool>("presentation");
        QTest::newRow("light") << static_cast<int>(MainWindow::ThemeMode::Light) << false;
        QTest::newRow("dark") << static_cast<int>(MainWindow::ThemeMode::Dark) << false;
        QTest::newRow("dark presentation") << static_cast<int>(MainWindow::ThemeMode::Dark) << true;
    }

    void windowAsksAndScores()
    {
        QFETCH(int, theme);
        QFETCH(bool, presentation);
        openWindow(static_cast<MainWindow::ThemeMode>(theme));
        MainWindow& w = *window_;
        if (presentation) QTest::keyClick(&w, Qt::Key_F11);
        ui::QuizPanel* panel = w.quizPanel();
        QVERIFY(panel->isHidden());
        QTest::keyClick(&w, Qt::Key_Q);
        QVERIFY(w.quiz().enabled());
        QVERIFY(panel->isVisible());

        // → asks instead of stepping.
        QTest::keyClick(&w, Qt::Key_Right);
        QVERIFY(w.quiz().waitingForAnswer());
        QVERIFY(!w.session().hasCursor());
        QVERIFY(panel->promptText().contains("What happens next"));
        if (w.quiz().question()->after) verifyNamesKind(panel->promptText(), *w.quiz().question()->after);
        const std::vector<QPushButton*> buttons = panel->choiceButtons();
        QCOMPARE(buttons.size(), w.quiz().question()->choices.size());
        shoot(w, QStringLiteral("quiz-question-%1").arg(QTest::currentDataTag()).replace(' ', '-'));
        // Play does not run past the question either.
        QTest::keyClick(&w, Qt::Key_Space);
        QVERIFY(!w.session().hasCursor());

        // The right answer by its number key.
        const auto& q = *w.quiz().question();
        const auto right = std::find(q.choices.begin(), q.choices.end(), q.answer) - q.choices.begin();
        const ys::Kind answer = q.answer; // the question is gone once answered
        QTest::keyClick(&w, static_cast<Qt::Key>(Qt::Key_1 + right));
        QCOMPARE(w.session().cursor(), std::size_t{0});
        QCOMPARE(panel->scoreText(), QString("Score: 1 / 1"));
        QVERIFY(panel->promptText().contains("Right"));
        verifyNamesKind(panel->promptText(), answer);

        // A wrong answer by a click: shown kindly, and counted.
        QTest::keyClick(&w, Qt::Key_Right);
        const auto& q2 = *w.quiz().question();
        const auto answer2 = std::find(q2.choices.begin(), q2.choices.end(), q2.answer) - q2.choices.begin();
        const auto wrong = (answer2 + 1) % static_cast<long>(q2.choices.size());
        const ys::Kind rightKind = q2.answer;
        const ys::Kind chosenKind = q2.choices.at(static_cast<std::size_t>(wrong));
        QTest::mouseClick(panel->choiceButtons().at(static_cast<std::size_t>(wrong)), Qt::LeftButton);
        QCOMPARE(w.session().cursor(), std::size_t{1});
        QCOMPARE(panel->scoreText(), QString("Score: 1 / 2"));
        QVERIFY(panel->promptText().contains("Not quite"));
        verifyNamesKind(panel->promptText(), rightKind);
        verifyNamesKind(panel->promptText(), chosenKind);
        shoot(w, QStringLiteral("quiz-answer-%1").arg(QTest::currentDataTag()).replace(' ', '-'));

        // R resets the run and the score.
        QTest::keyClick(&w, Qt::Key_R);
        QCOMPARE(panel->scoreText(), QString("Score: –"));
        QTest::keyClick(&w, Qt::Key_Q);
        QVERIFY(!w.quiz().enabled());
        QTest::keyClick(&w, Qt::Key_Right);
        QCOMPARE(w.session().cursor(), std::size_t{0}); // stepping as before
    }
};

QTEST_MAIN(TestQuiz)
#include "tst_ui_quiz.moc"
