// SPDX-License-Identifier: MIT
// Two generators read at once by two `for await` loops, run by the embedded engine, saved and
// opened in the window at 1280x720 and 1920x1080: each generator and each loop gets a lane of
// its own, titled with its name, no lane shorter than it reads, no two of the timeline's texts
// over each other or outside their lane, and the tooltip and the narration's badge name the
// instance (in English and in Russian). The renders are
// written to look at (YS_SCREENSHOT_DIR/instances-WxH.png).
#include "core/io/trace_file.hpp"
#include "core/script/script_engine.hpp"
#include "ui/panels/narration_banner.hpp"
#include "ui/session/run_session.hpp"
#include "ui/timeline/text_placement.hpp"
#include "ui/timeline/timeline_renderer.hpp"
#include "ui/timeline/timeline_view.hpp"
#include "ui/window/language.hpp"
#include "ui/window/main_window.hpp"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace ys;
using ys::ui::MainWindow;
using ys::ui::PlacedText;

namespace {

// Two async generators, each read by a `for await` loop of its own, both loops at once.
constexpr const char* kProgram = R"(const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function* numbers() {
  for (let i = 1; i <= 3; i++) {
    await sleep(300);
    yield i;
  }
}

async function* letters() {
  for (const c of "ab") {
    await sleep(450);
    yield c;
  }
}

(async () => {
  const a = (async () => {
    for await (const n of numbers()) console.log("number", n);
  })();
  const b = (async () => {
    for await (const c of letters()) console.log("letter", c);
  })();
  await Promise.all([a, b]);
  console.log("both done");
})();
)";

struct Recorder : ys::ui::TextRecorder {
    std::vector<PlacedText> texts;
    void placed(const PlacedText& text) override { texts.push_back(text); }
};

bool overlap(const QRectF& a, const QRectF& b)
{
    constexpr double slack = 0.5;
    return a.left() < b.right() - slack && b.left() < a.right() - slack && a.top() < b.bottom() - slack &&
           b.top() < a.bottom() - slack;
}

bool inside(const QRectF& r, const QRectF& region)
{
    constexpr double slack = 0.5;
    return r.left() >= region.left() - slack && r.right() <= region.right() + slack &&
           r.top() >= region.top() - slack && r.bottom() <= region.bottom() + slack;
}

} // namespace

class TestInstanceRender : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString path_;

private slots:
    void initTestCase()
    {
        TraceFile file;
        file.program = kProgram;
        const script::Result r = script::runScript(file.program, file.trace);
        QVERIFY(r.outcome == script::Outcome::Finished);
        path_ = dir_.filePath(QStringLiteral("two-generators.yieldscope"));
        std::ofstream out(path_.toStdString(), std::ios::binary);
        out << traceFileText(file);
        QVERIFY(out.good());
    }

    void render_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x720") << QSize(1280, 720);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }
    void render()
    {
        QFETCH(QSize, size);
        MainWindow w;
        w.setAttribute(Qt::WA_DontShowOnScreen);
        w.timeline()->setAnimated(false);
        Recorder recorder;
        w.timeline()->setTextRecorder(&recorder);
        w.resize(size);
        w.show();
        QVERIFY(w.openTraceFile(path_));
        QTRY_VERIFY(w.session().trace() != nullptr && w.session().trace()->size() > 20);
        ui::RunSession& session = w.session();
        session.jumpTo(session.trace()->size() * 2 / 3);
        QApplication::processEvents();
        recorder.texts.clear();
        const QImage image = w.grab().toImage();
        const ui::TimelineView& timeline = *w.timeline();
        const ui::LaneGeometry& g = timeline.viewport().lanes();
        for (const Actor actor : {Actor::Consumer, Actor::Producer}) {
            const auto& lanes = g.instanceLanes[static_cast<std::size_t>(actor)];
            QCOMPARE(lanes.size(), std::size_t{2});
            for (const ui::LaneBox& lane : lanes)
                QVERIFY2(lane.height >= timeline.legibleOneLaneHeight(actor) - 0.5,
                         qPrintable(QString::number(lane.height)));
        }
        const QString shots = QStringLiteral(YS_SCREENSHOT_DIR);
        QVERIFY(QDir().mkpath(shots));
        QVERIFY(image.save(QDir(shots).filePath(
            QStringLiteral("instances-%1x%2.png").arg(size.width()).arg(size.height()))));
        QStringList seen;
        for (std::size_t i = 0; i < recorder.texts.size(); ++i) {
            const PlacedText& t = recorder.texts[i];
            seen << t.text;
            QVERIFY2(inside(t.rect, t.region), qPrintable(t.text));
            for (std::size_t j = i + 1; j < recorder.texts.size(); ++j)
                QVERIFY2(!overlap(t.rect, recorder.texts[j].rect),
                         qPrintable(t.text + " / " + recorder.texts[j].text));
        }
        for (const char* title : {"numbers()", "letters()", "for await"})
            QVERIFY2(seen.contains(QString::fromLatin1(title)), qPrintable(seen.join(QStringLiteral(" | "))));
        // The tooltip of a loop's event names its loop.
        const Trace& trace = *session.trace();
        std::size_t loopEvent = 0;
        while (trace[loopEvent].actor != Actor::Consumer)
            ++loopEvent;
        QVERIFY(ui::TimelineRenderer::describeEvent(trace, loopEvent)
                    .contains(QStringLiteral("for await (line 19)")));
    }

    void badgeNamesTheInstance_data()
    {
        QTest::addColumn<bool>("russian");
        QTest::addColumn<QString>("generator");
        QTest::addColumn<QString>("loop");
        QTest::newRow("English") << false << QStringLiteral("numbers() (line 3) · ")
                                 << QStringLiteral("for await (line 22) · ");
        QTest::newRow("Russian") << true << QStringLiteral("numbers() (строка 3) · ")
                                 << QStringLiteral("for await (строка 22) · ");
    }
    void badgeNamesTheInstance()
    {
        // The chip before the sentence says which generator yielded and which loop received,
        // as their lanes are titled, and not the role that every lane of the actor shares.
        QFETCH(bool, russian);
        QFETCH(QString, generator);
        QFETCH(QString, loop);
        ui::installLanguage(russian ? ui::Language::Russian : ui::Language::English);
        MainWindow w;
        w.setAttribute(Qt::WA_DontShowOnScreen);
        w.resize(1280, 720);
        w.show();
        QVERIFY(w.openTraceFile(path_));
        QTRY_VERIFY(w.session().trace() != nullptr && w.session().trace()->size() > 20);
        const Trace& trace = *w.session().trace();
        auto first = [&trace](Actor actor, Kind kind, const char* name) {
            std::size_t seq = 0;
            while (seq < trace.size() && !(trace[seq].actor == actor && trace[seq].kind == kind &&
                                           trace.instanceNames()[trace.instance(seq)].rfind(name, 0) == 0))
                ++seq;
            return seq;
        };
        const std::size_t yielded = first(Actor::Producer, Kind::Yielded, "numbers");
        const std::size_t received = first(Actor::Consumer, Kind::ValueReceived, "for await, line 22");
        QVERIFY(yielded < trace.size() && received < trace.size());
        w.session().jumpTo(yielded);
        QApplication::processEvents();
        QVERIFY2(w.narration()->badge().startsWith(generator), qPrintable(w.narration()->badge()));
        w.session().jumpTo(received);
        QApplication::processEvents();
        QVERIFY2(w.narration()->badge().startsWith(loop), qPrintable(w.narration()->badge()));
        ui::installLanguage(ui::Language::English);
    }
};

QTEST_MAIN(TestInstanceRender)
#include "tst_instance_render.moc"
