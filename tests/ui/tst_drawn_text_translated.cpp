// SPDX-License-Identifier: MIT
// Nothing English is left in the Russian window. Every demo runs in Russian; what the timeline
// draws (lane captions, legend, axis, labels: every text its TextRecorder hears of), its
// tooltips, the narration's badges and sentences are read word by word, and every Latin word
// must come from the program itself: an identifier or a string of its listing, a value of its
// run, a kind's name in the trace format, or a word of JavaScript the texts quote. A text that
// never reached lupdate (or has no translation) is drawn in English and fails here.
#include "core/demos/demo.hpp"
#include "core/trace/event_vocabulary.hpp"
#include "ui/panels/narration_banner.hpp"
#include "ui/panels/narration_text.hpp"
#include "ui/session/run_session.hpp"
#include "ui/timeline/text_placement.hpp"
#include "ui/timeline/timeline_renderer.hpp"
#include "ui/timeline/timeline_view.hpp"
#include "ui/window/language.hpp"
#include "ui/window/main_window.hpp"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace ys;

namespace {

struct Recorder : ys::ui::TextRecorder {
    QStringList texts;
    void placed(const ys::ui::PlacedText& text) override { texts << text.text; }
};

const QRegularExpression& latinWord()
{
    static const QRegularExpression re(QStringLiteral("[A-Za-z_$][A-Za-z0-9_$]*"));
    return re;
}

// Adds the words of code or JSON; an escape is no part of a word ("\nReceived" is Received).
void addWords(QSet<QString>& words, QString text)
{
    text.replace(QStringLiteral("\\n"), QStringLiteral(" "));
    auto it = latinWord().globalMatch(text);
    while (it.hasNext())
        words.insert(it.next().captured());
}

// The program's own words: its listing without comments (which are English prose), and the
// values of its run.
QSet<QString> programWords(const std::string& listing, const Trace& trace)
{
    QString code = QString::fromStdString(listing);
    code.remove(QRegularExpression(QStringLiteral("(?<!:)//[^\n]*"))); // not a URL's //
    code.remove(
        QRegularExpression(QStringLiteral("/\\*.*?\\*/"), QRegularExpression::DotMatchesEverythingOption));
    QSet<QString> words;
    addWords(words, code);
    for (std::size_t i = 0; i < trace.size(); ++i)
        addWords(words, QString::fromUtf8(trace.valueText(trace[i]).data(),
                                          static_cast<qsizetype>(trace.valueText(trace[i]).size())));
    for (const KindInfo& info : kindTable())
        words.insert(QString::fromLatin1(info.name.data(), static_cast<qsizetype>(info.name.size())));
    // The JavaScript the texts quote although a listing may not spell it out (a for await loop
    // calls next() and return() unseen), and the time variable of the axis.
    for (const char* w : {"next", "return", "throw", "yield", "await", "for", "of", "async", "finally",
                          "console", "log", "Promise", "t"})
        words.insert(QString::fromLatin1(w));
    return words;
}

// The text without HTML tags, code (<code>, `backticks`, {done: true}) and entities.
QString prose(QString text)
{
    const QString gap(QLatin1Char(' '));
    text.replace(QRegularExpression(QStringLiteral("<code>.*?</code>")), gap);
    text.replace(QRegularExpression(QStringLiteral("`[^`]*`")), gap);
    text.replace(QRegularExpression(QStringLiteral("<[^>]*>")), gap);
    text.replace(QRegularExpression(QStringLiteral("&[a-z]+;")), gap);
    // Object literals, innermost first: {value: {id: 1}, done: false}.
    const QRegularExpression object(QStringLiteral("\\{[^{}]*\\}"));
    while (text.contains(object))
        text.replace(object, gap);
    return text;
}

// Whether `word`, cut short ("setTi…"), begins an allowed word.
bool cutAllowed(const QString& word, const QSet<QString>& allowed)
{
    return std::any_of(allowed.begin(), allowed.end(), [&](const QString& a) { return a.startsWith(word); });
}

// The Latin words of `text` that are not the program's.
QStringList englishWords(const QString& text, const QSet<QString>& allowed)
{
    QStringList found;
    const QString p = prose(text);
    auto it = latinWord().globalMatch(p);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString w = m.captured();
        const bool cut = m.capturedEnd() < p.size() && p.at(m.capturedEnd()) == QChar(0x2026);
        if (!allowed.contains(w) && !(cut && cutAllowed(w, allowed))) found << w;
    }
    return found;
}

} // namespace

class TestDrawnTextTranslated : public QObject {
    Q_OBJECT

    QStringList failures_;

    void check(const QString& where, const QString& text, const QSet<QString>& allowed)
    {
        const QStringList english = englishWords(text, allowed);
        if (!english.isEmpty() && failures_.size() < 40)
            failures_ << QStringLiteral("%1: \"%2\" has %3").arg(where, text.left(80), english.join(' '));
    }

private slots:
    void initTestCase() { ys::ui::installLanguage(ys::ui::Language::Russian); }
    void cleanupTestCase() { ys::ui::installLanguage(ys::ui::Language::English); }

    // The words this test looks for are really found: the English texts fail it.
    void englishIsCaught()
    {
        const QSet<QString> allowed{QStringLiteral("t")};
        QVERIFY(!englishWords(QStringLiteral("time →"), allowed).isEmpty());
        QVERIFY(!englishWords(QStringLiteral("500 ms"), allowed).isEmpty());
        QVERIFY(!englishWords(QStringLiteral("<b>#3</b> line 4"), allowed).isEmpty());
        QVERIFY(!englishWords(QStringLiteral("<b>value</b><br>t = 1"), allowed).isEmpty());
        QVERIFY(!englishWords(QStringLiteral("same inst…"), allowed).isEmpty());
        QVERIFY(englishWords(QStringLiteral("время → t = 500 мс <code>page</code> `next()` {done: true}"),
                             allowed)
                    .isEmpty());
        QVERIFY(englishWords(QStringLiteral("tim…"), QSet<QString>{QStringLiteral("timer")}).isEmpty());
    }

    void demosSpeakRussian_data()
    {
        QTest::addColumn<QString>("demo");
        for (const Demo* d : allDemos())
            QTest::newRow(d->name.c_str()) << QString::fromStdString(d->name);
    }

    void demosSpeakRussian()
    {
        QFETCH(QString, demo);
        ys::ui::MainWindow w;
        w.setAttribute(Qt::WA_DontShowOnScreen);
        w.timeline()->setAnimated(false);
        w.resize(1280, 720);
        w.show();
        Recorder recorder;
        w.timeline()->setTextRecorder(&recorder);
        w.selectDemo(demo);
        ys::ui::RunSession& session = w.session();
        while (session.stepForward()) {
        }
        const Trace& trace = *session.trace();
        const QSet<QString> allowed = programWords(session.listing(), trace);
        const std::size_t total = session.recorded();
        QVERIFY(total > 0);
        for (const std::size_t cursor : {std::size_t{0}, total / 2, total - 1}) {
            session.jumpTo(cursor);
            QCoreApplication::sendPostedEvents();
            QApplication::processEvents();
            recorder.texts.clear();
            QImage image(w.size(), QImage::Format_RGB32);
            w.render(&image);
            QVERIFY(!recorder.texts.isEmpty());
            for (const QString& text : recorder.texts)
                check(QStringLiteral("timeline at #%1").arg(cursor), text, allowed);
            check(QStringLiteral("narration at #%1").arg(cursor),
                  w.narration()->sentenceLabel()->accessibleDescription(), allowed);
        }
        w.timeline()->setTextRecorder(nullptr);
        for (std::size_t seq = 0; seq < trace.size(); ++seq) {
            check(QStringLiteral("tooltip of #%1").arg(seq),
                  ys::ui::TimelineRenderer::describeEvent(trace, seq), allowed);
            const Event& e = trace[seq];
            check(QStringLiteral("badge of #%1").arg(seq),
                  ys::ui::NarrationBanner::badgeText(e.actor, e.kind), allowed);
            check(QStringLiteral("narration of #%1").arg(seq),
                  ys::ui::narrate(*session.demo(), trace, seq, session.listing()), allowed);
        }
        for (std::uint32_t span = 0; span < trace.spans().size(); ++span)
            check(QStringLiteral("tooltip of span %1").arg(span),
                  ys::ui::TimelineRenderer::describeSpan(trace, span, trace.size()), allowed);
        const QString report = failures_.join(QStringLiteral("\n  "));
        failures_.clear();
        QVERIFY2(report.isEmpty(), qPrintable(QStringLiteral("English left in Russian:\n  ") + report));
    }
};

QTEST_MAIN(TestDrawnTextTranslated)
#include "tst_drawn_text_translated.moc"
