// SPDX-License-Identifier: MIT
#include "timeline_renderer.hpp"

#include "value_text.hpp"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ys::ui {
namespace {

enum Glyph {
    GNext,
    GValue,
    GYield,
    GResumed,
    GAwait,
    GReturn,
    GDone,
    GFinally,
    GError,
    GLog,
    GArrived,
    GBuffer,
    GInstant,
    GlyphCount
};

bool has(std::uint32_t kinds, ys::Kind kind) { return (kinds >> static_cast<unsigned>(kind) & 1U) != 0; }

enum class Head { Triangle, Bar, Square, Warning };

constexpr std::size_t idx(ys::Actor a) { return static_cast<std::size_t>(a); }

QStaticText staticText(const QString& text, const QFont& font)
{
    QStaticText st(text);
    st.setTextFormat(Qt::PlainText);
    st.setPerformanceHint(QStaticText::AggressiveCaching);
    st.prepare(QTransform(), font);
    return st;
}

// Fills a rectangle as tall as the plot. Qt's raster engine hands a translucent fill of more
// than about a hundred scanlines to its thread pool, and the round trip costs far more than
// the fill. So a translucent rectangle is filled on whole pixels, a few dozen scanlines at a
// time, which Qt blends on the painting thread.
void fillTall(QPainter& p, const QRectF& r, const QBrush& brush)
{
    if (brush.isOpaque()) {
        p.fillRect(r, brush);
        return;
    }
    const int x0 = static_cast<int>(std::lround(r.left()));
    const int x1 = std::max(x0 + 1, static_cast<int>(std::lround(r.right())));
    const int y0 = static_cast<int>(std::lround(r.top()));
    const int y1 = static_cast<int>(std::lround(r.bottom()));
    constexpr int kRows = 48;
    for (int y = y0; y < y1; y += kRows)
        p.fillRect(QRect(x0, y, x1 - x0, std::min(kRows, y1 - y)), brush);
}

// `top` laid over the opaque colour `below`, as the painter's SourceOver blends it.
QColor over(const QColor& top, const QColor& below)
{
    const float a = top.alphaF();
    return QColor::fromRgbF(top.redF() * a + below.redF() * (1 - a),
                            top.greenF() * a + below.greenF() * (1 - a),
                            top.blueF() * a + below.blueF() * (1 - a));
}

QPointF unit(QPointF v)
{
    const double len = std::hypot(v.x(), v.y());
    return len > 0 ? v / len : QPointF(0, 1);
}

QString kindSentence(ys::Kind kind)
{
    switch (kind) {
    case ys::Kind::NextCalled:
        return QStringLiteral("next() — the loop asks for the next value");
    case ys::Kind::ReturnCalled:
        return QStringLiteral("return() — the loop stops early");
    case ys::Kind::Resumed:
        return QStringLiteral("resumed — the producer's body continues");
    case ys::Kind::Awaiting:
        return QStringLiteral("await — an operation starts");
    case ys::Kind::Settled:
        return QStringLiteral("settled — the operation completes");
    case ys::Kind::Yielded:
        return QStringLiteral("yield — the generator hands out a value");
    case ys::Kind::ValueReceived:
        return QStringLiteral("value — next() resolves with {done: false, value}");
    case ys::Kind::Done:
        return QStringLiteral("done — resolves with {done: true}; the loop ends");
    case ys::Kind::Cleanup:
        return QStringLiteral("finally — the generator cleans up");
    case ys::Kind::Error:
        return QStringLiteral("error — the promise rejects");
    case ys::Kind::Log:
        return QStringLiteral("console.log");
    case ys::Kind::Arrived:
        return QStringLiteral("arrived — a source pushes something unasked");
    case ys::Kind::Buffer:
        return QStringLiteral("buffer — items waiting in the producer's buffer");
    default:
        break;
    }
    const std::string_view name = ys::kindName(kind);
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

QString actorTitle(ys::Actor actor)
{
    switch (actor) {
    case ys::Actor::Consumer:
        return QStringLiteral("for await (consumer)");
    case ys::Actor::Producer:
        return QStringLiteral("generator / iterator (producer)");
    case ys::Actor::Source:
        return QStringLiteral("timers & network (sources)");
    case ys::Actor::Console:
        return QStringLiteral("console");
    }
    return {};
}

} // namespace

TimelineRenderer::TimelineRenderer() : theme_(Theme::light()) { rebuild(); }

void TimelineRenderer::setTheme(const Theme& theme)
{
    theme_ = theme;
    rebuild();
}

void TimelineRenderer::setScale(qreal scale)
{
    scale_ = std::clamp(scale, 0.5, 4.0);
    rebuild();
}

double TimelineRenderer::foldPx() const { return 3.0; }
double TimelineRenderer::hitRadius() const { return 14.0 * scale_; }
double TimelineRenderer::barHalfHeight() const { return barH_ / 2 + 3 * scale_; }
double TimelineRenderer::defaultZoom() const { return 52.0 * scale_; }
double TimelineRenderer::maxZoom() const { return 400.0 * scale_; }

void TimelineRenderer::invalidateLabels()
{
    labels_.clear();
    labelsTrace_ = nullptr;
    labelsValueCount_ = 0;
}

void TimelineRenderer::rebuild()
{
    const qreal s = scale_;
    auto px = [s](double v) { return std::max(1, static_cast<int>(std::lround(v * s))); };

    labelFont_ = QFont();
    labelFont_.setPixelSize(px(17));
    boldFont_ = labelFont_;
    boldFont_.setBold(true);
    monoFont_ = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    monoFont_.setPixelSize(px(16));
    titleFont_ = labelFont_;
    titleFont_.setPixelSize(px(18));
    titleFont_.setBold(true);
    subtitleFont_ = labelFont_;
    subtitleFont_.setPixelSize(px(15));
    axisFont_ = labelFont_;
    axisFont_.setPixelSize(px(15));
    legendFont_ = labelFont_;
    legendFont_.setPixelSize(px(15));
    barFont_ = labelFont_;
    barFont_.setPixelSize(px(16));
    barFont_.setBold(true);

    labelH_ = QFontMetricsF(boldFont_).height();
    monoH_ = QFontMetricsF(monoFont_).height();
    stroke_ = 2.6 * s * theme_.strokeWeight;
    markR_ = 8.0 * s;
    headLen_ = 13.0 * s;
    headHalfW_ = 7.5 * s;
    chipPadX_ = 7.0 * s;
    chipH_ = std::max(labelH_, monoH_) + 6.0 * s;
    gap_ = 6.0 * s;
    barH_ = 12.0 * s;
    spanRowH_ = QFontMetricsF(barFont_).height() + barH_ + 14.0 * s;
    axisH_ = 66.0 * s;
    legendRowH_ = 40.0 * s;

    // Inks: one per colour, with the pens and brushes marks need.
    auto makeInk = [&](const QColor& c) {
        Ink ink;
        ink.color = c;
        ink.line = QPen(c, stroke_, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        ink.dashed = QPen(c, stroke_, Qt::CustomDashLine, Qt::FlatCap, Qt::RoundJoin);
        ink.dashed.setDashPattern({2.0, 1.6});
        ink.thin = QPen(c, std::max(1.0, 1.6 * s), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        ink.fill = QBrush(c);
        QColor soft = c;
        soft.setAlpha(60);
        ink.soft = QBrush(soft);
        return ink;
    };
    inks_[NextInk] = makeInk(theme_.next);
    inks_[ValueInk] = makeInk(theme_.value);
    inks_[ResumedInk] = makeInk(theme_.resumed);
    inks_[AwaitInk] = makeInk(theme_.await);
    inks_[ReturnInk] = makeInk(theme_.ret);
    inks_[DoneInk] = makeInk(theme_.done);
    inks_[CleanupInk] = makeInk(theme_.cleanup);
    inks_[ErrorInk] = makeInk(theme_.error);
    inks_[LogInk] = makeInk(theme_.log);
    inks_[TextInk] = makeInk(theme_.text);
    inks_[MutedInk] = makeInk(theme_.mutedText);

    cursorPen_ = QPen(theme_.cursor, 2.4 * s * theme_.strokeWeight, Qt::SolidLine, Qt::FlatCap);
    axisPen_ = QPen(theme_.axis, 2.0 * s, Qt::SolidLine, Qt::FlatCap);
    separatorPen_ = QPen(theme_.separator, 1.0 * s);
    hoverPen_ = QPen(theme_.hover, 3.0 * s);
    bracketPen_ = QPen(theme_.instantText, 3.5 * s, Qt::SolidLine, Qt::FlatCap);
    const QColor settle = theme_.await.darker(135);
    notchPen_ = QPen(settle, 3 * s, Qt::SolidLine, Qt::RoundCap);
    settleBrush_ = QBrush(settle);
    warningPen_ = QPen(theme_.window, 2.2 * s, Qt::SolidLine, Qt::RoundCap);
    logInkPen_ = QPen(theme_.logInk);
    instantTextPen_ = QPen(theme_.instantText);
    windowPen_ = QPen(theme_.window);
    cursorBrush_ = QBrush(theme_.cursor);
    highlightBrush_ = QBrush(theme_.highlight);
    QColor column = theme_.highlight;
    column.setAlpha(theme_.highlight.alpha() * 2 / 5);
    columnBrush_ = QBrush(column);
    instantBrush_ = QBrush(theme_.instantBand);
    for (std::size_t i = 0; i < laneTints_.size(); ++i)
        laneTints_[i] = over(theme_.instantBand, laneColour(i));
    chipBrush_ = QBrush(theme_.chip);
    logFillBrush_ = QBrush(theme_.logFill);

    const QFontMetricsF bold(boldFont_);
    nextText_ = staticText(QStringLiteral("next()"), boldFont_);
    returnText_ = staticText(QStringLiteral("return()"), boldFont_);
    doneText_ = staticText(QStringLiteral("done"), boldFont_);
    finallyText_ = staticText(QStringLiteral("finally"), boldFont_);
    nextW_ = bold.horizontalAdvance(QStringLiteral("next()"));
    returnW_ = bold.horizontalAdvance(QStringLiteral("return()"));
    doneW_ = bold.horizontalAdvance(QStringLiteral("done"));
    finallyW_ = bold.horizontalAdvance(QStringLiteral("finally"));
    resumedText_ = staticText(QStringLiteral("resumed"), boldFont_);
    resumedW_ = bold.horizontalAdvance(QStringLiteral("resumed"));

    // Lane titles: the role in bold, who plays it beneath.
    const std::array<QString, ys::kActorCount> titles{
        QStringLiteral("for await"), QStringLiteral("generator /\niterator"),
        QStringLiteral("timers &\nnetwork"), QStringLiteral("console")};
    const std::array<QString, ys::kActorCount> subtitles{
        QStringLiteral("consumer"), QStringLiteral("producer"), QStringLiteral("sources"),
        QStringLiteral("console.log")};
    const QFontMetricsF tm(titleFont_);
    const QFontMetricsF sm(subtitleFont_);
    qreal widest = 0;
    for (std::size_t i = 0; i < titles.size(); ++i) {
        QStaticText t(titles[i]);
        t.setTextFormat(Qt::PlainText);
        laneTitles_[i] =
            staticText(QString(titles[i]).replace(QLatin1Char('\n'), QChar::LineSeparator), titleFont_);
        laneSubtitles_[i] = staticText(subtitles[i], subtitleFont_);
        for (const QString& line : titles[i].split(QLatin1Char('\n')))
            widest = std::max(widest, tm.horizontalAdvance(line));
        widest = std::max(widest, sm.horizontalAdvance(subtitles[i]));
    }
    gutterW_ = std::ceil(widest + 2 * 18.0 * s);

    invalidateLabels();
    legend_.clear();
    arrangedSize_ = QSizeF();
}

const TimelineRenderer::Label& TimelineRenderer::label(LabelKind kind, const ys::Trace& trace,
                                                       const ys::Event& e)
{
    if (&trace != labelsTrace_ || trace.values().size() < labelsValueCount_) {
        labels_.clear();
        labelsTrace_ = &trace;
    }
    labelsValueCount_ = trace.values().size();
    const quint64 key = (static_cast<quint64>(kind) << 32) | e.value;
    auto it = labels_.constFind(key);
    if (it != labels_.constEnd()) return *it;
    if (labels_.size() > 50000) labels_.clear();

    const std::string_view json = trace.valueText(e);
    QString text;
    const QFont* font = &boldFont_;
    switch (kind) {
    case LabelKind::Value:
        text = shortValue(json, 24);
        break;
    case LabelKind::ValueShort:
        text = shortValue(json, 12);
        break;
    case LabelKind::Yield:
        text = QStringLiteral("yield ") + shortValue(json, 14);
        break;
    case LabelKind::Log:
        text = elideChars(consoleText(json), 30);
        font = &monoFont_;
        break;
    case LabelKind::Error:
        text = elideChars(consoleText(json), 40);
        break;
    case LabelKind::Span:
        text = consoleText(json);
        font = &barFont_;
        break;
    case LabelKind::Arrived:
        text = elideChars(consoleText(json), 24);
        break;
    case LabelKind::Buffer:
        text = QStringLiteral("buffer ") + elideChars(consoleText(json), 8);
        break;
    }
    Label l;
    l.text = staticText(text, *font);
    l.width = QFontMetricsF(*font).horizontalAdvance(text);
    return *labels_.insert(key, l);
}

const QColor& TimelineRenderer::laneColour(std::size_t lane) const
{
    return lane % 2 == 0 ? theme_.laneBand : theme_.laneBandAlt;
}

const TimelineRenderer::Ink& TimelineRenderer::inkFor(ys::Kind kind) const
{
    switch (kind) {
    case ys::Kind::NextCalled:
        return inks_[NextInk];
    case ys::Kind::ReturnCalled:
        return inks_[ReturnInk];
    case ys::Kind::Resumed:
        return inks_[ResumedInk];
    case ys::Kind::Awaiting:
    case ys::Kind::Settled:
        return inks_[AwaitInk];
    case ys::Kind::Yielded:
    case ys::Kind::ValueReceived:
        return inks_[ValueInk];
    case ys::Kind::Done:
        return inks_[DoneInk];
    case ys::Kind::Cleanup:
        return inks_[CleanupInk];
    case ys::Kind::Error:
        return inks_[ErrorInk];
    case ys::Kind::Log:
        return inks_[LogInk];
    case ys::Kind::Arrived:
        return inks_[AwaitInk];
    case ys::Kind::Buffer:
        return inks_[MutedInk];
    default:
        break;
    }
    return inks_[TextInk];
}

// --- Arrangement -----------------------------------------------------------------------------

void TimelineRenderer::arrange(const QSizeF& size, int spanRows, std::uint32_t kinds, bool legend,
                               TimelineViewport& viewport)
{
    const qreal s = scale_;
    arrangedSize_ = size;

    const int rows = std::clamp(spanRows, 1, 4);
    const bool arrivals = has(kinds, ys::Kind::Arrived);
    arrivals_ = arrivals;
    const int sourceRows = rows + (arrivals ? 1 : 0);
    const double labelRows = 2 * (chipH_ + gap_);
    // Comfortable: two rows of labels and every span row; legible: one row of each.
    const std::array<double, ys::kActorCount> comfortable{
        labelRows + 44 * s, labelRows + 40 * s, sourceRows * spanRowH_ + 16 * s, 2 * chipH_ + 3 * gap_};
    std::array<double, ys::kActorCount> legible{};
    double comfortableSum = 0;
    double legibleSum = 0;
    for (std::size_t i = 0; i < legible.size(); ++i) {
        legible[i] = legibleLaneHeight(static_cast<ys::Actor>(i));
        comfortableSum += comfortable[i];
        legibleSum += legible[i];
    }

    // Legend: items flow left to right, wrapping when the width runs out, as long as the
    // lanes keep their comfortable height; else one row, in short words, of the kinds that
    // fit (the commonest come first; every mark's tooltip names it).
    legend_.clear();
    legendH_ = 0;
    if (legend) {
        arrangeLegend(size.width(), kinds, false);
        if (size.height() - axisH_ - legendH_ < comfortableSum) arrangeLegend(size.width(), kinds, true);
    }

    const double plotTop = legendH_;
    const double plotH = std::max(1.0, size.height() - legendH_ - axisH_);
    viewport.setPlotRect(QRectF(gutterW_, plotTop, std::max(1.0, size.width() - gutterW_), plotH));

    const std::array<double, ys::kActorCount> weight{0.30, 0.30, 0.18, 0.22};
    std::array<double, ys::kActorCount> h = comfortable;
    if (plotH >= comfortableSum) {
        for (std::size_t i = 0; i < h.size(); ++i)
            h[i] += (plotH - comfortableSum) * weight[i];
    } else if (plotH >= legibleSum) {
        // Between legible and comfortable: every lane gets its legible height and a like share
        // of the rest.
        const double t = (plotH - legibleSum) / std::max(1.0, comfortableSum - legibleSum);
        for (std::size_t i = 0; i < h.size(); ++i)
            h[i] = legible[i] + (comfortable[i] - legible[i]) * t;
    } else {
        // Less than legible (the window keeps the timeline taller than this): shrink alike.
        for (std::size_t i = 0; i < h.size(); ++i)
            h[i] = legible[i] * plotH / legibleSum;
    }

    LaneGeometry g;
    double y = plotTop;
    for (std::size_t i = 0; i < h.size(); ++i) {
        g.lanes[i].top = y;
        g.lanes[i].height = h[i];
        y += h[i];
    }
    LaneBox& c = g.lanes[idx(ys::Actor::Consumer)];
    LaneBox& p = g.lanes[idx(ys::Actor::Producer)];
    LaneBox& src = g.lanes[idx(ys::Actor::Source)];
    LaneBox& con = g.lanes[idx(ys::Actor::Console)];
    // The arrows between consumer and producer cross the lanes' border; they grow with the
    // lanes (up to a point), leaving the consumer room for two rows of labels above them and
    // the producer two below.
    const double labelsRoom = labelRows + 14 * s;
    c.markY = c.bottom() - std::clamp(std::min(0.4 * c.height, c.height - labelsRoom), 20 * s, 110 * s);
    p.markY = p.top + std::clamp(std::min(0.4 * p.height, p.height - labelsRoom), 20 * s, 110 * s);
    // Span rows that do not fit at their full height share the last one shown.
    const int fitting = static_cast<int>((src.height - 16 * s) / spanRowH_ + 1e-6) - (arrivals ? 1 : 0);
    const int shownRows = std::clamp(fitting, 1, rows);
    g.spanRowsShown = shownRows;
    g.spanRowHeight = std::min(spanRowH_, (src.height - 16 * s) / (shownRows + (arrivals ? 1 : 0)));
    g.spanRowTop = src.top + (src.height - (shownRows + (arrivals ? 1 : 0)) * g.spanRowHeight) / 2;
    // Arrivals come in from outside: their row is the top one.
    g.arrivalY = g.spanRowTop + g.spanRowHeight * 0.5;
    if (arrivals) g.spanRowTop += g.spanRowHeight;
    src.markY = g.spanRowY(0);
    const bool twoRows = con.height >= 2 * chipH_ + 3 * gap_ - 0.5;
    con.markY = twoRows ? con.top + con.height / 2 - (chipH_ + gap_) / 2 : con.top + con.height / 2;
    viewport.setLanes(g);
    vp_ = &viewport;
}

void TimelineRenderer::arrangeLegend(double width, std::uint32_t kinds, bool oneRow)
{
    const qreal s = scale_;
    const std::array<QString, GlyphCount> names{
        QStringLiteral("next()"),      QStringLiteral("value received"),  QStringLiteral("yield"),
        QStringLiteral("resumed"),     QStringLiteral("await … settled"), QStringLiteral("return()"),
        QStringLiteral("done"),        QStringLiteral("finally"),         QStringLiteral("error"),
        QStringLiteral("console.log"), QStringLiteral("arrived"),         QStringLiteral("buffered"),
        QStringLiteral("same instant")};
    const std::array<QString, GlyphCount> shortNames{
        QStringLiteral("next()"),  QStringLiteral("value"),   QStringLiteral("yield"),
        QStringLiteral("resumed"), QStringLiteral("await"),   QStringLiteral("return"),
        QStringLiteral("done"),    QStringLiteral("finally"), QStringLiteral("error"),
        QStringLiteral("log"),     QStringLiteral("arrived"), QStringLiteral("buffer"),
        QStringLiteral("instant")};
    const QFontMetricsF fm(legendFont_);
    const qreal glyphW = (oneRow ? 24 : 30) * s;
    const qreal spacing = (oneRow ? 14 : 26) * s;
    const qreal left = 16 * s;
    qreal x = left;
    qreal y = 6 * s;
    legend_.clear();
    for (int g = 0; g < GlyphCount; ++g) {
        // The rarer kinds are explained only when the run has them.
        if (g == GArrived && !has(kinds, ys::Kind::Arrived)) continue;
        if (g == GBuffer && !has(kinds, ys::Kind::Buffer)) continue;
        const QString& name = (oneRow ? shortNames : names)[static_cast<std::size_t>(g)];
        const qreal textW = fm.horizontalAdvance(name);
        const qreal w = glyphW + 7 * s + textW + spacing;
        if (x + w - spacing > width - left && x > left) {
            if (oneRow) continue; // a shorter one further on may still fit
            x = left;
            y += legendRowH_ - 6 * s;
        }
        LegendItem item;
        item.glyph = g;
        item.text = staticText(name, legendFont_);
        item.box = QRectF(x, y + 4 * s, glyphW, legendRowH_ - 16 * s);
        item.textPos = QPointF(x + glyphW + 7 * s, item.box.center().y() - fm.height() / 2);
        legend_.push_back(item);
        x += w;
    }
    legendH_ = y + legendRowH_ - 2 * s;
}

double TimelineRenderer::legibleLaneHeight(ys::Actor lane) const
{
    const qreal s = scale_;
    switch (lane) {
    case ys::Actor::Consumer: // one row of labels over the marks, the arrows' start below
        return chipH_ + gap_ + 2 * s + 24 * s;
    case ys::Actor::Producer: // the marks, one row of labels under them
        return markR_ + gap_ + chipH_ + 24 * s;
    case ys::Actor::Source: // one row of bars with their labels (and one of arrivals)
        return (arrivals_ ? 2 : 1) * spanRowH_ + 16 * s;
    case ys::Actor::Console: // one row of chips
        return chipH_ + 2 * gap_;
    }
    return 0;
}

double TimelineRenderer::legibleHeight(bool legend) const
{
    double sum = axisH_ + (legend ? legendRowH_ + 4 * scale_ : 0);
    for (std::size_t a = 0; a < ys::kActorCount; ++a)
        sum += legibleLaneHeight(static_cast<ys::Actor>(a));
    return std::ceil(sum);
}

QRectF TimelineRenderer::laneRegion(ys::Actor lane) const
{
    const QRectF plot = vp_->plotRect();
    const LaneBox& box = vp_->lanes().lane(lane);
    return {plot.left(), box.top, plot.width(), box.height};
}

// --- Label rows -------------------------------------------------------------------------------

double TimelineRenderer::centredLeft(double x, double width) const
{
    const QRectF plot = vp_->plotRect();
    const double lo = plot.left() + 3 * scale_;
    const double hi = plot.right() - 3 * scale_ - width;
    return std::max(lo, std::min(x - width / 2, hi));
}

double TimelineRenderer::arrivalLabelLeft(double x, double width) const
{
    // Right of the mark; on its left when the plot ends first.
    const double right = x + markR_ + 5 * scale_;
    if (right + width <= vp_->plotRect().right() - 3 * scale_) return right;
    return std::max(x - markR_ - 5 * scale_ - width, vp_->plotRect().left() + 3 * scale_);
}

QRectF TimelineRenderer::labelBox(double left, double top, double width, double height, bool chip) const
{
    return chip ? QRectF(left, top - 3 * scale_, width, height + 6 * scale_)
                : QRectF(left, top, width, height);
}

int TimelineRenderer::findLabelPlace(ys::Actor lane, double& left, double width, double height, double anchor,
                                     bool chip)
{
    const QRectF region = laneRegion(lane);
    const qreal s = scale_;
    // Centred on the mark; else starting at it; else ending at it (the other side). Plain
    // labels side by side need clear air between them to read as two.
    const std::array<double, 3> lefts{left, anchor - 4 * s, anchor + 4 * s - width};
    for (int row = 0; row < 2; ++row) {
        const double top = labelRowY(lane, row, height);
        for (const double l : lefts) {
            if (placement_.fits(labelBox(l, top, width, height, chip), region, 1.1 * gap_)) {
                left = l;
                return row;
            }
        }
    }
    return -1;
}

void TimelineRenderer::reserveCurrentLabel(const TimelineFrame& f)
{
    if (!f.current || *f.current >= f.count) return;
    const TimelineLayout& layout = *f.layout;
    const ys::Trace& trace = *layout.trace();
    const std::size_t seq = *f.current;
    const ys::Event& e = trace[seq];
    const double x = vp_->xOfSeq(layout, seq);
    double w = 0;
    bool chip = false;
    QString text;
    auto fromLabel = [&](LabelKind kind, bool withChip) {
        const Label& l = label(kind, trace, e);
        w = l.width + (withChip ? 2 * chipPadX_ : 0);
        chip = withChip;
        text = l.text.text();
    };
    switch (e.kind) {
    case ys::Kind::NextCalled:
        w = nextW_;
        text = nextText_.text();
        break;
    case ys::Kind::ReturnCalled:
        w = returnW_;
        text = returnText_.text();
        break;
    case ys::Kind::Done:
        w = doneW_;
        text = doneText_.text();
        break;
    case ys::Kind::Cleanup:
        w = finallyW_;
        text = finallyText_.text();
        break;
    case ys::Kind::Resumed:
        w = resumedW_;
        text = resumedText_.text();
        break;
    case ys::Kind::ValueReceived:
        fromLabel(LabelKind::Value, true);
        break;
    case ys::Kind::Yielded:
        fromLabel(LabelKind::Yield, false);
        break;
    case ys::Kind::Buffer:
        fromLabel(LabelKind::Buffer, false);
        break;
    case ys::Kind::Log:
        fromLabel(LabelKind::Log, true);
        break;
    case ys::Kind::Error:
        fromLabel(LabelKind::Error, false);
        break;
    case ys::Kind::Arrived: {
        const Label& l = label(LabelKind::Arrived, trace, e);
        const double left = arrivalLabelLeft(x, l.width);
        const double y = vp_->lanes().arrivalY;
        placement_.take(QRectF(left, y - labelH_ / 2, l.width, labelH_), laneRegion(ys::Actor::Source),
                        l.text.text());
        return;
    }
    default:
        break;
    }
    // Source-lane errors are marks without a label.
    if (w <= 0 || e.actor == ys::Actor::Source) return;
    const double h = e.actor == ys::Actor::Console ? monoH_ : labelH_;
    const double left = centredLeft(x, w);
    placement_.take(labelBox(left, labelRowY(e.actor, 0, h), w, h, chip), laneRegion(e.actor), text);
}

double TimelineRenderer::labelRowY(ys::Actor lane, int row, double height) const
{
    const LaneBox& box = vp_->lanes().lane(lane);
    const double step = chipH_ + gap_ * 0.6;
    switch (lane) {
    case ys::Actor::Consumer:
        return box.markY - gap_ - 2 * scale_ - chipH_ - row * step + (chipH_ - height) / 2;
    case ys::Actor::Producer:
        return box.markY + markR_ + gap_ + row * step + (chipH_ - height) / 2;
    case ys::Actor::Console:
        return box.markY - height / 2 + row * (chipH_ + gap_);
    case ys::Actor::Source:
        break;
    }
    return box.markY;
}

// --- Painting ---------------------------------------------------------------------------------

void TimelineRenderer::useFont(QPainter& p, const QFont& font)
{
    // Setting a font resolves it against the device: skip it when it is already set.
    if (currentFont_ == &font) return;
    p.setFont(font);
    currentFont_ = &font;
}

void TimelineRenderer::paint(QPainter& p, const QRectF& rect, const TimelineFrame& f)
{
    stats_ = {};
    vp_ = f.viewport;
    placement_.reset();
    currentFont_ = nullptr;
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);

    paintBackground(p, rect);
    const bool hasTrace = f.layout != nullptr && f.layout->trace() != nullptr;
    const std::size_t count = hasTrace ? std::min(f.count, f.layout->size()) : 0;
    TimelineFrame frame = f;
    frame.count = count;

    const QRectF plot = vp_->plotRect();
    std::size_t lo = 0;
    std::size_t hi = 0;
    bands_.clear();
    if (count > 0) {
        const TimelineLayout& layout = *f.layout;
        const double margin = 260 * scale_; // labels reach beyond their marks
        lo = layout.lowerBound(vp_->uOfX(plot.left() - margin), count);
        hi = layout.upperBound(vp_->uOfX(plot.right() + margin), count);
        stats_.firstSeq = layout.lowerBound(vp_->uOfX(plot.left()), count);
        stats_.endSeq = layout.upperBound(vp_->uOfX(plot.right()), count);
        paintInstants(p, frame, lo, hi);
    }
    // Over the instants' tint, which is opaque.
    paintSeparators(p, rect, f.legend);
    if (count > 0) {
        p.save();
        p.setClipRect(plot);
        paintCursorBack(p, frame);
        // The current event's label is always shown: others make way for it.
        reserveCurrentLabel(frame);
        paintSpans(p, frame, lo);
        paintEvents(p, frame, lo, hi);
        p.restore();
        currentFont_ = nullptr; // restore() brought the earlier font back
    }
    paintGutter(p, rect);
    paintAxis(p, rect, frame);
    if (f.legend) paintLegend(p);
    if (count == 0) paintPlaceholder(p, frame);
}

void TimelineRenderer::paintBackground(QPainter& p, const QRectF& rect)
{
    p.fillRect(rect, theme_.window);
    // Bands right of the gutter (which paints itself), only where they differ from the window.
    const LaneGeometry& g = vp_->lanes();
    for (std::size_t i = 0; i < g.lanes.size(); ++i) {
        const QColor& colour = laneColour(i);
        if (colour == theme_.window) continue;
        p.fillRect(QRectF(rect.left() + gutterW_, g.lanes[i].top, rect.width() - gutterW_, g.lanes[i].height),
                   colour);
    }
}

void TimelineRenderer::paintSeparators(QPainter& p, const QRectF& rect, bool hasLegend)
{
    const LaneGeometry& g = vp_->lanes();
    p.setPen(separatorPen_);
    for (std::size_t i = 1; i < g.lanes.size(); ++i) {
        p.drawLine(QPointF(rect.left(), g.lanes[i].top), QPointF(rect.right(), g.lanes[i].top));
    }
    const QRectF plot = vp_->plotRect();
    p.drawLine(QPointF(rect.left(), plot.bottom()), QPointF(rect.right(), plot.bottom()));
    if (hasLegend) p.drawLine(QPointF(rect.left(), plot.top()), QPointF(rect.right(), plot.top()));
}

void TimelineRenderer::paintInstants(QPainter& p, const TimelineFrame& f, std::size_t lo, std::size_t hi)
{
    const TimelineLayout& layout = *f.layout;
    const auto& instants = layout.instants();
    if (hi <= lo || instants.empty()) return;
    const std::size_t i0 = layout.firstInstantEndingAtOrAfter(lo);
    const std::size_t i1 = layout.instantOf(hi - 1) + 1;
    const QRectF plot = vp_->plotRect();
    const LaneGeometry& g = vp_->lanes();
    // A band narrower than this says nothing; and when instants are that dense, none is wider.
    const double minW = 16 * scale_;
    if (i1 > i0 + static_cast<std::size_t>(plot.width() / minW) * 2) return;
    // The tint is the instants' colour over each lane's, filled opaque on whole pixels: a
    // translucent fill as tall as the plot is handed by Qt's raster engine to its thread pool,
    // and fifty of them cost a dense frame tens of milliseconds.
    std::array<int, ys::kActorCount + 1> rowEdges{};
    for (std::size_t a = 0; a < g.lanes.size(); ++a)
        rowEdges[a] = static_cast<int>(std::lround(g.lanes[a].top));
    rowEdges.back() = static_cast<int>(std::lround(g.lanes.back().bottom()));
    const double plotLeft = plot.left();
    const double plotRight = plot.right();
    for (std::size_t i = i0; i < i1; ++i) {
        const TimelineLayout::Instant in = instants[i];
        if (in.first >= f.count) break;
        const std::size_t last = std::min<std::size_t>(in.last, f.count - 1);
        if (last == in.first) continue;
        const double x0 = vp_->xOfU(layout.u(in.first) - TimelineLayout::kSlotUnit / 2);
        const double x1 = vp_->xOfU(layout.u(last) + TimelineLayout::kSlotUnit / 2);
        if (x1 - x0 < minW) continue;
        bands_.push_back(Band{x0, x1, static_cast<double>(layout.time(in.first))});
        ++stats_.instants;
        const int left = static_cast<int>(std::lround(std::max(x0, plotLeft)));
        const int right = static_cast<int>(std::lround(std::min(x1, plotRight)));
        if (right <= left) continue;
        for (std::size_t a = 0; a < g.lanes.size(); ++a) {
            if (rowEdges[a + 1] > rowEdges[a])
                p.fillRect(QRect(left, rowEdges[a], right - left, rowEdges[a + 1] - rowEdges[a]),
                           laneTints_[a]);
        }
    }
}

void TimelineRenderer::paintCursorBack(QPainter& p, const TimelineFrame& f)
{
    const TimelineLayout& layout = *f.layout;
    const QRectF plot = vp_->plotRect();
    const LaneGeometry& g = vp_->lanes();
    const qreal s = scale_;

    if (f.current && *f.current < f.count) {
        const std::size_t seq = *f.current;
        const ys::Event& e = (*layout.trace())[seq];
        const QPointF a = vp_->eventAnchor(layout, seq);
        // A highlighter stroke down the whole column marks "now"; a stronger one covers the
        // event itself.
        fillTall(p, QRectF(a.x() - 15 * s, plot.top(), 30 * s, plot.height()), columnBrush_);
        p.setPen(Qt::NoPen);
        p.setBrush(highlightBrush_);
        if (e.actor == ys::Actor::Consumer) {
            const double top = g.lane(ys::Actor::Consumer).markY - 12 * s;
            const double bottom = g.lane(ys::Actor::Producer).markY + 4 * s;
            p.drawRoundedRect(QRectF(a.x() - 15 * s, top, 30 * s, bottom - top), 10 * s, 10 * s);
        } else {
            p.drawEllipse(a, 19 * s, 19 * s);
        }
    }

    if (f.showCursor) {
        const double cx = vp_->xOfU(f.cursorU);
        p.setPen(cursorPen_);
        p.drawLine(QPointF(cx, plot.top() + 2 * s), QPointF(cx, plot.bottom()));
        // A small flag at the top.
        const QPointF tri[3] = {QPointF(cx - 7 * s, plot.top()), QPointF(cx + 7 * s, plot.top()),
                                QPointF(cx, plot.top() + 9 * s)};
        p.setPen(Qt::NoPen);
        p.setBrush(cursorBrush_);
        p.drawPolygon(tri, 3);
    }

    if (f.hovered && *f.hovered < f.count) {
        const QPointF a = vp_->eventAnchor(layout, *f.hovered);
        p.setPen(hoverPen_);
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(a, 15 * s, 15 * s);
    }
}

void TimelineRenderer::paintSpans(QPainter& p, const TimelineFrame& f, std::size_t lo)
{
    const TimelineLayout& layout = *f.layout;
    const ys::Trace& trace = *layout.trace();
    const ys::SpanStore& spans = trace.spans();
    const QRectF plot = vp_->plotRect();
    const LaneGeometry& g = vp_->lanes();
    const qreal s = scale_;
    const double fold = foldPx();
    const double cursorX = vp_->xOfU(f.cursorU);
    const Ink& ink = inks_[AwaitInk];
    const double loX = plot.left() - 4;
    const std::size_t loSeq = std::min(lo, layout.lowerBound(vp_->uOfX(loX), f.count));
    const double rightLimit = plot.right() + 4;
    const double r = barH_ / 2;
    const QFontMetricsF bar(barFont_);

    for (int row = 0; row < layout.spanRowCount(); ++row) {
        const double y = g.spanRowY(row);
        const std::vector<std::uint32_t>& ids = layout.rowSpans(row);
        double labelRight = -1e300;
        std::size_t i = layout.firstSpanInRowEndingAtOrAfter(row, loSeq, f.count);
        while (i < ids.size()) {
            const ys::Span& span = spans[ids[i]];
            if (span.begin >= f.count) break;
            const double x0 = vp_->xOfU(layout.u(span.begin));
            if (x0 > rightLimit) break;
            const bool open = span.end == ys::Span::kOpen || span.end >= f.count;
            const double x1 = open ? std::max(cursorX, x0) : vp_->xOfU(layout.u(span.end));

            if (!open && x1 - x0 < fold) {
                // A run of spans too short to see apart: one bar for all of them.
                const std::size_t nextSeq = layout.lowerBound(vp_->uOfX(x0 + fold), f.count);
                std::size_t j = layout.firstSpanInRowBeginningAtOrAfter(row, nextSeq, i + 1);
                const ys::Span& lastSpan = spans[ids[j - 1]];
                const bool lastOpen = lastSpan.end == ys::Span::kOpen || lastSpan.end >= f.count;
                if (lastOpen && j - 1 > i) --j;
                const ys::Span& tail = spans[ids[j - 1]];
                const double xe =
                    tail.end == ys::Span::kOpen || tail.end >= f.count ? x1 : vp_->xOfU(layout.u(tail.end));
                p.setPen(Qt::NoPen);
                p.setBrush(ink.fill);
                p.drawRect(QRectF(x0, y - r, std::max(xe - x0, 1.5 * s), barH_));
                ++stats_.spans;
                i = j;
                continue;
            }

            const Label& lab = label(LabelKind::Span, trace, trace[span.begin]);
            const double labelW = lab.width;
            if (open) {
                // Pending: the time waited so far, solid; an outline runs on to say "not yet".
                const double tailX = std::max(x1 + 36 * s, x0 + labelW + 28 * s);
                p.setPen(ink.thin);
                p.setBrush(ink.soft);
                p.drawRoundedRect(QRectF(x0, y - r, tailX - x0, barH_), r, r);
                if (x1 > x0 + 1) {
                    p.setPen(Qt::NoPen);
                    p.setBrush(ink.fill);
                    p.drawRoundedRect(QRectF(x0, y - r, x1 - x0 + r, barH_), r, r);
                }
                // Three dots trail off at the open end.
                p.setPen(Qt::NoPen);
                p.setBrush(settleBrush_);
                for (int k = 0; k < 3; ++k)
                    p.drawEllipse(QPointF(tailX + (6 + 7 * k) * s, y), 2.2 * s, 2.2 * s);
            } else {
                p.setPen(Qt::NoPen);
                p.setBrush(ink.fill);
                p.drawRoundedRect(QRectF(x0, y - r, std::max(x1 - x0, 2 * r), barH_), r, r);
                // Settled: a dot at the end.
                p.setBrush(settleBrush_);
                p.drawEllipse(QPointF(x1, y), r + 2 * s, r + 2 * s);
            }
            // Awaiting: a notch at the start.
            p.setPen(notchPen_);
            p.drawLine(QPointF(x0, y - r - 3 * s), QPointF(x0, y + r + 3 * s));
            ++stats_.spans;
            if (f.hoveredSpan && *f.hoveredSpan == ids[i]) {
                p.setPen(hoverPen_);
                p.setBrush(Qt::NoBrush);
                p.drawRoundedRect(
                    QRectF(x0 - 4 * s, y - r - 4 * s, std::max(x1 - x0, 2 * r) + 8 * s, barH_ + 8 * s),
                    r + 4 * s, r + 4 * s);
            }

            // The label rides above the bar, starting at its left end.
            // (A bar that began off to the left keeps its label in sight, over what is left of it.)
            const bool pinned = x0 + 5 * s < plot.left() + 4 * s; // the bar began off to the left
            const double lx = pinned ? plot.left() + 4 * s : x0 + 5 * s;
            // The label may run on past the bar, up to the next bar of the row.
            double room = 1e300;
            if (i + 1 < ids.size() && spans[ids[i + 1]].begin < f.count) {
                room = vp_->xOfU(layout.u(spans[ids[i + 1]].begin)) - 5 * s - lx;
            }
            if (!open && pinned) room = std::min(room, x1 + 60 * s - lx);
            // Above the bar, inside the lane (down to the bar's top when the row is tight).
            const QRectF region = laneRegion(ys::Actor::Source);
            double top = y - r - 4 * s - bar.height();
            if (top < region.top() && region.top() + bar.height() <= y - r) top = region.top();
            const double shownW = std::min(labelW, room);
            const bool fits = (labelW <= room || room > 40 * s) &&
                              placement_.fits(QRectF(lx, top, shownW, bar.height()), region, gap_ / 2);
            if (fits && lx >= labelRight + gap_ && labelW > 0) {
                const bool isCurrent = f.current && (*f.current == span.begin || *f.current == span.end);
                if (isCurrent) {
                    p.setPen(Qt::NoPen);
                    p.setBrush(highlightBrush_);
                    p.drawRoundedRect(QRectF(lx - 5 * s, top - 2 * s, std::min(labelW, room) + 10 * s,
                                             bar.height() + 4 * s),
                                      6 * s, 6 * s);
                }
                useFont(p, barFont_);
                p.setPen(inks_[TextInk].line);
                if (labelW <= room) {
                    p.drawStaticText(QPointF(lx, top), lab.text);
                    placement_.take(QRectF(lx, top, labelW, bar.height()), region, lab.text.text());
                    labelRight = lx + labelW;
                    ++stats_.labels;
                } else if (room > 40 * s) {
                    const QString text = bar.elidedText(lab.text.text(), Qt::ElideRight, room);
                    p.drawText(QPointF(lx, top + bar.ascent()), text);
                    placement_.take(QRectF(lx, top, bar.horizontalAdvance(text), bar.height()), region, text);
                    labelRight = lx + room;
                    ++stats_.labels;
                }
            }
            ++i;
        }
    }
}

void TimelineRenderer::paintEvents(QPainter& p, const TimelineFrame& f, std::size_t lo, std::size_t hi)
{

    const double spacing = vp_->zoom() * TimelineLayout::kSlotUnit;
    if (spacing >= foldPx()) {
        const bool arrows = spacing >= 5;
        for (std::size_t seq = lo; seq < hi; ++seq)
            paintEvent(p, f, seq, arrows, true);
    } else {
        paintFold(p, f, lo, hi);
    }
}

void TimelineRenderer::paintFold(QPainter& p, const TimelineFrame& f, std::size_t lo, std::size_t hi)
{
    const TimelineLayout& layout = *f.layout;
    const LaneGeometry& g = vp_->lanes();
    const qreal s = scale_;
    const double fold = foldPx();

    // Runs of folded marks per lane, merged while they touch: a dense stretch becomes one
    // band instead of thousands of slivers.
    struct Run {
        double x0 = 0, x1 = -1;
    };
    std::array<Run, ys::kActorCount> runs{};
    const std::array<InkId, ys::kActorCount> laneInk{NextInk, ValueInk, AwaitInk, LogInk};
    const double h = markR_ * 1.5;
    auto flush = [&](std::size_t a) {
        Run& run = runs[a];
        if (run.x1 < run.x0) return;
        const LaneBox& lane = g.lanes[a];
        const double y = a == idx(ys::Actor::Source) ? g.spanRowY(0) : lane.markY;
        QColor c = inks_[laneInk[a]].color;
        c.setAlpha(150);
        p.fillRect(QRectF(run.x0, y - h / 2, std::max(run.x1 - run.x0, 1.5 * s), h), c);
        run = Run{};
    };

    std::size_t seq = lo;
    while (seq < hi) {
        const double x = vp_->xOfSeq(layout, seq);
        const std::size_t end = layout.upperBound(vp_->uOfX(x + fold), seq + 1, hi);
        if (end == seq + 1) {
            for (std::size_t a = 0; a < runs.size(); ++a)
                flush(a);
            paintEvent(p, f, seq, true, true);
            ++seq;
            continue;
        }
        const double xe = vp_->xOfSeq(layout, end - 1);
        const auto counts = layout.actorCounts(seq, end);
        for (std::size_t a = 0; a < runs.size(); ++a) {
            if (counts[a] == 0) continue;
            Run& run = runs[a];
            if (run.x1 >= run.x0 && x - 1.0 <= run.x1) {
                run.x1 = std::max(run.x1, xe + 1.0);
            } else {
                flush(a);
                run = Run{x - 1.0, xe + 1.0};
            }
        }
        ++stats_.foldedMarks;
        stats_.foldedEvents += end - seq;
        seq = end;
    }
    for (std::size_t a = 0; a < runs.size(); ++a)
        flush(a);

    // Notable events stay visible on top of the folds: one per fold width.
    const std::vector<std::uint32_t>& notable = layout.notable();
    auto it = std::lower_bound(notable.begin(), notable.end(), static_cast<std::uint32_t>(lo));
    while (it != notable.end() && *it < hi) {
        const std::size_t n = *it;
        const double x = vp_->xOfSeq(layout, n);
        paintEvent(p, f, n, true, true);
        const std::size_t next = layout.lowerBound(vp_->uOfX(x + fold * 4), n + 1, hi);
        it = std::lower_bound(it + 1, notable.end(), static_cast<std::uint32_t>(next));
    }
}

void TimelineRenderer::paintEvent(QPainter& p, const TimelineFrame& f, std::size_t seq, bool arrows,
                                  bool labels)
{
    const TimelineLayout& layout = *f.layout;
    const ys::Trace& trace = *layout.trace();
    const ys::Event& e = trace[seq];
    const LaneGeometry& g = vp_->lanes();
    const qreal s = scale_;
    const double x = vp_->xOfSeq(layout, seq);
    const double cY = g.lane(ys::Actor::Consumer).markY;
    const double pY = g.lane(ys::Actor::Producer).markY;
    const bool current = f.current && *f.current == seq;
    ++stats_.marks;

    auto arrow = [&](QPointF from, QPointF to, const Ink& ink, Head head, bool dashed) {
        const QPointF dir = unit(to - from);
        const QPointF perp(-dir.y(), dir.x());
        double back = 0;
        switch (head) {
        case Head::Triangle:
            back = headLen_ * 0.7;
            break;
        case Head::Square:
            back = markR_ * 0.8;
            break;
        case Head::Warning:
            back = markR_ * 1.2;
            break;
        case Head::Bar:
            back = 0;
            break;
        }
        p.setPen(dashed ? ink.dashed : ink.line);
        p.drawLine(from, to - dir * back);
        switch (head) {
        case Head::Triangle: {
            const QPointF pts[3] = {to, to - dir * headLen_ + perp * headHalfW_,
                                    to - dir * headLen_ - perp * headHalfW_};
            p.setPen(Qt::NoPen);
            p.setBrush(ink.fill);
            p.drawPolygon(pts, 3);
            break;
        }
        case Head::Bar:
            p.setPen(ink.line);
            p.drawLine(to + perp * headHalfW_ * 1.3, to - perp * headHalfW_ * 1.3);
            break;
        case Head::Square: {
            const double side = markR_ * 1.5;
            p.setPen(Qt::NoPen);
            p.setBrush(ink.fill);
            p.drawRect(QRectF(to.x() - side / 2, to.y() - side / 2, side, side));
            break;
        }
        case Head::Warning: {
            const double r = markR_ * 1.3;
            const QPointF pts[3] = {QPointF(to.x(), to.y() - r), QPointF(to.x() + r * 1.1, to.y() + r * 0.8),
                                    QPointF(to.x() - r * 1.1, to.y() + r * 0.8)};
            p.setPen(Qt::NoPen);
            p.setBrush(ink.fill);
            p.drawPolygon(pts, 3);
            p.setPen(warningPen_);
            p.drawLine(QPointF(to.x(), to.y() - r * 0.45), QPointF(to.x(), to.y() + r * 0.2));
            p.drawPoint(QPointF(to.x(), to.y() + r * 0.52));
            break;
        }
        }
    };

    // A label centred on x, in the lane's label rows; a chip draws a box behind it.
    // When there is no room for it, a shorter form is tried before leaving the label out.
    auto text = [&](ys::Actor lane, const QStaticText& full, double fullW, const QFont& font, const QPen& pen,
                    const Ink* chipBorder, const QBrush* chipFill, const Label* shorter = nullptr) {
        if (!labels) return;
        const QStaticText* st = &full;
        double w = fullW;
        const double pad = chipBorder != nullptr ? chipPadX_ : 0;
        double width = w + 2 * pad;
        const double h = lane == ys::Actor::Console ? monoH_ : labelH_;
        // Centred on the mark, but never cut by the plot's edges.
        double left = centredLeft(x, width);
        int row = 0;
        if (!current) {
            row = findLabelPlace(lane, left, width, h, x, chipBorder != nullptr);
            if (row < 0 && shorter != nullptr && shorter->width < fullW) {
                st = &shorter->text;
                w = shorter->width;
                width = w + 2 * pad;
                left = centredLeft(x, width);
                row = findLabelPlace(lane, left, width, h, x, chipBorder != nullptr);
            }
            if (row < 0) return;
        }
        const double top = labelRowY(lane, row, h);
        if (current) {
            p.setPen(Qt::NoPen);
            p.setBrush(highlightBrush_);
            p.drawRoundedRect(QRectF(left - 5 * s, top - 4 * s, width + 10 * s, h + 8 * s), 7 * s, 7 * s);
        }
        if (chipBorder != nullptr) {
            p.setPen(chipBorder->thin);
            p.setBrush(*chipFill);
            p.drawRoundedRect(QRectF(left, top - 2 * s, width, h + 4 * s), 6 * s, 6 * s);
        }
        useFont(p, font);
        p.setPen(pen);
        p.drawStaticText(QPointF(left + pad, top), *st);
        // The current event's label took its room before anything else was placed.
        if (!current)
            placement_.take(labelBox(left, top, width, h, chipBorder != nullptr), laneRegion(lane),
                            st->text());
        ++stats_.labels;
    };

    const QPointF down0(x, cY);
    const QPointF down1(x, pY - markR_ * 0.4);
    const QPointF up0(x, pY - markR_ * 0.2);
    const QPointF up1(x, cY);
    auto dot = [&](QPointF c, const Ink& ink, double r) {
        p.setPen(Qt::NoPen);
        p.setBrush(ink.fill);
        p.drawEllipse(c, r, r);
    };

    switch (e.actor) {
    case ys::Actor::Consumer:
        switch (e.kind) {
        case ys::Kind::NextCalled:
            if (arrows) arrow(down0, down1, inks_[NextInk], Head::Triangle, false);
            dot(down0, inks_[NextInk], 4.5 * s);
            text(ys::Actor::Consumer, nextText_, nextW_, boldFont_, inks_[NextInk].line, nullptr, nullptr);
            return;
        case ys::Kind::ReturnCalled:
            if (arrows) arrow(down0, down1, inks_[ReturnInk], Head::Bar, true);
            dot(down0, inks_[ReturnInk], 4.5 * s);
            text(ys::Actor::Consumer, returnText_, returnW_, boldFont_, inks_[ReturnInk].line, nullptr,
                 nullptr);
            return;
        case ys::Kind::ValueReceived: {
            if (arrows) arrow(up0, up1, inks_[ValueInk], Head::Triangle, false);
            // Copies (they share their text): a second lookup may move the cache's entries.
            const Label l = label(LabelKind::Value, trace, e);
            const Label shorter = label(LabelKind::ValueShort, trace, e);
            text(ys::Actor::Consumer, l.text, l.width, boldFont_, inks_[TextInk].line, &inks_[ValueInk],
                 &chipBrush_, &shorter);
            return;
        }
        case ys::Kind::Done:
            if (arrows)
                arrow(up0, up1, inks_[DoneInk], Head::Square, false);
            else
                arrow(up1, up1, inks_[DoneInk], Head::Square, false);
            text(ys::Actor::Consumer, doneText_, doneW_, boldFont_, inks_[DoneInk].line, nullptr, nullptr);
            return;
        case ys::Kind::Error: {
            arrow(arrows ? up0 : up1, up1, inks_[ErrorInk], Head::Warning, true);
            const Label& l = label(LabelKind::Error, trace, e);
            text(ys::Actor::Consumer, l.text, l.width, boldFont_, inks_[ErrorInk].line, nullptr, nullptr);
            return;
        }
        default:
            dot(up1, inkFor(e.kind), markR_ * 0.6);
            return;
        }
    case ys::Actor::Producer: {
        const QPointF c(x, pY);
        switch (e.kind) {
        case ys::Kind::Resumed:
            // Frequent, so quiet: a thin tick, named only when it is the current event.
            p.setPen(current ? inks_[TextInk].line : inks_[ResumedInk].thin);
            p.drawLine(QPointF(x, pY - markR_ * 0.9), QPointF(x, pY + markR_ * 0.9));
            if (current) {
                text(ys::Actor::Producer, resumedText_, resumedW_, boldFont_, inks_[TextInk].line, nullptr,
                     nullptr);
            }
            return;
        case ys::Kind::Yielded: {
            const double r = markR_ * 1.25;
            const QPointF pts[4] = {QPointF(x, pY - r), QPointF(x + r, pY), QPointF(x, pY + r),
                                    QPointF(x - r, pY)};
            p.setPen(Qt::NoPen);
            p.setBrush(inks_[ValueInk].fill);
            p.drawPolygon(pts, 4);
            const Label& l = label(LabelKind::Yield, trace, e);
            text(ys::Actor::Producer, l.text, l.width, boldFont_, inks_[TextInk].line, nullptr, nullptr);
            return;
        }
        case ys::Kind::Cleanup: {
            const double r = markR_ * 1.2;
            QPointF pts[6];
            for (int k = 0; k < 6; ++k) {
                const double a = M_PI / 3 * k;
                pts[k] = QPointF(x + r * std::cos(a), pY + r * std::sin(a));
            }
            p.setPen(Qt::NoPen);
            p.setBrush(inks_[CleanupInk].fill);
            p.drawPolygon(pts, 6);
            text(ys::Actor::Producer, finallyText_, finallyW_, boldFont_, inks_[CleanupInk].line, nullptr,
                 nullptr);
            return;
        }
        case ys::Kind::Error: {
            arrow(c, c, inks_[ErrorInk], Head::Warning, false);
            const Label& l = label(LabelKind::Error, trace, e);
            text(ys::Actor::Producer, l.text, l.width, boldFont_, inks_[ErrorInk].line, nullptr, nullptr);
            return;
        }
        case ys::Kind::Buffer: {
            // A tray with one slab per item waiting (five at most).
            const std::string_view json = trace.valueText(e);
            int items = 0;
            for (const char ch : json) {
                if (ch < '0' || ch > '9') break;
                items = std::min(items * 10 + (ch - '0'), 1000000);
            }
            drawBuffer(p, c, items);
            const Label& l = label(LabelKind::Buffer, trace, e);
            text(ys::Actor::Producer, l.text, l.width, boldFont_, inks_[MutedInk].line, nullptr, nullptr);
            return;
        }
        default:
            dot(c, inkFor(e.kind), markR_ * 0.6);
            return;
        }
    }
    case ys::Actor::Source: {
        if ((e.kind == ys::Kind::Awaiting || e.kind == ys::Kind::Settled) && layout.spanOfEvent(seq))
            return; // the span bar
        if (e.kind == ys::Kind::Arrived) {
            const QPointF c(x, g.arrivalY);
            drawArrival(p, c);
            if (!labels) return;
            const Label& l = label(LabelKind::Arrived, trace, e);
            // The label follows the mark on its right (its left where the plot ends), on the
            // arrivals' row, up to the next arrival's mark.
            // (Only the current one, which is always shown, turns to the left at the plot's end.)
            const double left = current ? arrivalLabelLeft(x, l.width) : x + markR_ + 5 * s;
            if (left < vp_->plotRect().left()) return;
            double room = 1e300;
            for (std::size_t n = seq + 1; n < std::min(f.count, seq + 64); ++n) {
                if (trace[n].kind == ys::Kind::Arrived && trace[n].actor == ys::Actor::Source) {
                    room = vp_->xOfSeq(layout, n) - markR_ * 1.3 - 4 * s - left;
                    break;
                }
            }
            if (l.width > room && !current) return;
            const QRectF box(left, c.y() - labelH_ / 2, l.width, labelH_);
            if (!current && !placement_.fits(box, laneRegion(ys::Actor::Source), gap_)) return;
            if (current) {
                p.setPen(Qt::NoPen);
                p.setBrush(highlightBrush_);
                p.drawRoundedRect(
                    QRectF(left - 4 * s, c.y() - labelH_ / 2 - 3 * s, l.width + 8 * s, labelH_ + 6 * s),
                    6 * s, 6 * s);
            }
            useFont(p, boldFont_);
            p.setPen(inks_[TextInk].line);
            p.drawStaticText(QPointF(left, c.y() - labelH_ / 2), l.text);
            if (!current) placement_.take(box, laneRegion(ys::Actor::Source), l.text.text());
            ++stats_.labels;
            return;
        }
        const QPointF c(x, g.lane(ys::Actor::Source).markY);
        if (e.kind == ys::Kind::Error) {
            arrow(c, c, inks_[ErrorInk], Head::Warning, false);
            return;
        }
        dot(c, inkFor(e.kind), markR_ * 0.7);
        return;
    }
    case ys::Actor::Console: {
        const double y = g.lane(ys::Actor::Console).markY;
        if (e.kind == ys::Kind::Error) {
            arrow(QPointF(x, y), QPointF(x, y), inks_[ErrorInk], Head::Warning, false);
            const Label& l = label(LabelKind::Error, trace, e);
            text(ys::Actor::Console, l.text, l.width, boldFont_, inks_[ErrorInk].line, nullptr, nullptr);
            return;
        }
        const Label& l = label(LabelKind::Log, trace, e);
        const double w = l.width + 2 * chipPadX_;
        double left = centredLeft(x, w);
        int row = 0;
        if (labels && !current) row = findLabelPlace(ys::Actor::Console, left, w, monoH_, x, true);
        if (!labels || row < 0) {
            // No room for the text: a small console square, unless it would sit on a chip's text
            // (which already says that something was printed there).
            const double side = markR_ * 1.3;
            const QRectF square(x - side / 2, y - side / 2, side, side);
            if (!placement_.fits(square, laneRegion(ys::Actor::Console))) return;
            p.setPen(Qt::NoPen);
            p.setBrush(logFillBrush_);
            p.drawRoundedRect(square, 2 * s, 2 * s);
            return;
        }
        const double top = labelRowY(ys::Actor::Console, row, monoH_);
        const QRectF chip = labelBox(left, top, w, monoH_, true);
        if (current) {
            p.setPen(Qt::NoPen);
            p.setBrush(highlightBrush_);
            p.drawRoundedRect(chip.adjusted(-5 * s, -5 * s, 5 * s, 5 * s), 8 * s, 8 * s);
        }
        p.setPen(inks_[LogInk].thin);
        p.setBrush(logFillBrush_);
        p.drawRoundedRect(chip, 5 * s, 5 * s);
        useFont(p, monoFont_);
        p.setPen(logInkPen_);
        p.drawStaticText(QPointF(left + chipPadX_, top), l.text);
        if (!current) placement_.take(chip, laneRegion(ys::Actor::Console), l.text.text());
        ++stats_.labels;
        return;
    }
    }
}

void TimelineRenderer::drawBuffer(QPainter& p, QPointF c, int items)
{
    const qreal s = scale_;
    const double w = 18 * s;
    const double slab = 3.6 * s;
    const double step = slab + 1.8 * s;
    const int shown = std::clamp(items, 0, 5);
    // The tray: an open box the slabs sit in, centred on the mark line.
    const double trayH = 5 * step + 3 * s;
    const double bottom = c.y() + trayH / 2;
    p.setPen(inks_[MutedInk].thin);
    p.setBrush(Qt::NoBrush);
    const QPointF tray[4] = {QPointF(c.x() - w / 2 - 3 * s, bottom - trayH),
                             QPointF(c.x() - w / 2 - 3 * s, bottom), QPointF(c.x() + w / 2 + 3 * s, bottom),
                             QPointF(c.x() + w / 2 + 3 * s, bottom - trayH)};
    p.drawPolyline(tray, 4);
    p.setPen(Qt::NoPen);
    p.setBrush(inks_[ValueInk].fill);
    for (int k = 0; k < shown; ++k) {
        p.drawRect(QRectF(c.x() - w / 2, bottom - 1.5 * s - (k + 1) * step + (step - slab), w, slab));
    }
}

void TimelineRenderer::drawArrival(QPainter& p, QPointF c)
{
    // Something drops in from outside: a short stroke into a downward triangle.
    const double r = markR_ * 1.15;
    const QPointF pts[3] = {QPointF(c.x() - r, c.y() - r * 0.55), QPointF(c.x() + r, c.y() - r * 0.55),
                            QPointF(c.x(), c.y() + r * 0.85)};
    p.setPen(inks_[AwaitInk].line);
    p.drawLine(QPointF(c.x(), c.y() - r * 1.6), QPointF(c.x(), c.y() - r * 0.6));
    p.setPen(Qt::NoPen);
    p.setBrush(settleBrush_);
    p.drawPolygon(pts, 3);
}

void TimelineRenderer::paintGutter(QPainter& p, const QRectF& rect)
{
    const QRectF plot = vp_->plotRect();
    const LaneGeometry& g = vp_->lanes();
    const qreal s = scale_;
    const QRectF gutter(rect.left(), plot.top(), gutterW_, rect.bottom() - plot.top());
    p.fillRect(gutter, theme_.gutter);
    p.setPen(separatorPen_);
    p.drawLine(QPointF(gutter.right(), gutter.top()), QPointF(gutter.right(), gutter.bottom()));
    for (std::size_t i = 1; i < g.lanes.size(); ++i) {
        p.drawLine(QPointF(rect.left(), g.lanes[i].top), QPointF(gutter.right(), g.lanes[i].top));
    }
    p.drawLine(QPointF(rect.left(), plot.bottom()), QPointF(gutter.right(), plot.bottom()));

    const QFontMetricsF tm(titleFont_);
    const QFontMetricsF sm(subtitleFont_);
    for (std::size_t i = 0; i < g.lanes.size(); ++i) {
        const LaneBox& lane = g.lanes[i];
        const QSizeF ts = laneTitles_[i].size();
        const double titleH = ts.height() > 0 ? ts.height() : tm.height();
        const double total = titleH + 2 * s + sm.height();
        const bool subtitle = lane.height >= total + 4 * s;
        if (titleH > lane.height) continue; // a lane this short is an error the layout prevents
        const double top = lane.top + (lane.height - (subtitle ? total : titleH)) / 2;
        const QRectF region(rect.left(), lane.top, gutterW_, lane.height);
        p.setFont(titleFont_);
        p.setPen(inks_[TextInk].line);
        p.drawStaticText(QPointF(rect.left() + 18 * s, top), laneTitles_[i]);
        placement_.take(QRectF(QPointF(rect.left() + 18 * s, top), QSizeF(ts.width(), titleH)), region,
                        laneTitles_[i].text());
        if (subtitle) {
            p.setFont(subtitleFont_);
            p.setPen(inks_[MutedInk].line);
            p.drawStaticText(QPointF(rect.left() + 18 * s, top + titleH + 2 * s), laneSubtitles_[i]);
            placement_.take(QRectF(QPointF(rect.left() + 18 * s, top + titleH + 2 * s),
                                   QSizeF(laneSubtitles_[i].size().width(), sm.height())),
                            region, laneSubtitles_[i].text());
        }
    }
    // The axis row's caption.
    p.setFont(axisFont_);
    p.setPen(inks_[MutedInk].line);
    const QRectF caption(rect.left() + 18 * s, plot.bottom(), gutterW_ - 30 * s, axisH_ * 0.6);
    p.drawText(caption, Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("time →"));
    const QFontMetricsF am(axisFont_);
    const double captionW = am.horizontalAdvance(QStringLiteral("time →"));
    placement_.take(QRectF(caption.left(), caption.center().y() - am.height() / 2, captionW, am.height()),
                    QRectF(rect.left(), plot.bottom(), gutterW_, rect.bottom() - plot.bottom()),
                    QStringLiteral("time →"));
}

void TimelineRenderer::paintAxis(QPainter& p, const QRectF& rect, const TimelineFrame& f)
{
    const QRectF plot = vp_->plotRect();
    const qreal s = scale_;
    const QRectF area(plot.left(), plot.bottom(), plot.width(), rect.bottom() - plot.bottom());
    p.save();
    p.setClipRect(area);
    const double lineY = area.top() + 12 * s;
    p.setPen(axisPen_);
    p.drawLine(QPointF(area.left(), lineY), QPointF(area.right(), lineY));
    axisUsed_.clear();
    const QFontMetricsF fm(axisFont_);
    const QFontMetricsF bm(boldFont_);
    const double textTop = lineY + 9 * s;
    auto free = [&](double l, double r) {
        return std::none_of(axisUsed_.begin(), axisUsed_.end(), [&](const auto& used) {
            return l < used.second + 8 * s && r > used.first - 8 * s;
        });
    };

    const bool hasEvents = f.layout != nullptr && f.layout->trace() != nullptr && f.count > 0;
    // The cursor's time first: it is what the class looks at.
    if (hasEvents && f.showCursor) {
        const double cx = vp_->xOfU(f.cursorU);
        const double t = f.layout->timeAtU(f.cursorU, f.count);
        const QString text = TimelineLayout::formatMs(t, 1);
        const double w = bm.horizontalAdvance(text) + 16 * s;
        const double chipLeft = std::clamp(cx - w / 2, area.left(), std::max(area.left(), area.right() - w));
        const QRectF chip(chipLeft, textTop - 3 * s, w, bm.height() + 6 * s);
        p.setPen(Qt::NoPen);
        p.setBrush(cursorBrush_);
        p.drawRoundedRect(chip, 6 * s, 6 * s);
        const QPointF tri[3] = {QPointF(cx, lineY - 1 * s), QPointF(cx - 7 * s, chip.top() + 1),
                                QPointF(cx + 7 * s, chip.top() + 1)};
        p.drawPolygon(tri, 3);
        p.setFont(boldFont_);
        p.setPen(windowPen_);
        p.drawText(chip, Qt::AlignCenter, text);
        placement_.take(chip, area, text);
        axisUsed_.emplace_back(chip.left(), chip.right());
    }

    // Instants: a bracket over their width, "t = 500 ms" beneath.
    for (const Band& b : bands_) {
        p.setPen(bracketPen_);
        p.drawLine(QPointF(b.x0 + 2 * s, lineY), QPointF(b.x1 - 2 * s, lineY));
        p.drawLine(QPointF(b.x0 + 2 * s, lineY - 5 * s), QPointF(b.x0 + 2 * s, lineY + 5 * s));
        p.drawLine(QPointF(b.x1 - 2 * s, lineY - 5 * s), QPointF(b.x1 - 2 * s, lineY + 5 * s));
        if (b.x1 - b.x0 < 36 * s) continue; // too narrow to own a label
        const QString text = QStringLiteral("t = ") + TimelineLayout::formatMs(b.ms, 1);
        const double w = fm.horizontalAdvance(text);
        // Centred under the part of the band in view.
        const double v0 = std::max(b.x0, area.left());
        const double v1 = std::min(b.x1, area.right());
        if (v1 - v0 < w) continue;
        const double cx = (v0 + v1) / 2;
        if (!free(cx - w / 2, cx + w / 2)) continue;
        p.setFont(axisFont_);
        p.setPen(instantTextPen_);
        p.drawText(QPointF(cx - w / 2, textTop + fm.ascent()), text);
        placement_.take(QRectF(cx - w / 2, textTop, w, fm.height()), area, text);
        axisUsed_.emplace_back(cx - w / 2, cx + w / 2);
    }

    // Nice times where time runs.
    if (f.layout != nullptr && f.layout->trace() != nullptr) {
        const double step =
            f.layout->ticks(vp_->uLeft(), vp_->uRight(), vp_->zoom(), 110 * s, f.count, ticks_);
        for (const TimelineLayout::Tick& tick : ticks_) {
            const bool instant =
                std::any_of(bands_.begin(), bands_.end(), [&](const Band& b) { return b.ms == tick.ms; });
            if (instant) continue;
            const double x = vp_->xOfU(tick.u);
            p.setPen(axisPen_);
            p.drawLine(QPointF(x, lineY), QPointF(x, lineY + 6 * s));
            const QString text = TimelineLayout::formatMs(tick.ms, step);
            const double w = fm.horizontalAdvance(text);
            if (x - w / 2 < area.left() || x + w / 2 > area.right() || !free(x - w / 2, x + w / 2)) continue;
            p.setFont(axisFont_);
            p.setPen(inks_[MutedInk].line);
            p.drawText(QPointF(x - w / 2, textTop + fm.ascent()), text);
            placement_.take(QRectF(x - w / 2, textTop, w, fm.height()), area, text);
            axisUsed_.emplace_back(x - w / 2, x + w / 2);
        }
    }
    p.restore();
}

void TimelineRenderer::drawGlyph(QPainter& p, int glyph, const QRectF& box)
{
    const qreal s = scale_;
    const QPointF c = box.center();
    const double top = box.top() + 2 * s;
    const double bottom = box.bottom() - 2 * s;
    auto tri = [&](QPointF tip, double dir, const Ink& ink) {
        const QPointF pts[3] = {tip, QPointF(tip.x() - headHalfW_ * 0.9, tip.y() - dir * headLen_ * 0.8),
                                QPointF(tip.x() + headHalfW_ * 0.9, tip.y() - dir * headLen_ * 0.8)};
        p.setPen(Qt::NoPen);
        p.setBrush(ink.fill);
        p.drawPolygon(pts, 3);
    };
    switch (glyph) {
    case GNext:
        p.setPen(inks_[NextInk].line);
        p.drawLine(QPointF(c.x(), top), QPointF(c.x(), bottom - headLen_ * 0.6));
        tri(QPointF(c.x(), bottom), 1, inks_[NextInk]);
        break;
    case GValue:
        p.setPen(inks_[ValueInk].line);
        p.drawLine(QPointF(c.x(), bottom), QPointF(c.x(), top + headLen_ * 0.6));
        tri(QPointF(c.x(), top), -1, inks_[ValueInk]);
        break;
    case GYield: {
        const double r = markR_ * 1.25;
        const QPointF pts[4] = {QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()),
                                QPointF(c.x(), c.y() + r), QPointF(c.x() - r, c.y())};
        p.setPen(Qt::NoPen);
        p.setBrush(inks_[ValueInk].fill);
        p.drawPolygon(pts, 4);
        break;
    }
    case GResumed:
        p.setPen(inks_[ResumedInk].thin);
        p.drawLine(QPointF(c.x(), c.y() - markR_ * 0.9), QPointF(c.x(), c.y() + markR_ * 0.9));
        break;
    case GAwait: {
        const double r = barH_ / 2;
        p.setPen(Qt::NoPen);
        p.setBrush(inks_[AwaitInk].fill);
        p.drawRoundedRect(QRectF(box.left(), c.y() - r, box.width() - r, barH_), r, r);
        p.setBrush(settleBrush_);
        p.drawEllipse(QPointF(box.right() - r, c.y()), r + 2 * s, r + 2 * s);
        break;
    }
    case GReturn:
        p.setPen(inks_[ReturnInk].dashed);
        p.drawLine(QPointF(c.x(), top), QPointF(c.x(), bottom));
        p.setPen(inks_[ReturnInk].line);
        p.drawLine(QPointF(c.x() - headHalfW_ * 1.3, bottom), QPointF(c.x() + headHalfW_ * 1.3, bottom));
        break;
    case GDone: {
        p.setPen(inks_[DoneInk].line);
        p.drawLine(QPointF(c.x(), bottom), QPointF(c.x(), top + markR_));
        const double side = markR_ * 1.5;
        p.setPen(Qt::NoPen);
        p.setBrush(inks_[DoneInk].fill);
        p.drawRect(QRectF(c.x() - side / 2, top, side, side));
        break;
    }
    case GFinally: {
        const double r = markR_ * 1.2;
        QPointF pts[6];
        for (int k = 0; k < 6; ++k)
            pts[k] = QPointF(c.x() + r * std::cos(M_PI / 3 * k), c.y() + r * std::sin(M_PI / 3 * k));
        p.setPen(Qt::NoPen);
        p.setBrush(inks_[CleanupInk].fill);
        p.drawPolygon(pts, 6);
        break;
    }
    case GError: {
        const double r = markR_ * 1.3;
        const QPointF pts[3] = {QPointF(c.x(), c.y() - r), QPointF(c.x() + r * 1.1, c.y() + r * 0.8),
                                QPointF(c.x() - r * 1.1, c.y() + r * 0.8)};
        p.setPen(Qt::NoPen);
        p.setBrush(inks_[ErrorInk].fill);
        p.drawPolygon(pts, 3);
        p.setPen(warningPen_);
        p.drawLine(QPointF(c.x(), c.y() - r * 0.45), QPointF(c.x(), c.y() + r * 0.2));
        p.drawPoint(QPointF(c.x(), c.y() + r * 0.52));
        break;
    }
    case GLog: {
        const QRectF chip(box.left() + 2 * s, c.y() - 8 * s, box.width() - 4 * s, 16 * s);
        p.setPen(inks_[LogInk].thin);
        p.setBrush(logFillBrush_);
        p.drawRoundedRect(chip, 4 * s, 4 * s);
        p.setPen(QPen(theme_.logInk, 2 * s, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(chip.left() + 6 * s, c.y() - 3 * s), QPointF(chip.left() + 9 * s, c.y()));
        p.drawLine(QPointF(chip.left() + 9 * s, c.y()), QPointF(chip.left() + 6 * s, c.y() + 3 * s));
        break;
    }
    case GArrived:
        drawArrival(p, QPointF(c.x(), c.y() + 3 * s));
        break;
    case GBuffer:
        drawBuffer(p, c, 2);
        break;
    case GInstant:
        p.fillRect(QRectF(box.left() + 4 * s, box.top(), box.width() - 8 * s, box.height()), instantBrush_);
        p.setPen(QPen(theme_.instantText, 3 * s, Qt::SolidLine, Qt::FlatCap));
        p.drawLine(QPointF(box.left() + 5 * s, bottom), QPointF(box.right() - 5 * s, bottom));
        break;
    default:
        break;
    }
}

void TimelineRenderer::drawKindMark(QPainter& painter, ys::Kind kind, const QRectF& box)
{
    static constexpr std::array<int, ys::kKindCount> kGlyphOfKind{
        GNext, GReturn,  GResumed, GAwait, GAwait,   GYield, GValue,
        GDone, GFinally, GError,   GLog,   GArrived, GBuffer};
    drawGlyph(painter, kGlyphOfKind.at(static_cast<std::size_t>(kind)), box);
}

void TimelineRenderer::paintLegend(QPainter& p)
{
    for (const LegendItem& item : legend_) {
        drawGlyph(p, item.glyph, item.box);
        p.setFont(legendFont_);
        p.setPen(inks_[TextInk].line);
        p.drawStaticText(item.textPos, item.text);
        placement_.take(QRectF(item.textPos, item.text.size()), QRectF(0, 0, arrangedSize_.width(), legendH_),
                        item.text.text());
    }
}

void TimelineRenderer::paintPlaceholder(QPainter& p, const TimelineFrame& f)
{
    if (f.placeholder.isEmpty()) return;
    const QRectF plot = vp_->plotRect();
    p.setFont(titleFont_);
    p.setPen(inks_[MutedInk].line);
    p.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, f.placeholder);
}

// --- Tooltips ---------------------------------------------------------------------------------

QString TimelineRenderer::describeEvent(const ys::Trace& trace, std::size_t seq)
{
    if (seq >= trace.size()) return {};
    const ys::Event& e = trace[seq];
    QString html = QStringLiteral("<b>#%1 · %2</b><br>").arg(seq).arg(kindSentence(e.kind).toHtmlEscaped());
    const std::string_view kind = ys::kindName(e.kind);
    html += QStringLiteral("t = %1 · %2 · %3")
                .arg(TimelineLayout::formatMs(static_cast<double>(e.t)), actorTitle(e.actor).toHtmlEscaped(),
                     QString::fromLatin1(kind.data(), static_cast<qsizetype>(kind.size())));
    if (e.line > 0) html += QStringLiteral(" · line %1").arg(e.line);
    const std::string_view json = trace.valueText(e);
    if (e.kind != ys::Kind::NextCalled && e.kind != ys::Kind::ReturnCalled && e.kind != ys::Kind::Resumed &&
        !(json == "null" && e.kind == ys::Kind::Done)) {
        const QString value = e.kind == ys::Kind::Log ? consoleText(json) : jsLiteral(json);
        html += QStringLiteral("<br>value: <code>%1</code>").arg(elideChars(value, 300).toHtmlEscaped());
    }
    return html;
}

QString TimelineRenderer::describeSpan(const ys::Trace& trace, std::uint32_t span, std::size_t count)
{
    if (span >= trace.spans().size()) return {};
    const ys::Span& sp = trace.spans()[span];
    if (sp.begin >= trace.size()) return {};
    const ys::Event& begin = trace[sp.begin];
    QString html = QStringLiteral("<b>%1</b><br>")
                       .arg(elideChars(consoleText(trace.valueText(begin)), 300).toHtmlEscaped());
    const bool open = sp.end == ys::Span::kOpen || sp.end >= count || sp.end >= trace.size();
    if (open) {
        html += QStringLiteral("pending since t = %1 (#%2)")
                    .arg(TimelineLayout::formatMs(static_cast<double>(begin.t)))
                    .arg(sp.begin);
    } else {
        const ys::Event& end = trace[sp.end];
        html += QStringLiteral("awaited from t = %1 to t = %2 (%3), #%4 → #%5")
                    .arg(TimelineLayout::formatMs(static_cast<double>(begin.t)),
                         TimelineLayout::formatMs(static_cast<double>(end.t)),
                         TimelineLayout::formatMs(static_cast<double>(end.t - begin.t)))
                    .arg(sp.begin)
                    .arg(sp.end);
    }
    return html;
}

} // namespace ys::ui
