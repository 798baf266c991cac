// SPDX-License-Identifier: MIT
// Traces for the timeline's tests: real demo runs from the engine, and synthetic ones.
#pragma once

#include "core/demos/demo.hpp"
#include "core/demos/engine.hpp"
#include "core/trace/trace.hpp"

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainterPath>
#include <QPolygonF>
#include <QString>
#include <QTest>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace ys::test {

// An engine for `demo` with its defaults, plus `key=value` settings, not yet stepped.
inline std::unique_ptr<ys::Engine> makeEngine(const char* demo, const std::vector<std::string>& settings = {})
{
    const ys::Demo* d = ys::findDemo(demo);
    if (d == nullptr) return nullptr;
    ys::Params params = d->defaults();
    for (const std::string& s : settings)
        params.assign(s);
    return std::make_unique<ys::Engine>(*d, params);
}

// The same, run to the end.
inline std::unique_ptr<ys::Engine> runDemo(const char* demo, const std::vector<std::string>& settings = {})
{
    auto engine = makeEngine(demo, settings);
    if (engine) engine->runToEnd();
    return engine;
}

// A countdown-like trace of `cycles` rounds: each waits `ms` (a span) then bursts 8 events.
inline void fillSynthetic(ys::Trace& trace, std::size_t cycles, std::int64_t ms = 500)
{
    using ys::Actor;
    using ys::Kind;
    trace.reserve(cycles * 8 + 2);
    const std::uint32_t label = trace.intern("\"setTimeout 500\"");
    const std::uint32_t log = trace.intern("\"tick\"");
    std::int64_t t = 0;
    trace.append(t, Actor::Consumer, Kind::NextCalled, 0, 1);
    trace.append(t, Actor::Producer, Kind::Resumed, 0, 1);
    for (std::size_t c = 0; c < cycles; ++c) {
        const std::uint32_t span = trace.openSpan(trace.append(t, Actor::Source, Kind::Awaiting, label, 2));
        t += ms;
        trace.closeSpan(span, trace.append(t, Actor::Source, Kind::Settled, label, 2));
        const std::uint32_t value = trace.intern(std::to_string(c % 100));
        trace.append(t, Actor::Producer, Kind::Resumed, 0, 2);
        trace.append(t, Actor::Producer, Kind::Yielded, value, 3);
        trace.append(t, Actor::Consumer, Kind::ValueReceived, value, 8);
        trace.append(t, Actor::Console, Kind::Log, log, 9);
        trace.append(t, Actor::Consumer, Kind::NextCalled, 0, 8);
        trace.append(t, Actor::Producer, Kind::Resumed, 0, 3);
    }
}

} // namespace ys::test

namespace ys::test {

// A paint device that draws nothing and remembers the farthest coordinate (in device pixels)
// of anything handed to it: what a view asks the painter to draw, however far off screen.
class ExtentRecorder : public QPaintDevice {
public:
    explicit ExtentRecorder(QSize size) : size_(size) {}
    QPaintEngine* paintEngine() const override { return &engine_; }
    double farthest() const { return engine_.farthest; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return size_.width();
        case PdmHeight:
            return size_.height();
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return static_cast<int>(devicePixelRatioFScale());
        case PdmDepth:
            return 32;
        default:
            return 1;
        }
    }

private:
    class Engine : public QPaintEngine {
    public:
        Engine() : QPaintEngine(AllFeatures) {}
        bool begin(QPaintDevice*) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState& changed) override
        {
            if ((changed.state() & DirtyTransform) != 0) transform = changed.transform();
        }
        void drawPath(const QPainterPath& path) override { note(path.boundingRect()); }
        void drawPolygon(const QPointF* points, int count, PolygonDrawMode) override
        {
            QPolygonF polygon;
            for (int i = 0; i < count; ++i)
                polygon << points[i];
            note(polygon.boundingRect());
        }
        void drawRects(const QRectF* rects, int count) override
        {
            for (int i = 0; i < count; ++i)
                note(rects[i]);
        }
        void drawLines(const QLineF* lines, int count) override
        {
            for (int i = 0; i < count; ++i)
                note(QRectF(lines[i].p1(), lines[i].p2()).normalized());
        }
        void drawEllipse(const QRectF& r) override { note(r); }
        void drawPixmap(const QRectF& r, const QPixmap&, const QRectF&) override { note(r); }
        void drawImage(const QRectF& r, const QImage&, const QRectF&, Qt::ImageConversionFlags) override
        {
            note(r);
        }
        void drawTextItem(const QPointF& p, const QTextItem&) override { note(QRectF(p, QSizeF(1, 1))); }
        Type type() const override { return User; }

        void note(const QRectF& r)
        {
            const QRectF d = transform.mapRect(r);
            for (const double v : {d.left(), d.right(), d.top(), d.bottom()})
                farthest = std::max(farthest, std::isfinite(v) ? std::abs(v) : 1e300);
        }
        QTransform transform;
        double farthest = 0;
    };

    QSize size_;
    mutable Engine engine_;
};

} // namespace ys::test
