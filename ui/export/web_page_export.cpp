// SPDX-License-Identifier: MIT
#include "ui/export/web_page_export.hpp"

#include "core/demos/engine.hpp"
#include "core/narration/narration.hpp"
#include "ui/export/svg_frames.hpp"
#include "ui/panels/console_view.hpp"
#include "ui/panels/js_highlighter.hpp"
#include "ui/panels/narration_banner.hpp"
#include "ui/panels/narration_text.hpp"
#include "ui/session/player.hpp"
#include "ui/session/run_session.hpp"
#include "ui/style/code_colors.hpp"
#include "ui/style/theme.hpp"
#include "ui/timeline/instance_title.hpp"
#include "ui/timeline/passes/notes_pass.hpp"
#include "ui/timeline/timeline_layout.hpp"
#include "ui/timeline/timeline_renderer.hpp"
#include "ui/timeline/timeline_viewport.hpp"
#include "ui/window/demo_text.hpp"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace ys::ui {
namespace {

// The timeline's height in the window at its preferred size; its width grows with the run at
// the window's default zoom, so that marks do not fold and labels have room.
constexpr double kTimelineHeight = 540;
constexpr double kMinTimelineWidth = 960;
constexpr double kMaxTimelineWidth = 30000;
// Room for labels at both ends of the run (as the window's fit leaves).
constexpr double kLeftRoom = 40;
constexpr double kRightRoom = 110;

QString tr(const char* text) { return QCoreApplication::translate("ys::ui::WebPageExport", text); }

QByteArray resource(const QString& name)
{
    QFile file(QStringLiteral(":/web/") + name);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return file.readAll();
}

struct Geometry {
    QSize size;
    QRectF plot;
    double gutter = 0; // the lane titles' width
    double legend = 0; // the bottom of the legend's row
    std::vector<double> x, y;
};

QByteArray drawSvg(TimelineRenderer& renderer, const NotesPass& notes, const std::vector<PinnedNote>& pinned,
                   const TimelineLayout& layout, const TimelineViewport& viewport, QSize size,
                   std::size_t count)
{
    // Frame `count` of the run: events 1..count shown, the last of them current, as the
    // window's timeline draws it (nothing shown and no cursor for 0).
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    QPainter painter(&svg);
    TimelineFrame frame;
    frame.layout = &layout;
    frame.viewport = &viewport;
    frame.count = count;
    frame.showCursor = count > 0;
    if (count > 0) {
        frame.current = count - 1;
        frame.cursorU = layout.u(count - 1);
    }
    frame.legend = true;
    renderer.paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), frame);
    NotesPass painterOfNotes = notes;
    painterOfNotes.paint(painter, layout, viewport, count, pinned);
    painter.end();
    return bytes;
}

// The drawing's height: the window's at its preferred size, more where a run's generators and
// loops take more lanes than that leaves legible (every lane is kept: the page cannot be resized).
double pageHeight(TimelineRenderer& renderer, const InstanceLanes& instances, TimelineViewport& viewport,
                  int spanRows, std::uint32_t kinds)
{
    renderer.arrange(QSizeF(1200, kTimelineHeight), spanRows, kinds, true, viewport, instances);
    double more = 0;
    for (const Actor actor : {Actor::Consumer, Actor::Producer}) {
        const int lanes = instances.laneCount(actor);
        more += renderer.legibleOneLaneHeight(actor) * (lanes - std::min(lanes, InstanceLanes::kLeastLanes));
    }
    return std::max(kTimelineHeight, std::ceil(renderer.legibleHeight(true) + more));
}

// Arranges the timeline for the whole run at the window's default zoom (fitted when that
// would be wider than kMaxTimelineWidth).
Geometry arrange(TimelineRenderer& renderer, const TimelineLayout& layout, TimelineViewport& viewport)
{
    const std::size_t count = layout.size();
    const double span = std::max(layout.endU(count) - layout.beginU(), 1e-9);
    // The window's lanes: one per generator and per loop of a run with several (InstanceLanes),
    // so each event's mark, and the y given to the page for it, is in its instance's lane.
    const InstanceLanes& instances = layout.instanceLanes();
    const double height =
        pageHeight(renderer, instances, viewport, layout.spanRowCount(), layout.kindsSeen());
    renderer.arrange(QSizeF(1200, height), layout.spanRowCount(), layout.kindsSeen(), true, viewport,
                     instances);
    const double besidePlot = 1200 - viewport.plotRect().width();
    double zoom = renderer.defaultZoom();
    double width =
        std::clamp(besidePlot + kLeftRoom + span * zoom + kRightRoom, kMinTimelineWidth, kMaxTimelineWidth);
    width = std::ceil(width);
    renderer.arrange(QSizeF(width, height), layout.spanRowCount(), layout.kindsSeen(), true, viewport,
                     instances);
    zoom = std::min(zoom, (viewport.plotRect().width() - kLeftRoom - kRightRoom) / span);
    viewport.setZoomLimits(1e-9, 1e9);
    viewport.setZoom(zoom);
    viewport.setOffset(layout.beginU() - kLeftRoom / zoom);

    Geometry g;
    g.size = QSize(static_cast<int>(width), static_cast<int>(height));
    g.plot = viewport.plotRect();
    g.gutter = renderer.gutterWidth();
    g.legend = viewport.plotRect().top();
    for (const LaneBox& lane : viewport.lanes().lanes)
        g.legend = std::min(g.legend, lane.top);
    for (std::size_t seq = 0; seq < count; ++seq) {
        const QPointF anchor = viewport.eventAnchor(layout, seq);
        g.x.push_back(anchor.x());
        g.y.push_back(anchor.y());
    }
    return g;
}

double rounded(double v) { return std::round(v * 10) / 10; }

// The listing's lines as runs of one token each, [class, text], as the code panel colours them.
QJsonArray listingTokens(const std::string& listing)
{
    static const char* const kClasses[] = {"", "k", "b", "s", "s", "n", "c"};
    QJsonArray lines;
    const QStringList texts = QString::fromStdString(listing).split(QLatin1Char('\n'));
    int state = 0;
    for (int i = 0; i < texts.size(); ++i) {
        const QString& text = texts[i];
        if (i + 1 == texts.size() && text.isEmpty()) break; // the final line break
        QVector<JsHighlighter::Token> tokens;
        state = JsHighlighter::classify(text, state, tokens);
        QJsonArray runs;
        int start = 0;
        for (int c = 1; c <= text.size(); ++c) {
            if (c < text.size() && tokens.value(c) == tokens.value(start)) continue;
            const auto token = static_cast<std::size_t>(tokens.value(start));
            runs.append(QJsonArray{QString::fromLatin1(kClasses[std::min<std::size_t>(token, 6)]),
                                   text.mid(start, c - start)});
            start = c;
        }
        lines.append(runs);
    }
    return lines;
}

// CSS custom properties of one theme: the page's surfaces and the timeline's and code
// panel's colours, so the page matches the window in either.
QString themeCss(const Theme& theme)
{
    const CodeColors code = CodeColors::forTheme(theme);
    QString css;
    auto add = [&css](const char* name, const QColor& color) {
        const QString value = color.alpha() == 255 ? color.name(QColor::HexRgb)
                                                   : QStringLiteral("rgba(%1,%2,%3,%4)")
                                                         .arg(color.red())
                                                         .arg(color.green())
                                                         .arg(color.blue())
                                                         .arg(color.alphaF(), 0, 'f', 3);
        css += QStringLiteral("--%1:%2;").arg(QLatin1String(name), value);
    };
    add("bg", theme.window);
    add("panel", theme.gutter);
    add("text", theme.text);
    add("muted", theme.mutedText);
    add("line", theme.separator);
    add("cursor", theme.cursor);
    add("chip", theme.chip);
    add("code-bg", code.background);
    add("code-text", code.text);
    add("gutter-bg", code.gutterBackground);
    add("gutter-text", code.gutterText);
    add("tok-k", code.keyword);
    add("tok-s", code.string);
    add("tok-n", code.number);
    add("tok-c", code.comment);
    add("tok-b", code.builtin);
    add("current", code.currentLine);
    add("previous", code.previousLine);
    add("log-fill", theme.logFill);
    add("log-ink", theme.logInk);
    for (int k = 0; k < static_cast<int>(kKindCount); ++k)
        add(qPrintable(QStringLiteral("kind-%1").arg(k)), theme.kindColor(static_cast<Kind>(k)));
    return css;
}

// JSON safe inside <script>: the parser of HTML must never see `<`, and `&` or `>` never matter.
QByteArray scriptSafe(QByteArray json)
{
    json.replace('<', "\\u003c");
    json.replace('>', "\\u003e");
    json.replace('&', "\\u0026");
    return json;
}

} // namespace

QString WebPageExport::refusal(std::size_t events, bool stopped)
{
    if (events <= kMaxEvents) return {};
    const QString size = stopped ? tr("more than %L1").arg(kMaxEvents) : tr("%L1").arg(events);
    return tr("the run has %1 events; a web page holds at most %L2 (step through it in Yieldscope, or "
              "choose parameters that make a shorter run)")
        .arg(size)
        .arg(kMaxEvents);
}

QString WebPageExport::runName(const Demo* demo, const Params& params)
{
    if (demo == nullptr) return tr("a recorded run");
    QString name = QString::fromStdString(demo->name);
    if (demo->params.empty()) return name;
    QStringList values;
    for (const ParamSpec& p : demo->params)
        values << QStringLiteral("%1=%2").arg(QString::fromStdString(p.name),
                                              QString::fromStdString(params.text(p.name)));
    return name + QStringLiteral(" (") + values.join(QStringLiteral(", ")) + QLatin1Char(')');
}

bool WebPageExport::exportSession(const RunSession& session, const QString& path, QString& error,
                                  bool& refused)
{
    refused = false;
    WebPageRun run;
    run.demo = session.demo();
    run.params = session.params();
    run.listing = session.listing();
    run.notes = session.notes();
    run.name = runName(run.demo, run.params);
    std::unique_ptr<Engine> engine;
    if (session.replaying() || session.demo() == nullptr) {
        run.trace = session.trace();
    } else {
        engine = std::make_unique<Engine>(*session.demo(), session.params());
        engine->runToEnd(kMaxEvents + 1);
        if (engine->trace().size() > kMaxEvents) {
            refused = true;
            error = refusal(engine->trace().size(), !engine->finished());
            return false;
        }
        run.trace = &engine->trace();
    }
    if (run.trace != nullptr && run.trace->size() > kMaxEvents) {
        refused = true;
        error = refusal(run.trace->size());
        return false;
    }
    const auto page = build(run, error);
    if (!page) {
        refused = true;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*page) != page->size() || !file.commit()) {
        error = file.errorString();
        return false;
    }
    return true;
}

QString WebPageExport::sentence(const WebPageRun& run, std::size_t seq)
{
    static const Demo kUnknownDemo;
    const Demo& demo = run.demo != nullptr ? *run.demo : kUnknownDemo;
    QString text = narrate(demo, *run.trace, seq, run.listing);
    for (const Note& a : run.notes) {
        if (a.seq == seq && !a.text.empty()) {
            text += QCoreApplication::translate("ys::ui::MainWindow", " — Note: “%1”")
                        .arg(QString::fromStdString(a.text));
        }
    }
    return text;
}

namespace {

// The notes of the run that pin to one of its events.
std::vector<PinnedNote> pinnedNotes(const WebPageRun& run, std::size_t count)
{
    std::vector<PinnedNote> pinned;
    for (const Note& a : run.notes) {
        if (a.seq < count && !a.text.empty()) pinned.push_back({a.seq, QString::fromStdString(a.text)});
    }
    return pinned;
}

// The drawings, light and dark, each with every step's frame; the places of the events are
// the same in both and left in `geometry`. Nothing and `error` set when a drawing cannot be read.
std::optional<QJsonObject> drawTimelines(const TimelineLayout& layout, const std::vector<PinnedNote>& pinned,
                                         std::size_t count, Geometry& geometry, QString& error)
{
    QJsonObject drawings;
    for (const Theme& theme : {Theme::light(), Theme::dark()}) {
        TimelineRenderer renderer;
        renderer.setTheme(theme);
        TimelineViewport viewport;
        geometry = arrange(renderer, layout, viewport);
        NotesPass notes;
        notes.setTheme(theme);
        // Every step's frame (the first event's also keeps the lane titles in view).
        SvgFrames frames;
        for (std::size_t shown = 0; shown <= count; ++shown) {
            const QByteArray svg = drawSvg(renderer, notes, pinned, layout, viewport, geometry.size, shown);
            if (!frames.add(svg)) {
                error = QCoreApplication::translate("ys::ui::WebPageExport",
                                                    "the timeline's drawing could not be read back");
                return std::nullopt;
            }
        }
        QJsonObject drawing = frames.toJson();
        // The dark drawing is most often the light one in other colours: then it keeps only
        // its groups and styles, and shares the light one's primitives and frames.
        if (theme.isDark) {
            const QJsonObject light = drawings.value(QStringLiteral("light")).toObject();
            if (light.value(QStringLiteral("prims")) == drawing.value(QStringLiteral("prims")) &&
                light.value(QStringLiteral("frames")) == drawing.value(QStringLiteral("frames"))) {
                drawing.remove(QStringLiteral("prims"));
                drawing.remove(QStringLiteral("frames"));
            }
        }
        drawings.insert(theme.isDark ? QStringLiteral("dark") : QStringLiteral("light"), drawing);
    }
    return drawings;
}

// The console as the panel holds it after each event: each event's text is the start of the
// last one, so the page keeps the last text and each event's length of it.
struct ConsoleSteps {
    std::vector<qsizetype> length;    // of the text after each event
    std::vector<std::size_t> outputs; // the outputs shown after each event
    QString text;                     // after the last event
};

ConsoleSteps consoleSteps(const Trace& trace, const std::string& listing, std::size_t count)
{
    ConsoleView console;
    console.setRun(&trace, listing);
    ConsoleSteps steps{std::vector<qsizetype>(count), std::vector<std::size_t>(count), {}};
    for (std::size_t seq = 0; seq < count; ++seq) {
        console.showUpTo(seq);
        const QString text = console.toPlainText();
        steps.length[seq] = text.size();
        steps.outputs[seq] = console.outputs();
        if (seq + 1 == count) steps.text = text;
    }
    return steps;
}

// One object per event: when, where in the code and on the drawing, what is said of it, the
// console's state after it, and how long Play waits before it.
QJsonArray eventsJson(const WebPageRun& run, const InstanceLanes& lanes, const Geometry& geometry,
                      const ConsoleSteps& console)
{
    const Trace& trace = *run.trace;
    QJsonArray events;
    for (std::size_t seq = 0; seq < trace.size(); ++seq) {
        const Event& e = trace[seq];
        // How long Play waits before this event at each speed (none before the first).
        QJsonArray waits;
        for (double speed : Player::kSpeeds)
            waits.append(Player::waitMs(seq > 0 ? trace[seq - 1].t : e.t, e.t, speed));
        events.append(QJsonObject{
            {QStringLiteral("t"), static_cast<qint64>(e.t)},
            {QStringLiteral("line"), static_cast<int>(e.line)},
            {QStringLiteral("prev"), seq > 0 ? static_cast<int>(trace[seq - 1].line) : 0},
            {QStringLiteral("kind"), static_cast<int>(e.kind)},
            {QStringLiteral("badge"),
             NarrationBanner::badgeText(e.actor, e.kind, laneInstanceName(lanes, trace, seq))},
            {QStringLiteral("say"), WebPageExport::sentence(run, seq)},
            {QStringLiteral("x"), rounded(geometry.x[seq])},
            {QStringLiteral("y"), rounded(geometry.y[seq])},
            {QStringLiteral("con"), static_cast<qint64>(console.length[seq])},
            {QStringLiteral("out"), static_cast<qint64>(console.outputs[seq])},
            {QStringLiteral("wait"), waits},
        });
    }
    return events;
}

// Everything the page's script reads.
QJsonObject pageData(const WebPageRun& run, const Geometry& geometry, const QString& consoleText,
                     const QJsonArray& events, const QJsonObject& drawings)
{
    QJsonArray speeds;
    for (double s : Player::kSpeeds)
        speeds.append(s);
    return QJsonObject{
        {QStringLiteral("name"), run.name},
        {QStringLiteral("title"), run.demo != nullptr ? demoTitle(*run.demo) : run.name},
        {QStringLiteral("listing"), listingTokens(run.listing)},
        {QStringLiteral("console"), consoleText},
        {QStringLiteral("events"), events},
        {QStringLiteral("width"), geometry.size.width()},
        {QStringLiteral("height"), geometry.size.height()},
        {QStringLiteral("plot"), QJsonArray{rounded(geometry.plot.left()), rounded(geometry.plot.top()),
                                            rounded(geometry.plot.right()), rounded(geometry.plot.bottom())}},
        {QStringLiteral("gutter"), rounded(geometry.gutter)},
        {QStringLiteral("legend"), rounded(geometry.legend)},
        {QStringLiteral("drawings"), drawings},
        {QStringLiteral("speeds"), speeds},
        {QStringLiteral("startHint"),
         QCoreApplication::translate(
             "ys::ui::WebPageExport",
             "Press → or Space to step through the run; click an event to go to it.")},
        {QStringLiteral("ended"),
         QCoreApplication::translate("ys::ui::WebPageExport",
                                     "■ The program has finished: nothing is left to run.")},
    };
}

// The page's template with its theme, style, script, title and data filled in; nothing and
// `error` set when the template is not in this build.
std::optional<QByteArray> fillTemplate(const QString& title, const QJsonObject& data, QString& error)
{
    QByteArray page = resource(QStringLiteral("page.html"));
    const QByteArray style = resource(QStringLiteral("page.css"));
    const QByteArray script = resource(QStringLiteral("page.js"));
    if (page.isEmpty() || style.isEmpty() || script.isEmpty()) {
        error = QCoreApplication::translate("ys::ui::WebPageExport",
                                            "the page's template is missing from this build");
        return std::nullopt;
    }
    const QByteArray light = QStringLiteral(":root{%1}").arg(themeCss(Theme::light())).toUtf8();
    const QByteArray dark = QStringLiteral("@media (prefers-color-scheme: dark){:root{%1}}")
                                .arg(themeCss(Theme::dark()))
                                .toUtf8();
    page.replace("{{theme}}", light + "\n" + dark);
    page.replace("{{style}}", style);
    page.replace("{{script}}", script);
    page.replace("{{title}}", title.toHtmlEscaped().toUtf8());
    page.replace("{{data}}", scriptSafe(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    return page;
}

} // namespace

std::optional<QByteArray> WebPageExport::build(const WebPageRun& run, QString& error)
{
    const std::size_t count = run.trace != nullptr ? run.trace->size() : 0;
    if (count == 0) {
        error = tr("the run has no events");
        return std::nullopt;
    }
    if (const QString refused = refusal(count); !refused.isEmpty()) {
        error = refused;
        return std::nullopt;
    }
    TimelineLayout layout;
    layout.setTrace(run.trace);

    const QString title = tr("Yieldscope — %1").arg(run.name);
    Geometry geometry;
    const auto drawings = drawTimelines(layout, pinnedNotes(run, count), count, geometry, error);
    if (!drawings) return std::nullopt;
    const ConsoleSteps console = consoleSteps(*run.trace, run.listing, count);
    const QJsonArray events = eventsJson(run, layout.instanceLanes(), geometry, console);
    return fillTemplate(title, pageData(run, geometry, console.text, events, *drawings), error);
}

} // namespace ys::ui
