// SPDX-License-Identifier: MIT
// The timeline's style as pure values: its sizes scale as one, every kind of the event
// vocabulary has an ink, a glyph and a legend name, and each shape is one drawing whether the
// legend or a mark asks for it.
#include "core/trace/event_vocabulary.hpp"
#include "ui/style/theme.hpp"
#include "ui/timeline/passes/legend_pass.hpp"
#include "ui/timeline/shapes.hpp"
#include "ui/timeline/timeline_inks.hpp"
#include "ui/timeline/timeline_metrics.hpp"
#include "ui/timeline/timeline_renderer.hpp"

#include <QImage>
#include <QPainter>
#include <QTest>

#include <cmath>
#include <set>

using namespace ys::ui;

namespace {

QImage blank() { return {64, 64, QImage::Format_ARGB32_Premultiplied}; }

// `draw` run on a transparent image.
template <typename Draw>
QImage drawn(Draw draw)
{
    QImage image = blank();
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing, true);
    draw(p);
    p.end();
    return image;
}

int inkedPixels(const QImage& image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            n += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    }
    return n;
}

const QRectF kBox(16, 12, 30, 24);

} // namespace

class TimelineStyleTest : public QObject {
    Q_OBJECT

private slots:
    void scaledSizesMultiplyEveryField_data()
    {
        QTest::addColumn<double>("scale");
        QTest::newRow("half") << 0.5;
        QTest::newRow("two thirds") << 2.0 / 3.0;
        QTest::newRow("one and a half") << 1.5;
        QTest::newRow("four") << 4.0;
    }
    void scaledSizesMultiplyEveryField()
    {
        QFETCH(double, scale);
        const TimelineSizes base;
        const TimelineSizes scaled = base.scaled(scale);
        const auto& all = TimelineSizes::kAll;
        for (std::size_t i = 0; i < all.size(); ++i) {
            for (std::size_t j = i + 1; j < all.size(); ++j)
                QVERIFY2(all[i] != all[j], "a field is listed twice");
        }
        for (const auto field : all) {
            QVERIFY(base.*field > 0);
            QCOMPARE(scaled.*field, base.*field * scale);
        }
    }
    void metricsFollowTheScale()
    {
        const TimelineMetrics one = TimelineMetrics::make(1.0, 1.0);
        const TimelineMetrics two = TimelineMetrics::make(2.0, 1.0);
        QCOMPARE(two.markR, 2 * one.markR);
        QCOMPARE(two.chipPadX, 2 * one.chipPadX);
        QCOMPARE(two.boldFont.pixelSize(), 2 * one.boldFont.pixelSize());
        QVERIFY(two.boldFont.bold());
        QVERIFY(two.labelH > one.labelH);
        // The theme's stroke weight thickens strokes only.
        const TimelineMetrics heavy = TimelineMetrics::make(1.0, 1.5);
        QCOMPARE(heavy.stroke, one.stroke * 1.5);
        QCOMPARE(heavy.markR, one.markR);
    }

    void everyKindHasItsRolesInk_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
        QTest::newRow("high contrast") << QStringLiteral("high-contrast");
    }
    void everyKindHasItsRolesInk()
    {
        QFETCH(QString, theme);
        const Theme t = theme == QLatin1String("light")  ? Theme::light()
                        : theme == QLatin1String("dark") ? Theme::dark()
                                                         : Theme::highContrast();
        const TimelineMetrics m = TimelineMetrics::make(1.0, t.strokeWeight);
        const TimelineInks inks = TimelineInks::make(t, m);
        for (const ys::KindInfo& info : ys::kindTable()) {
            const QColor color = t.roleColor(info.color);
            QVERIFY(color.isValid());
            QVERIFY2(color != t.window, info.name.data());
            QCOMPARE(inks.kind(info.kind).color, color);
            QCOMPARE(inks.kind(info.kind).line.color(), color);
            QCOMPARE(t.kindColor(info.kind), color);
        }
    }
    void everyKindHasAGlyphTheLegendNames()
    {
        std::set<ys::Glyph> glyphs;
        for (const ys::KindInfo& info : ys::kindTable()) {
            glyphs.insert(info.glyph);
            QVERIFY(!LegendPass::glyphName(info.glyph, false).isEmpty());
            QVERIFY(!LegendPass::glyphName(info.glyph, true).isEmpty());
        }
        // Every glyph stands for some kind: the legend has no picture without a meaning.
        QCOMPARE(static_cast<int>(glyphs.size()), ys::kGlyphCount);
    }

    void everyGlyphDrawsSomething()
    {
        const TimelineMetrics m = TimelineMetrics::make(1.0, 1.0);
        const TimelineInks inks = TimelineInks::make(Theme::light(), m);
        const ShapePainter shapes(m, inks);
        for (int g = 0; g < ys::kGlyphCount; ++g) {
            const QImage image =
                drawn([&](QPainter& p) { shapes.glyph(p, static_cast<ys::Glyph>(g), kBox); });
            QVERIFY2(inkedPixels(image) > 20, qPrintable(QStringLiteral("glyph %1").arg(g)));
        }
    }
    void kindMarksAreTheirGlyphs()
    {
        TimelineRenderer renderer;
        const TimelineMetrics m = TimelineMetrics::make(1.0, 1.0);
        const TimelineInks inks = TimelineInks::make(Theme::light(), m);
        const ShapePainter shapes(m, inks);
        for (const ys::KindInfo& info : ys::kindTable()) {
            const QImage mark = drawn([&](QPainter& p) { renderer.drawKindMark(p, info.kind, kBox); });
            const QImage glyph = drawn([&](QPainter& p) { shapes.glyph(p, info.glyph, kBox); });
            QVERIFY2(mark == glyph, info.name.data());
        }
    }
    // The legend's diamond, hexagon, warning, tick and buffer are the marks' own shapes, drawn
    // where the marks draw them (at the box's centre).
    void legendAndMarksDrawTheSameShape_data()
    {
        QTest::addColumn<int>("glyph");
        QTest::newRow("diamond") << static_cast<int>(ys::Glyph::Diamond);
        QTest::newRow("hexagon") << static_cast<int>(ys::Glyph::Hexagon);
        QTest::newRow("warning") << static_cast<int>(ys::Glyph::Warning);
        QTest::newRow("tick") << static_cast<int>(ys::Glyph::Tick);
        QTest::newRow("buffer") << static_cast<int>(ys::Glyph::BufferStack);
    }
    void legendAndMarksDrawTheSameShape()
    {
        QFETCH(int, glyph);
        const TimelineMetrics m = TimelineMetrics::make(1.5, 1.0);
        const TimelineInks inks = TimelineInks::make(Theme::dark(), m);
        const ShapePainter shapes(m, inks);
        const auto g = static_cast<ys::Glyph>(glyph);
        const QImage legend = drawn([&](QPainter& p) { shapes.glyph(p, g, kBox); });
        const QPointF c = kBox.center();
        const QImage mark = drawn([&](QPainter& p) {
            switch (g) {
            case ys::Glyph::Diamond:
                shapes.diamond(p, inks.kind(ys::Kind::Yielded), c);
                break;
            case ys::Glyph::Hexagon:
                shapes.hexagon(p, inks.kind(ys::Kind::Cleanup), c);
                break;
            case ys::Glyph::Warning:
                shapes.warning(p, inks.kind(ys::Kind::Error), c);
                break;
            case ys::Glyph::Tick:
                shapes.tick(p, inks.kind(ys::Kind::Resumed).thin, c);
                break;
            default:
                shapes.buffer(p, c, 2);
                break;
            }
        });
        QVERIFY(inkedPixels(mark) > 20);
        QVERIFY(legend == mark);
    }
};

QTEST_MAIN(TimelineStyleTest)
#include "tst_timeline_style.moc"
