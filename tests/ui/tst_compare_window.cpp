// SPDX-License-Identifier: MIT
// The compare view: two runs on one shared time axis, stepped together. Also renders every
// ready pair at its end to a PNG (build dir, screenshots/) to look at. The session alone (no
// window) is tst_compare_session.
#include "core/demos/compare_pairs.hpp"
#include "core/demos/demo.hpp"
#include "core/demos/engine.hpp"
#include "tests/ui/layout_checks.hpp"
#include "ui/compare/compare_window.hpp"
#include "ui/panels/param_editor.hpp"
#include "ui/timeline/shared_axis.hpp"
#include "ui/timeline/timeline_view.hpp"
#include "ui/window/language.hpp"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <memory>

using namespace ys;
using ys::comparePairs;
using ys::ui::CompareSession;
using ys::ui::CompareWindow;

namespace {

constexpr std::size_t kNone = CompareSession::kNoCursor;

std::unique_ptr<Engine> runOf(const char* demo, const std::vector<std::string>& settings = {})
{
    const Demo* d = findDemo(demo);
    Params p = d->defaults();
    for (const std::string& s : settings)
        p.assign(s);
    auto engine = std::make_unique<Engine>(*d, p);
    engine->runToEnd();
    return engine;
}

} // namespace

class TestCompareWindow : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<CompareWindow> window_;
    CompareWindow& w() { return *window_; }
    CompareSession& s() { return window_->session(); }

    void addPairRows()
    {
        QTest::addColumn<int>("pair");
        for (std::size_t i = 0; i < comparePairs().size(); ++i)
            QTest::newRow(comparePairs()[i].id.c_str()) << static_cast<int>(i);
    }

private slots:
    void init()
    {
        window_ = std::make_unique<CompareWindow>();
        window_->setTheme(ui::Theme::light());
        window_->resize(1920, 1080);
        window_->show();
        QApplication::setActiveWindow(window_.get());
        QVERIFY(QTest::qWaitForWindowActive(window_.get()));
        for (int side : {CompareWindow::kSideA, CompareWindow::kSideB})
            w().timeline(side)->setAnimated(false);
    }
    void cleanup() { window_.reset(); }

    // The shared axis alone: one run gives the layout's own axis; two runs share instants.
    void sharedAxisOfOneRunIsTheLayoutsAxis()
    {
        auto engine = runOf("countdown");
        ui::TimelineLayout own;
        own.setTrace(&engine->trace());
        ui::SharedAxis axis;
        axis.build({&engine->trace()});
        for (std::size_t seq = 0; seq < engine->trace().size(); ++seq)
            QCOMPARE(axis.u(0, seq), own.u(seq));
        for (double ms : {0.0, 250.0, 500.0, 1234.0, 1e5})
            QCOMPARE(axis.uOfTime(ms), own.uOfTime(ms, own.size()));
    }
    void sharedAxisEqualTimesEqualU()
    {
        auto a = runOf("pagination");
        auto b = runOf("pagination", {"breakAfter=4"});
        ui::SharedAxis axis;
        axis.build({&a->trace(), &b->trace()});
        const Trace& ta = a->trace();
        const Trace& tb = b->trace();
        for (std::size_t i = 0; i < ta.size(); ++i) {
            if (i > 0) QVERIFY(axis.u(0, i) > axis.u(0, i - 1));
            // The first event of each instant starts it in both runs.
            if (i == 0 || ta[i - 1].t != ta[i].t) {
                for (std::size_t j = 0; j < tb.size(); ++j) {
                    if (tb[j].t == ta[i].t && (j == 0 || tb[j - 1].t != tb[j].t))
                        QCOMPARE(axis.u(1, j), axis.u(0, i));
                }
            }
            QCOMPARE(axis.timeAtU(axis.u(0, i)), static_cast<double>(ta[i].t));
        }
    }

    void pairsLoadTheirDemos_data() { addPairRows(); }
    void pairsLoadTheirDemos()
    {
        QFETCH(int, pair);
        s().choosePair(pair);
        const ComparePair& p = comparePairs()[static_cast<std::size_t>(pair)];
        QCOMPARE(s().pairIndex(), pair);
        QCOMPARE(w().pairChooser()->currentIndex(), pair);
        for (int side : {CompareWindow::kSideA, CompareWindow::kSideB}) {
            const ComparePair::Side& ps = p.sides[static_cast<std::size_t>(side)];
            QCOMPARE(QString::fromStdString(s().demo(side)->name), QString::fromStdString(ps.demo));
            const Params expected = ps.params(*s().demo(side));
            QVERIFY(s().params(side) == expected);
            QVERIFY(w().paramEditor(side)->params() == expected);
            QCOMPARE(w().label(side), QString::fromStdString(ps.label));
            QCOMPARE(s().cursor(side), kNone);
            QVERIFY(s().trace(side)->size() > 0);
        }
        // What differs is really different.
        QVERIFY(!(s().params(0) == s().params(1)) || s().demo(0) != s().demo(1));
    }

    void sharedAxisInViews_data() { addPairRows(); }
    void sharedAxisInViews()
    {
        QFETCH(int, pair);
        s().choosePair(pair);
        s().jumpToEnd();
        QApplication::processEvents();
        ui::TimelineView* va = w().timeline(0);
        ui::TimelineView* vb = w().timeline(1);
        QCOMPARE(va->viewport().zoom(), vb->viewport().zoom());
        QCOMPARE(va->viewport().offset(), vb->viewport().offset());
        QCOMPARE(va->viewport().plotRect().left(), vb->viewport().plotRect().left());
        // The time under every x is the same in both views.
        for (double x = va->viewport().plotRect().left(); x < va->viewport().plotRect().right(); x += 97) {
            QCOMPARE(va->viewport().timeAtX(va->layout(), x, va->layout().size()),
                     vb->viewport().timeAtX(vb->layout(), x, vb->layout().size()));
        }
        // The first event of an instant lies at the same x in both runs.
        const Trace& ta = *s().trace(0);
        const Trace& tb = *s().trace(1);
        int shared = 0;
        for (std::size_t i = 0; i < ta.size(); ++i) {
            if (i > 0 && ta[i - 1].t == ta[i].t) continue;
            for (std::size_t j = 0; j < tb.size(); ++j) {
                if (tb[j].t != ta[i].t || (j > 0 && tb[j - 1].t == tb[j].t)) continue;
                QCOMPARE(va->eventCenter(i).x(), vb->eventCenter(j).x());
                ++shared;
            }
        }
        QVERIFY(shared > 0);
        // Zoom and pan in one view carry over to the other.
        va->zoomIn();
        QCOMPARE(vb->viewport().zoom(), va->viewport().zoom());
        QTest::mouseDClick(vb, Qt::LeftButton, Qt::NoModifier, QPoint(vb->width() - 5, vb->height() - 5));
        QCOMPARE(va->viewport().offset(), vb->viewport().offset());
    }

    void steppingKeepsTimeOrder_data() { addPairRows(); }
    void steppingKeepsTimeOrder()
    {
        QFETCH(int, pair);
        s().choosePair(pair);
        std::int64_t last = 0;
        std::vector<std::pair<std::size_t, std::size_t>> states{{kNone, kNone}};
        while (s().stepForward()) {
            const std::size_t a = s().cursor(0);
            const std::size_t b = s().cursor(1);
            // Exactly one side moved, by one event.
            const auto [pa, pb] = states.back();
            QVERIFY((a != pa) != (b != pb));
            // Every shown event is at or before every hidden one.
            std::int64_t shownMax = 0;
            std::int64_t hiddenMin = INT64_MAX;
            for (int side : {0, 1}) {
                const Trace& t = *s().trace(side);
                const std::size_t c = s().cursor(side);
                if (c != kNone) shownMax = std::max(shownMax, t[c].t);
                const std::size_t next = c == kNone ? 0 : c + 1;
                if (next < t.size()) hiddenMin = std::min(hiddenMin, t[next].t);
            }
            QVERIFY(shownMax <= hiddenMin);
            QVERIFY(s().now() >= last);
            last = s().now();
            states.emplace_back(a, b);
            QVERIFY(states.size() < 100000);
        }
        QVERIFY(s().atEnd());
        QCOMPARE(states.size(), s().trace(0)->size() + s().trace(1)->size() + 1);
        // Step back walks the same states in reverse.
        states.pop_back();
        while (s().stepBack()) {
            QCOMPARE(std::make_pair(s().cursor(0), s().cursor(1)), states.back());
            states.pop_back();
        }
        QVERIFY(states.empty());
        QVERIFY(s().atStart());
    }

    void keysDriveBothRuns()
    {
        s().choosePair(2);
        w().timeline(0)->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QCOMPARE(s().cursor(0), std::size_t{0});
        // Both runs start in the same instant: all of A's events there come first, then B's.
        while (s().cursor(1) == kNone)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        const std::size_t a = s().cursor(0);
        QCOMPARE(s().cursor(1), std::size_t{0});
        QVERIFY((*s().trace(0))[a + 1].t > (*s().trace(1))[0].t);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
        QCOMPARE(s().cursor(1), kNone);
        QCOMPARE(s().cursor(0), a);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
        QVERIFY(s().atEnd());
        QVERIFY(w().statusText(0).contains("ended"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home);
        QVERIFY(s().atStart());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QVERIFY(s().player().playing());
        QTRY_VERIFY_WITH_TIMEOUT(s().cursor(1) != kNone, 3000);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QVERIFY(!s().player().playing());
    }

    void clickJumpsInStepOrder()
    {
        s().choosePair(0);
        const Trace& tb = *s().trace(1);
        const std::size_t seq = tb.size() / 2;
        s().jumpTo(1, seq);
        QCOMPARE(s().cursor(1), seq);
        // Stepping from here is as if we had stepped all along.
        const std::size_t a = s().cursor(0);
        const Trace& ta = *s().trace(0);
        if (a != kNone) QVERIFY(ta[a].t <= tb[seq].t);
        if (a + 1 < ta.size()) QVERIFY(ta[a == kNone ? 0 : a + 1].t > tb[seq].t);
    }

    // The chooser lists the ready pairs from their data, and choosing one loads it.
    void pairChooserListsThePairs()
    {
        QComboBox* chooser = w().pairChooser();
        QCOMPARE(chooser->count(), static_cast<int>(comparePairs().size()));
        for (int i = 0; i < chooser->count(); ++i) {
            const ComparePair& p = comparePairs()[static_cast<std::size_t>(i)];
            QCOMPARE(chooser->itemText(i), QString::fromStdString(p.title));
            QCOMPARE(chooser->itemData(i).toString(), QString::fromStdString(p.id));
        }
        chooser->setFocus();
        QTest::keyClick(chooser, Qt::Key_Down);
        QCOMPARE(s().pairIndex(), 1);
        QCOMPARE(w().label(0), QString::fromStdString(comparePairs()[1].sides[0].label));
        QCOMPARE(w().findChild<QLabel*>("compareQuestion")->text(),
                 QString::fromStdString(comparePairs()[1].question));
    }

    // The speed chooser sets the one clock of both runs; [ and ] move it.
    void speedChooserSetsTheSharedClock()
    {
        QComboBox* chooser = w().speedChooser();
        QVERIFY(chooser != nullptr);
        QCOMPARE(chooser->objectName(), QStringLiteral("speedChooser"));
        QCOMPARE(chooser->currentText(), QStringLiteral("1×"));
        QCOMPARE(s().player().speed(), 1.0);
        chooser->setCurrentIndex(chooser->findData(2.0));
        QCOMPARE(s().player().speed(), 2.0);
        w().timeline(0)->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_BracketRight);
        QCOMPARE(s().player().speed(), 4.0);
        QCOMPARE(chooser->currentText(), QStringLiteral("4×"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_BracketLeft);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_BracketLeft);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_BracketLeft);
        QCOMPARE(s().player().speed(), 0.5);
        QCOMPARE(chooser->currentText(), QStringLiteral("½×"));
    }

    void editingASideMakesAnOwnPair()
    {
        s().choosePair(2);
        const Demo* d = findDemo("pagination");
        Params p = d->defaults();
        p.assign("latency=900");
        s().setRun(1, *d, p);
        QCOMPARE(s().pairIndex(), -1);
        QVERIFY(w().label(1).contains("latency = 900"));
        QVERIFY(s().params(1) == p);
        QCOMPARE(s().axis().runCount(), std::size_t{2});
    }

    // On a class's projector (1280x720, an old 1024x768), in both languages and with every ready
    // pair at its end: the window no taller or wider than the screen, every text whole, and
    // nothing of the toolbar folded away behind its » button.
    void fitsTheScreensAClassUses_data()
    {
        QTest::addColumn<int>("pair");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("russian");
        for (std::size_t i = 0; i < comparePairs().size(); ++i) {
            for (const QSize size : {QSize(1280, 720), QSize(1024, 768)}) {
                for (const bool russian : {false, true}) {
                    QTest::addRow("%s %dx%d %s", comparePairs()[i].id.c_str(), size.width(), size.height(),
                                  russian ? "ru" : "en")
                        << static_cast<int>(i) << size << russian;
                }
            }
        }
    }
    void fitsTheScreensAClassUses()
    {
        QFETCH(int, pair);
        QFETCH(QSize, size);
        QFETCH(bool, russian);
        ui::installLanguage(russian ? ui::Language::Russian : ui::Language::English);
        s().choosePair(pair);
        while (s().stepForward()) {
        }
        w().resize(size);
        QApplication::processEvents();
        QApplication::processEvents();
        const QSize shown = w().size();
        const QStringList cut = ys::test::cutTexts(w());
        const bool toolbarFolded = ys::test::toolbarFolded(w());
        const QStringList outOfParent = ys::test::fieldsOutOfTheirParent(w());
        // Both timelines at one scale (their zooms follow each other), no smaller than the
        // window allows, with every lane at least as tall as it reads at that scale.
        const qreal scaleA = w().timeline(CompareWindow::kSideA)->scale();
        const qreal scaleB = w().timeline(CompareWindow::kSideB)->scale();
        QStringList shortLanes;
        for (int side : {CompareWindow::kSideA, CompareWindow::kSideB}) {
            const ui::TimelineView* view = w().timeline(side);
            for (std::size_t a = 0; a < kActorCount; ++a) {
                const auto actor = static_cast<Actor>(a);
                const double height = view->viewport().lanes().lane(actor).height;
                if (height < view->legibleLaneHeight(actor) - 0.5)
                    shortLanes << QStringLiteral("side %1, lane %2: %3 px of %4")
                                      .arg(side)
                                      .arg(a)
                                      .arg(height)
                                      .arg(view->legibleLaneHeight(actor));
            }
        }
        const QString dir = QStringLiteral(YS_SCREENSHOT_DIR);
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(w().grab().save(
            dir + QStringLiteral("/compare-%1-%2x%3-%4.png")
                      .arg(QString::fromStdString(comparePairs()[static_cast<std::size_t>(pair)].id))
                      .arg(size.width())
                      .arg(size.height())
                      .arg(russian ? "ru" : "en")));
        ui::installLanguage(ui::Language::English);
        QVERIFY2(shown.width() <= size.width() && shown.height() <= size.height(),
                 qPrintable(QStringLiteral("%1x%2 on a screen of %3x%4")
                                .arg(shown.width())
                                .arg(shown.height())
                                .arg(size.width())
                                .arg(size.height())));
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join('\n')));
        QVERIFY2(!toolbarFolded, "part of the toolbar is folded behind its » button");
        QVERIFY2(outOfParent.isEmpty(), qPrintable(outOfParent.join('\n')));
        QCOMPARE(scaleA, scaleB);
        QVERIFY2(shortLanes.isEmpty(), qPrintable(shortLanes.join('\n')));
        // A little smaller on these short screens (at 1920x1080 never: screenshots()), never
        // so small that the marks' words stop reading.
        QVERIFY2(scaleA >= 0.85 && scaleA <= 1.0, qPrintable(QString::number(scaleA)));
    }

    void screenshots_data() { addPairRows(); }
    void screenshots()
    {
        QFETCH(int, pair);
        s().choosePair(pair);
        // Step to the end, as a class would.
        while (s().stepForward()) {
        }
        w().fitBoth();
        QApplication::processEvents();
        const QString dir = QStringLiteral(YS_SCREENSHOT_DIR);
        QVERIFY(QDir().mkpath(dir));
        const QPixmap shot = w().grab();
        QCOMPARE(shot.size(), QSize(1920, 1080));
        QCOMPARE(w().timeline(CompareWindow::kSideA)->scale(), 1.0);
        QCOMPARE(w().timeline(CompareWindow::kSideB)->scale(), 1.0);
        QVERIFY(shot.save(dir + "/compare-" +
                          QString::fromStdString(comparePairs()[static_cast<std::size_t>(pair)].id) +
                          ".png"));
    }
};

QTEST_MAIN(TestCompareWindow)
#include "tst_compare_window.moc"
