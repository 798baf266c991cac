// SPDX-License-Identifier: MIT
// The layout audit: every demo, at the sizes classrooms and videos use, in the window and in
// presentation mode, with the cursor at the start, in the middle and at the end of the run.
// Every text the timeline paints is reported to a TextRecorder; the code panel and the
// narration banner are measured against their widgets. A case fails on two texts that
// overlap, a text outside its lane or panel, a code line wider than the code view, a scroll
// bar showing in presentation mode, or a lane shorter than its legible minimum.
//
// 3840x2160 at a device pixel ratio of 2 is the window laid out at 1920x1080 device-independent
// pixels and painted into an image of twice that with its pixel ratio set to 2, as a screen
// of that ratio paints it (the offscreen platform has one screen of ratio 1).
//
// Russian texts run 20-40% longer than English ones: the audit runs in Russian too, at the two
// smallest sizes (where room runs out first; the larger sizes in Russian would double its time).
//
// It prints the counts as a table (sizes x demos) and writes a contact sheet per size, every
// case one tile, to look at: <build>/layout-audit/contact-WxH.png (contact-WxH-ru.png).
#include "core/demos/demo.hpp"
#include "tests/ui/layout_checks.hpp"
#include "ui/panels/code_view.hpp"
#include "ui/panels/narration_banner.hpp"
#include "ui/session/run_session.hpp"
#include "ui/timeline/text_placement.hpp"
#include "ui/timeline/timeline_view.hpp"
#include "ui/window/language.hpp"
#include "ui/window/main_window.hpp"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>

#include <array>
#include <memory>

using namespace ys;
using ys::ui::MainWindow;

namespace {

struct Counts {
    int overlaps = 0;
    int outside = 0;
    int wideLines = 0;
    int scrollBars = 0;
    int shortLanes = 0;
    int total() const { return overlaps + outside + wideLines + scrollBars + shortLanes; }
    Counts& operator+=(const Counts& o)
    {
        overlaps += o.overlaps;
        outside += o.outside;
        wideLines += o.wideLines;
        scrollBars += o.scrollBars;
        shortLanes += o.shortLanes;
        return *this;
    }
};

struct SizeCase {
    const char* name;
    QSize logical;
    qreal dpr;
};

constexpr std::array kSizes{SizeCase{"1024x768", {1024, 768}, 1.0}, SizeCase{"1280x720", {1280, 720}, 1.0},
                            SizeCase{"1366x768", {1366, 768}, 1.0}, SizeCase{"1920x1080", {1920, 1080}, 1.0},
                            SizeCase{"3840x2160@2", {1920, 1080}, 2.0}};

} // namespace

class TestLayoutAudit : public QObject {
    Q_OBJECT

    QStringList demos_;
    QStringList table_;
    QStringList failures_;

    // The problems of what `w` shows now; `texts` are the timeline's texts of its last paint.
    Counts check(MainWindow& w, const std::vector<ys::ui::PlacedText>& texts, bool presenting,
                 const QString& where)
    {
        Counts c;
        auto note = [&](const QString& what) {
            if (failures_.size() < 60) failures_ << where + ": " + what;
        };
        const ys::test::TextProblems problems = ys::test::textProblems(texts);
        c.outside += static_cast<int>(problems.outside.size());
        for (const QString& p : problems.outside)
            note("outside its region: " + p);
        c.overlaps += static_cast<int>(problems.overlaps.size());
        for (const QString& p : problems.overlaps)
            note("overlap: " + p);
        // The code panel: whole lines, no line wider than the view.
        ys::ui::CodeView* code = w.codeView();
        if (code->isVisibleTo(&w)) {
            for (const ys::test::WideLine& wide : ys::test::wideLines(*code)) {
                ++c.wideLines;
                note(QStringLiteral("code line %1 is %2 px wide in a view of %3")
                         .arg(wide.line)
                         .arg(wide.width, 0, 'f', 0)
                         .arg(wide.room) +
                     QStringLiteral(" (font %1 pt, view %2, gutter %3)")
                         .arg(code->font().pointSizeF())
                         .arg(code->width())
                         .arg(code->gutterWidth()));
            }
        }
        // The narration: its sentence and badge whole within the banner.
        ys::ui::NarrationBanner* banner = w.narration();
        if (banner->isVisibleTo(&w)) {
            QLabel* sentence = banner->sentenceLabel();
            const QRect r = sentence->contentsRect();
            const int needed = sentence->heightForWidth(r.width());
            if (needed > r.height() + 1) {
                ++c.outside;
                note(QStringLiteral("narration needs %1 px, has %2").arg(needed).arg(r.height()));
            }
            for (QLabel* label : banner->findChildren<QLabel*>()) {
                if (label == sentence || !label->isVisibleTo(&w) || label->wordWrap()) continue;
                if (label->sizeHint().width() > label->width() + 1) {
                    ++c.outside;
                    note(QStringLiteral("narration label \"%1\" needs %2 px, has %3")
                             .arg(label->text().left(40))
                             .arg(label->sizeHint().width())
                             .arg(label->width()));
                }
            }
        }
        // The toolbar: every button in view (none folded behind its » button).
        if (ys::test::toolbarFolded(w)) {
            ++c.outside;
            note(QStringLiteral("toolbar items folded behind its » button"));
        }
        // Parameter boxes and choosers whole within their column.
        for (const QString& field : ys::test::fieldsOutOfTheirParent(w)) {
            ++c.outside;
            note(QStringLiteral("field sticks out of its parent: %1").arg(field));
        }
        // Scroll bars: none in presentation mode.
        if (presenting) {
            for (const QString& area : ys::test::scrollBarsShowing(w)) {
                ++c.scrollBars;
                note(QStringLiteral("scroll bar showing on %1").arg(area));
            }
        }
        // Lanes no shorter than they read.
        ys::ui::TimelineView* timeline = w.timeline();
        if (timeline->isVisibleTo(&w)) {
            for (std::size_t a = 0; a < kActorCount; ++a) {
                const auto actor = static_cast<Actor>(a);
                const double height = timeline->viewport().lanes().lane(actor).height;
                const double least = timeline->legibleLaneHeight(actor);
                if (height < least - 0.5) {
                    ++c.shortLanes;
                    note(QStringLiteral("lane %1 is %2 px, legible from %3 (timeline %4 px, least %5)")
                             .arg(a)
                             .arg(height, 0, 'f', 0)
                             .arg(least, 0, 'f', 0)
                             .arg(timeline->height())
                             .arg(timeline->minimumSizeHint().height()));
                }
                // A run of several generators or loops: each one's lane too.
                for (const ys::ui::LaneBox& lane : timeline->viewport().lanes().instanceLanes[a]) {
                    if (lane.height < timeline->legibleOneLaneHeight(actor) - 0.5) {
                        ++c.shortLanes;
                        note(QStringLiteral("a lane of actor %1's instances is %2 px")
                                 .arg(a)
                                 .arg(lane.height));
                    }
                }
            }
        }
        return c;
    }

private slots:
    void initTestCase()
    {
        for (const Demo* d : allDemos())
            demos_ << QString::fromStdString(d->name);
        QString header = QStringLiteral("%1").arg("size", -12);
        for (const QString& d : demos_)
            header += QStringLiteral(" %1").arg(d.left(9), 9);
        header += QStringLiteral(" %1").arg("total", 6);
        table_ << header;
    }

    void audit_data()
    {
        QTest::addColumn<int>("sizeIndex");
        QTest::addColumn<ys::ui::Language>("language");
        for (std::size_t i = 0; i < kSizes.size(); ++i)
            QTest::newRow(kSizes[i].name) << static_cast<int>(i) << ys::ui::Language::English;
        for (std::size_t i = 0; i < kSizes.size(); ++i) {
            const QString name = QString::fromLatin1(kSizes[i].name);
            if (name == QLatin1String("1024x768") || name == QLatin1String("1280x720"))
                QTest::newRow(qPrintable(name + QStringLiteral(" ru")))
                    << static_cast<int>(i) << ys::ui::Language::Russian;
        }
    }

    void cleanup() { ys::ui::installLanguage(ys::ui::Language::English); }

    void audit()
    {
        QFETCH(int, sizeIndex);
        QFETCH(ys::ui::Language, language);
        ys::ui::installLanguage(language);
        const bool russian = language == ys::ui::Language::Russian;
        const SizeCase sc = kSizes.at(static_cast<std::size_t>(sizeIndex));
        const QString caseName = QString::fromLatin1(sc.name) + (russian ? QStringLiteral(" ru") : QString());
        const QSize pixels = sc.logical * sc.dpr;
        // The contact sheet: one row per demo, one tile per mode and cursor.
        constexpr int kTileW = 640;
        const int tileH = kTileW * pixels.height() / pixels.width();
        constexpr int kColumns = 6;
        QImage sheet(kTileW * kColumns, tileH * static_cast<int>(demos_.size()), QImage::Format_RGB32);
        sheet.fill(Qt::white);
        QPainter sheetPainter(&sheet);

        std::vector<Counts> perDemo(static_cast<std::size_t>(demos_.size()));
        Counts all;
        for (int mode = 0; mode < 2; ++mode) {
            const bool presenting = mode == 1;
            MainWindow w;
            w.setAttribute(Qt::WA_DontShowOnScreen);
            w.timeline()->setAnimated(false);
            ys::test::TextLog recorder;
            w.timeline()->setTextRecorder(&recorder);
            if (presenting) {
                w.setPresentationSize(sc.logical);
                w.show();
                w.setPresentationMode(true);
            } else {
                w.resize(sc.logical);
                w.show();
            }
            QApplication::processEvents();
            // The window really has the size audited (its panels' minimums did not grow it).
            QCOMPARE(w.size(), sc.logical);
            for (qsizetype d = 0; d < demos_.size(); ++d) {
                w.selectDemo(demos_[d]);
                ys::ui::RunSession& session = w.session();
                while (session.stepForward()) {
                }
                const std::size_t total = session.recorded();
                const std::array<std::size_t, 3> cursors{0, total / 2, total - 1};
                for (std::size_t k = 0; k < cursors.size(); ++k) {
                    session.jumpTo(cursors[k]);
                    for (int pass = 0; pass < 3; ++pass)
                        QCoreApplication::sendPostedEvents();
                    QApplication::processEvents();
                    recorder.texts.clear();
                    QImage image(pixels, QImage::Format_RGB32);
                    image.setDevicePixelRatio(sc.dpr);
                    w.render(&image);
                    const QString where = QStringLiteral("%1 %2 %3 %4")
                                              .arg(caseName, presenting ? "presenting" : "window", demos_[d])
                                              .arg(k == 0   ? "start"
                                                   : k == 1 ? "middle"
                                                            : "end");
                    const Counts c = check(w, recorder.texts, presenting, where);
                    perDemo[static_cast<std::size_t>(d)] += c;
                    all += c;
                    const QRect tile(static_cast<int>(mode * 3 + static_cast<int>(k)) * kTileW,
                                     static_cast<int>(d) * tileH, kTileW, tileH);
                    image.setDevicePixelRatio(1);
                    sheetPainter.drawImage(
                        tile, image.scaled(tile.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
                    if (c.total() > 0) {
                        sheetPainter.setPen(QPen(Qt::red, 4));
                        sheetPainter.drawRect(tile.adjusted(2, 2, -2, -2));
                    }
                }
            }
            w.timeline()->setTextRecorder(nullptr);
        }
        sheetPainter.end();
        const QString dir = QStringLiteral(YS_AUDIT_DIR);
        QDir().mkpath(dir);
        QVERIFY(sheet.save(dir + QStringLiteral("/contact-%1%2.png").arg(sc.name, russian ? "-ru" : "")));

        QString line = QStringLiteral("%1").arg(caseName, -12);
        for (const Counts& c : perDemo)
            line += QStringLiteral(" %1").arg(c.total(), 9);
        line += QStringLiteral(" %1").arg(all.total(), 6);
        table_ << line;
        qInfo().noquote() << QStringLiteral(
                                 "%1: %2 overlaps, %3 outside their region, %4 code lines too wide, "
                                 "%5 scroll bars in presentation mode, %6 lanes too short")
                                 .arg(caseName)
                                 .arg(all.overlaps)
                                 .arg(all.outside)
                                 .arg(all.wideLines)
                                 .arg(all.scrollBars)
                                 .arg(all.shortLanes);
        if (all.total() > 0) {
            for (const QString& f : failures_)
                qInfo().noquote() << "  " << f;
        }
        failures_.clear();
        QCOMPARE(all.overlaps, 0);
        QCOMPARE(all.outside, 0);
        QCOMPARE(all.wideLines, 0);
        QCOMPARE(all.scrollBars, 0);
        QCOMPARE(all.shortLanes, 0);
    }

    void cleanupTestCase()
    {
        qInfo().noquote()
            << "Problems found (sizes x demos; window and presentation mode, three cursors each):";
        for (const QString& line : table_)
            qInfo().noquote() << line;
    }
};

QTEST_MAIN(TestLayoutAudit)
#include "tst_layout_audit.moc"
