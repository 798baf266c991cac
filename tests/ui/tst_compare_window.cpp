// SPDX-License-Identifier: MIT
// The compare view: two runs on one shared time axis, stepped together. Also renders every
// ready pair at its end to a PNG (build dir, screenshots/) to look at.
#include "compare_window.hpp"
#include "demo.hpp"
#include "engine.hpp"
#include "param_editor.hpp"
#include "shared_axis.hpp"
#include "timeline/timeline_view.hpp"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QTest>

#include <memory>

using namespace ys;
using ys::ui::comparePairs;
using ys::ui::CompareWindow;

namespace {

constexpr std::size_t kNone = CompareWindow::kNoCursor;

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

    void addPairRows()
    {
        QTest::addColumn<int>("pair");
        for (std::size_t i = 0; i < comparePairs().size(); ++i)
            QTest::newRow(qPrintable(comparePairs()[i].id)) << static_cast<int>(i);
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
        w().choosePair(pair);
        const ui::ComparePair& p = comparePairs()[static_cast<std::size_t>(pair)];
        QCOMPARE(w().pairIndex(), pair);
        QCOMPARE(w().pairChooser()->currentIndex(), pair);
        for (int side : {CompareWindow::kSideA, CompareWindow::kSideB}) {
            const auto& s = p.sides[static_cast<std::size_t>(side)];
            QCOMPARE(QString::fromStdString(w().demo(side)->name), s.demo);
            Params expected = w().demo(side)->defaults();
            for (const QString& a : s.assignments)
                expected.assign(a.toStdString());
            QVERIFY(w().params(side) == expected);
            QVERIFY(w().paramEditor(side)->params() == expected);
            QCOMPARE(w().label(side), s.label);
            QCOMPARE(w().cursor(side), kNone);
            QVERIFY(w().trace(side)->size() > 0);
        }
        // What differs is really different.
        QVERIFY(!(w().params(0) == w().params(1)) || w().demo(0) != w().demo(1));
    }

    void sharedAxisInViews_data() { addPairRows(); }
    void sharedAxisInViews()
    {
        QFETCH(int, pair);
        w().choosePair(pair);
        w().jumpToEnd();
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
        const Trace& ta = *w().trace(0);
        const Trace& tb = *w().trace(1);
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
        w().choosePair(pair);
        std::int64_t last = 0;
        std::vector<std::pair<std::size_t, std::size_t>> states{{kNone, kNone}};
        while (w().stepForward()) {
            const std::size_t a = w().cursor(0);
            const std::size_t b = w().cursor(1);
            // Exactly one side moved, by one event.
            const auto [pa, pb] = states.back();
            QVERIFY((a != pa) != (b != pb));
            // Every shown event is at or before every hidden one.
            std::int64_t shownMax = 0;
            std::int64_t hiddenMin = INT64_MAX;
            for (int side : {0, 1}) {
                const Trace& t = *w().trace(side);
                const std::size_t c = w().cursor(side);
                if (c != kNone) shownMax = std::max(shownMax, t[c].t);
                const std::size_t next = c == kNone ? 0 : c + 1;
                if (next < t.size()) hiddenMin = std::min(hiddenMin, t[next].t);
            }
            QVERIFY(shownMax <= hiddenMin);
            QVERIFY(w().now() >= last);
            last = w().now();
            states.emplace_back(a, b);
            QVERIFY(states.size() < 100000);
        }
        QVERIFY(w().atEnd());
        QCOMPARE(states.size(), w().trace(0)->size() + w().trace(1)->size() + 1);
        // Step back walks the same states in reverse.
        states.pop_back();
        while (w().stepBack()) {
            QCOMPARE(std::make_pair(w().cursor(0), w().cursor(1)), states.back());
            states.pop_back();
        }
        QVERIFY(states.empty());
        QVERIFY(w().atStart());
    }

    void keysDriveBothRuns()
    {
        w().choosePair(2);
        w().timeline(0)->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QCOMPARE(w().cursor(0), std::size_t{0});
        // Both runs start in the same instant: all of A's events there come first, then B's.
        while (w().cursor(1) == kNone)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        const std::size_t a = w().cursor(0);
        QCOMPARE(w().cursor(1), std::size_t{0});
        QVERIFY((*w().trace(0))[a + 1].t > (*w().trace(1))[0].t);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
        QCOMPARE(w().cursor(1), kNone);
        QCOMPARE(w().cursor(0), a);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
        QVERIFY(w().atEnd());
        QVERIFY(w().statusText(0).contains("ended"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home);
        QVERIFY(w().atStart());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QVERIFY(w().playing());
        QTRY_VERIFY_WITH_TIMEOUT(w().cursor(1) != kNone, 3000);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QVERIFY(!w().playing());
    }

    void clickJumpsInStepOrder()
    {
        w().choosePair(0);
        const Trace& tb = *w().trace(1);
        const std::size_t seq = tb.size() / 2;
        w().jumpTo(1, seq);
        QCOMPARE(w().cursor(1), seq);
        // Stepping from here is as if we had stepped all along.
        const std::size_t a = w().cursor(0);
        const Trace& ta = *w().trace(0);
        if (a != kNone) QVERIFY(ta[a].t <= tb[seq].t);
        if (a + 1 < ta.size()) QVERIFY(ta[a == kNone ? 0 : a + 1].t > tb[seq].t);
    }

    void editingASideMakesAnOwnPair()
    {
        w().choosePair(2);
        const Demo* d = findDemo("pagination");
        Params p = d->defaults();
        p.assign("latency=900");
        w().setRun(1, *d, p);
        QCOMPARE(w().pairIndex(), -1);
        QVERIFY(w().label(1).contains("latency = 900"));
        QVERIFY(w().params(1) == p);
        QCOMPARE(w().axis().runCount(), std::size_t{2});
    }

    void screenshots_data() { addPairRows(); }
    void screenshots()
    {
        QFETCH(int, pair);
        w().choosePair(pair);
        // Step to the end, as a class would.
        while (w().stepForward()) {
        }
        w().fitBoth();
        QApplication::processEvents();
        const QString dir = QStringLiteral(YS_SCREENSHOT_DIR);
        QVERIFY(QDir().mkpath(dir));
        const QPixmap shot = w().grab();
        QCOMPARE(shot.size(), QSize(1920, 1080));
        QVERIFY(shot.save(dir + "/compare-" + comparePairs()[static_cast<std::size_t>(pair)].id + ".png"));
    }
};

QTEST_MAIN(TestCompareWindow)
#include "tst_compare_window.moc"
