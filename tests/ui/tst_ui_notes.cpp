// SPDX-License-Identifier: MIT
// Notes on events: pinned, edited and removed through the window (the key and the timeline's
// right-click menu), drawn on the timeline, told in the narration, kept by File > Save and
// File > Open, and present in the SVG export.
#include "core/io/trace_file.hpp"
#include "ui/notes/note_controller.hpp"
#include "ui/session/run_session.hpp"
#include "ui/timeline/timeline_view.hpp"
#include "ui/window/main_window.hpp"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QFile>
#include <QInputDialog>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace ys;
using ys::ui::MainWindow;

namespace {

// Types `text` into the next note dialog and accepts it (or cancels when text is null).
void answerNextDialog(QObject* owner, const QString& text)
{
    auto* timer = new QTimer(owner);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, text] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        if (dialog == nullptr) return;
        if (text.isNull()) {
            dialog->reject();
        } else {
            dialog->setTextValue(text);
            dialog->accept();
        }
        timer->deleteLater();
    });
    timer->start();
}

} // namespace

class TestNotes : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> window_;
    MainWindow& w() { return *window_; }

    QObject dialogAnswers_; // pending answers to dialogs; a test's leftovers go with it

    // The window has the keyboard again (after a dialog).
    void activate()
    {
        QApplication::setActiveWindow(window_.get());
        QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    }

    void answerNextDialog(const QString& text) { ::answerNextDialog(&dialogAnswers_, text); }

    void stepTo(std::size_t seq)
    {
        while (!w().session().hasCursor() || w().session().cursor() < seq)
            QTest::keyClick(window_.get(), Qt::Key_Right);
    }

private slots:
    void init()
    {
        window_ = std::make_unique<MainWindow>();
        window_->setThemeMode(MainWindow::ThemeMode::Light);
        window_->resize(1600, 900);
        window_->timeline()->setAnimated(false);
        window_->show();
        QApplication::setActiveWindow(window_.get());
        QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    }

    void cleanup()
    {
        qDeleteAll(dialogAnswers_.children());
        window_.reset();
    }

    void pinEditRemoveWithKeys()
    {
        stepTo(4);
        answerNextDialog("the first timer starts");
        QTest::keyClick(window_.get(), Qt::Key_N);
        QCOMPARE(w().session().notes(), (std::vector<Note>{{4, "the first timer starts"}}));
        QVERIFY(w().narrationText().contains("the first timer starts"));
        window_->timeline()->grab();
        QVERIFY(window_->timeline()->noteRect(4).has_value());

        activate();
        answerNextDialog("edited");
        QTest::keyClick(window_.get(), Qt::Key_N);
        QCOMPARE(w().session().notes(), (std::vector<Note>{{4, "edited"}}));

        activate();
        answerNextDialog(QString()); // cancelled: nothing changes
        QTest::keyClick(window_.get(), Qt::Key_N);
        QCOMPARE(w().session().notes().size(), std::size_t{1});

        activate();
        QTest::keyClick(window_.get(), Qt::Key_N, Qt::ShiftModifier);
        QVERIFY(w().session().notes().empty());
        QVERIFY(!w().narrationText().contains("edited"));
        window_->timeline()->grab();
        QVERIFY(!window_->timeline()->noteRect(4).has_value());
    }

    void rightClickMenuPinsAndRemoves()
    {
        stepTo(6);
        ui::TimelineView* timeline = w().timeline();
        QSignalSpy requested(timeline, &ui::TimelineView::contextMenuRequested);
        // An event in view (the earliest ones have scrolled under the lane names, following
        // the cursor).
        QContextMenuEvent click(QContextMenuEvent::Mouse, timeline->eventCenter(4),
                                timeline->mapToGlobal(timeline->eventCenter(4)));
        QApplication::sendEvent(timeline, &click);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toLongLong(), 4);
        auto* popup = timeline->findChild<QMenu*>("noteMenu");
        QVERIFY(popup != nullptr);
        popup->close();

        std::unique_ptr<QMenu> menu(w().notes()->menuFor(2, nullptr));
        QCOMPARE(menu->actions().size(), 1);
        QCOMPARE(menu->actions().at(0)->text(), QString("Pin a note…"));
        answerNextDialog("  a   note  ");
        menu->actions().at(0)->trigger();
        QCOMPARE(w().session().notes(), (std::vector<Note>{{2, "a note"}}));

        menu.reset(w().notes()->menuFor(2, nullptr));
        QCOMPARE(menu->actions().size(), 2);
        menu->actions().at(1)->trigger(); // Remove the note
        QVERIFY(w().session().notes().empty());
    }

    // The note is drawn: pixels differ where it stands, and nowhere near the lanes' marks.
    void noteIsDrawn()
    {
        stepTo(8);
        const QImage before = w().timeline()->grab().toImage();
        QVERIFY(w().session().setNote(5, "look here"));
        const QImage after = w().timeline()->grab().toImage();
        const auto rect = w().timeline()->noteRect(5);
        QVERIFY(rect.has_value());
        const QRect r = rect->toAlignedRect().intersected(after.rect());
        QVERIFY(!r.isEmpty());
        QVERIFY(before.copy(r) != after.copy(r));
        QVERIFY2(rect->bottom() < w().timeline()->eventCenter(5).y(), "the note stands above its event");
        // To look at, in both themes.
        QVERIFY(w().session().setNote(7, "a second note, right after the first"));
        w().grab().save(QStringLiteral(YS_SCREENSHOT_DIR "/notes-light.png"));
        w().setThemeMode(MainWindow::ThemeMode::Dark);
        w().grab().save(QStringLiteral(YS_SCREENSHOT_DIR "/notes-dark.png"));
    }

    void saveAndOpenKeepNotes()
    {
        stepTo(3);
        QVERIFY(w().session().setNote(1, "resumes here"));
        QVERIFY(w().session().setNote(3, "waits 500 ms"));
        QTemporaryDir dir;
        const QString path = dir.filePath("run.jsonl");
        QVERIFY(w().saveTraceFile(path));
        const TraceFile saved = loadTraceFile(path.toStdString());
        QCOMPARE(saved.notes, w().session().notes());
        // open(save(trace)) keeps them, in a new window too.
        window_ = std::make_unique<MainWindow>();
        QVERIFY(w().session().notes().empty());
        QVERIFY(w().openTraceFile(path));
        QCOMPARE(w().session().notes(), (std::vector<Note>{{1, "resumes here"}, {3, "waits 500 ms"}}));
        QCOMPARE(w().timeline()->notes().size(), std::size_t{2});
        // A new run starts without them.
        w().selectDemo("range");
        QVERIFY(w().session().notes().empty());
        QVERIFY(w().timeline()->notes().empty());
    }

    void svgExportHasTheNote()
    {
        stepTo(6);
        QVERIFY(w().session().setNote(4, "timer & <fetch>"));
        QTemporaryDir dir;
        const QString path = dir.filePath("timeline.svg");
        QVERIFY(w().exportTimelineSvg(path));
        QFile svg(path);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray text = svg.readAll();
        QVERIFY2(text.contains("timer &amp; &lt;fetch&gt;"), "the note's text, escaped, is in the SVG");
    }
};

QTEST_MAIN(TestNotes)
#include "tst_ui_notes.moc"
