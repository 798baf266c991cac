// SPDX-License-Identifier: MIT
// The timeline's tooltips: what an event or an awaited operation was, in rich text.
#include "ui/timeline/timeline_renderer.hpp"

#include "ui/timeline/instance_title.hpp"
#include "ui/timeline/value_text.hpp"

namespace ys::ui {
namespace {

QString actorTitle(ys::Actor actor)
{
    switch (actor) {
    case ys::Actor::Consumer:
        return TimelineText::tr("for await (consumer)");
    case ys::Actor::Producer:
        return TimelineText::tr("generator / iterator (producer)");
    case ys::Actor::Source:
        return TimelineText::tr("timers & network (sources)");
    case ys::Actor::Console:
        return TimelineText::tr("console");
    }
    return {};
}

} // namespace

QString TimelineRenderer::describeEvent(const ys::Trace& trace, std::size_t seq)
{
    if (seq >= trace.size()) return {};
    const ys::Event& e = trace[seq];
    const QString sentence = vocabularyTr(ys::kindInfo(e.kind).sentence);
    QString html = QStringLiteral("<b>#%1 · %2</b><br>").arg(seq).arg(sentence.toHtmlEscaped());
    const std::string_view kind = ys::kindName(e.kind);
    html += QStringLiteral("t = %1 · %2 · %3")
                .arg(TimelineLayout::formatMs(static_cast<double>(e.t)), actorTitle(e.actor).toHtmlEscaped(),
                     QString::fromLatin1(kind.data(), static_cast<qsizetype>(kind.size())));
    if (e.line > 0) html += QStringLiteral(" · ") + TimelineText::tr("line %1").arg(e.line);
    // Which of several generators or loops (nothing in a run of one of each).
    if (const QString instance = instanceName(trace, trace.instance(seq)); !instance.isEmpty()) {
        //: The generator or loop an event belongs to, in its tooltip: "belongs to numbers() (line 3)".
        const QString line = TimelineText::tr("belongs to %1");
        html += QStringLiteral("<br>") + line.arg(instance.toHtmlEscaped());
    }
    const std::string_view json = trace.valueText(e);
    if (e.kind != ys::Kind::NextCalled && e.kind != ys::Kind::ReturnCalled && e.kind != ys::Kind::Resumed &&
        !(json == "null" && e.kind == ys::Kind::Done)) {
        const QString value = e.kind == ys::Kind::Log ? consoleText(json) : jsLiteral(json);
        html += QStringLiteral("<br>") +
                TimelineText::tr("value: %1")
                    .arg(QStringLiteral("<code>%1</code>").arg(elideChars(value, 300).toHtmlEscaped()));
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
        html += TimelineText::tr("pending since t = %1 (#%2)")
                    .arg(TimelineLayout::formatMs(static_cast<double>(begin.t)))
                    .arg(sp.begin);
    } else {
        const ys::Event& end = trace[sp.end];
        html += TimelineText::tr("awaited from t = %1 to t = %2 (%3), #%4 → #%5")
                    .arg(TimelineLayout::formatMs(static_cast<double>(begin.t)),
                         TimelineLayout::formatMs(static_cast<double>(end.t)),
                         TimelineLayout::formatMs(static_cast<double>(end.t - begin.t)))
                    .arg(sp.begin)
                    .arg(sp.end);
    }
    return html;
}

} // namespace ys::ui
