// SPDX-License-Identifier: MIT
// The run as a web page (--html, File > Export as web page): a real browser (headless
// Chromium) opens each demo's page at #event=N for several N, and what its DOM shows — the
// narration, the lit lines, the console, the visible marks, the counter — is what the app
// shows at event N, computed here from the trace with the app's own narration, console and
// timeline. A trace whose values and notes carry markup shows it as text. Bad inputs get one
// line and exit status 2 (a message box in the window), and no file.
//
// One browser start serves every page: a probe page in the same folder opens each page at
// each N in a frame and copies the frame's DOM into its own, which the browser then dumps.
#include "core/demos/demo.hpp"
#include "core/demos/engine.hpp"
#include "core/io/trace_file.hpp"
#include "core/narration/narration.hpp"
#include "core/script/script_engine.hpp"
#include "ui/export/web_page_export.hpp"
#include "ui/panels/console_view.hpp"
#include "ui/panels/narration_banner.hpp"
#include "ui/panels/narration_text.hpp"
#include "ui/session/run_session.hpp"
#include "ui/timeline/instance_title.hpp"
#include "ui/timeline/timeline_layout.hpp"
#include "ui/timeline/timeline_view.hpp"
#include "ui/window/main_window.hpp"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <map>
#include <memory>
#include <set>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runApp(const QStringList& args)
{
    QProcess p;
    p.start(YS_APP, args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// One page to check: made from a demo's run by the command line, or from a trace in process.
struct Page {
    QString file; // in the temporary folder
    const ys::Demo* demo = nullptr;
    ys::Params params;
    std::unique_ptr<ys::Engine> engine; // the run, as the app records it
    std::unique_ptr<ys::TraceFile> traceFile;
    std::vector<int> events; // the N to open it at (1-based)

    const ys::Trace& trace() const { return engine ? engine->trace() : traceFile->trace; }
    std::string listing() const { return demo != nullptr ? demo->listing(params) : std::string(); }
};

// Text of the first element whose start tag matches `openTag` (a regular expression), up to
// its closing `tag`, as a browser's textContent would read the serialised markup.
QString elementText(const QString& dom, const QString& openTag, const QString& tag)
{
    const QRegularExpression re(openTag + QStringLiteral("(.*?)</") + tag + QLatin1Char('>'),
                                QRegularExpression::DotMatchesEverythingOption);
    const auto m = re.match(dom);
    if (!m.hasMatch()) return QStringLiteral("<missing>");
    // Tags out, entities decoded: what the text nodes hold.
    QString inner = m.captured(1);
    inner.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return inner.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#39;"), QLatin1String("'"))
        .replace(QLatin1String("&nbsp;"), QString(QChar(0xA0)))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
}

// The classes of the listing's lines, in order.
QStringList lineClasses(const QString& dom)
{
    const int start = static_cast<int>(dom.indexOf(QLatin1String("<ol id=\"code\"")));
    const int end = static_cast<int>(dom.indexOf(QLatin1String("</ol>"), start));
    QStringList classes;
    const QRegularExpression li(QStringLiteral("<li( class=\"([^\"]*)\")?>"));
    auto it = li.globalMatch(dom.mid(start, end - start));
    while (it.hasNext())
        classes << it.next().captured(2);
    return classes;
}

// The seqs of the marks the page shows (visibility="visible"), and of all its marks.
QList<int> marks(const QString& dom, bool visibleOnly)
{
    QList<int> seqs;
    const QRegularExpression mark(QStringLiteral("<circle class=\"hit\" data-seq=\"(\\d+)\"[^>]*>"));
    auto it = mark.globalMatch(dom);
    while (it.hasNext()) {
        const auto m = it.next();
        if (!visibleOnly || m.captured(0).contains(QLatin1String("visibility=\"visible\"")))
            seqs << m.captured(1).toInt();
    }
    return seqs;
}

// Every element name that appears in the DOM, with how often.
std::map<QString, int> elementCounts(const QString& dom)
{
    std::map<QString, int> counts;
    const QRegularExpression tag(QStringLiteral("<([a-zA-Z][a-zA-Z0-9-]*)[\\s>/]"));
    auto it = tag.globalMatch(dom);
    while (it.hasNext())
        ++counts[it.next().captured(1).toLower()];
    return counts;
}

// The lesson's page: pagination with break, where #event=33 is the return() call.
const char* const kLesson = "pagination-breakAfter_4.html";

const char* const kEvil =
    R"run(</script><img src=x onerror="document.body.setAttribute('data-pwned','yes')">"quotes" & 'more' <b>bold</b>)run";

// A run of countdown whose values, console output and notes carry markup and quotes.
QByteArray evilTrace()
{
    QJsonValue evil(QString::fromUtf8(kEvil));
    auto json = [&](const QJsonValue& v) {
        return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    };
    const QString e = json(evil);
    QString text;
    text += QStringLiteral(
                R"({"format":"yieldscope-trace","version":1,"demo":"countdown",)"
                R"("params":{"from":1,"ms":500},"annotations":[{"seq":2,"text":%1},{"seq":5,"text":%1}]})")
                .arg(e) +
            "\n";
    const QStringList events = {
        R"({"seq":0,"t":0,"actor":"consumer","kind":"next_called","value":null,"line":9})",
        R"({"seq":1,"t":0,"actor":"producer","kind":"resumed","value":null,"line":1})",
        R"({"seq":2,"t":0,"actor":"source","kind":"awaiting","value":%1,"line":3})",
        R"({"seq":3,"t":500,"actor":"source","kind":"settled","value":%1,"line":3})",
        R"({"seq":4,"t":500,"actor":"producer","kind":"yielded","value":%1,"line":4})",
        R"({"seq":5,"t":500,"actor":"consumer","kind":"value_received","value":%1,"line":9})",
        R"({"seq":6,"t":500,"actor":"console","kind":"log","value":%1,"line":10})",
    };
    for (const QString& ev : events)
        text += QString(ev).arg(e) + "\n";
    return text.toUtf8();
}

// `count` async generators, each read by a `for await` loop of its own, all loops at once.
std::string generatorsAndLoops(int count)
{
    std::string program = "const sleep = (ms) => new Promise((r) => setTimeout(r, ms));\n";
    program += "async function* numbers(step) {\n  for (let i = 1; i <= 2; i++) {\n"
               "    await sleep(100 * step);\n    yield i;\n  }\n}\n";
    program += "async function* letters() {\n  for (const c of \"ab\") {\n    await sleep(150);\n"
               "    yield c;\n  }\n}\n";
    program += "(async () => {\n  const loops = [];\n";
    for (int i = 0; i < count; ++i) {
        program += "  loops.push((async () => {\n    for await (const v of " +
                   std::string(i % 2 == 0 ? "numbers(" + std::to_string(i + 1) + ")" : "letters()") +
                   ") console.log(v);\n  })());\n";
    }
    program += "  await Promise.all(loops);\n})();\n";
    return program;
}

// The JSON the page's script reads.
QJsonObject pageDataOf(const QByteArray& html)
{
    const QByteArray open = R"(<script id="run-data" type="application/json">)";
    const auto from = html.indexOf(open) + open.size();
    return QJsonDocument::fromJson(html.mid(from, html.indexOf("</script>", from) - from)).object();
}

} // namespace

class TestWebPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesShowWhatTheAppShows_data();
    void pagesShowWhatTheAppShows();
    void keysStepAndTheAddressFollows();
    void pagesAreSmallAndSelfContained();
    void markupFromTheRunStaysText();
    void refusesBadInput_data();
    void refusesBadInput();
    void windowExportsTheRunWithItsNotes();
    void windowRefusesALongRun();
    void instancesTakeTheWindowsLanes_data();
    void instancesTakeTheWindowsLanes();

private:
    QTemporaryDir dir_;
    std::map<QString, Page> pages_;   // by file name
    std::map<QString, QString> doms_; // "file#N" -> the frame's DOM
    QString evilPage_ = QStringLiteral("evil.html");
};

void TestWebPage::initTestCase()
{
    QVERIFY(dir_.isValid());
    // Every demo at its defaults, and the lesson's run: pagination with break, at return().
    struct Wanted {
        QString demo;
        QStringList sets;
        std::vector<int> extra;
    };
    std::vector<Wanted> wanted;
    for (const ys::Demo* demo : ys::allDemos())
        wanted.push_back({QString::fromStdString(demo->name), {}, {}});
    wanted.push_back({QStringLiteral("pagination"), {QStringLiteral("breakAfter=4")}, {33}});
    for (const Wanted& w : wanted) {
        Page page;
        page.demo = ys::findDemo(w.demo.toStdString());
        QVERIFY(page.demo != nullptr);
        page.params = page.demo->defaults();
        QStringList args{QStringLiteral("--demo"), w.demo};
        for (const QString& s : w.sets) {
            page.params.assign(s.toStdString());
            args << QStringLiteral("--set") << s;
        }
        page.file =
            w.demo + (w.sets.isEmpty() ? QString() : QStringLiteral("-") + w.sets.join('-')) + ".html";
        page.file.replace(QLatin1Char('='), QLatin1Char('_'));
        args << QStringLiteral("--html") << dir_.filePath(page.file);
        const Run r = runApp(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        page.engine = std::make_unique<ys::Engine>(*page.demo, page.params);
        page.engine->runToEnd();
        const int total = static_cast<int>(page.trace().size());
        page.events = {1, total / 2, total};
        for (int n : w.extra)
            page.events.push_back(n);
        pages_[page.file] = std::move(page);
    }

    // The run with markup in its values and notes, made in process.
    Page evil;
    evil.traceFile = std::make_unique<ys::TraceFile>(ys::readTraceFile(evilTrace().toStdString()));
    evil.demo = evil.traceFile->demo;
    evil.params = evil.traceFile->params;
    evil.file = evilPage_;
    ys::ui::WebPageRun run;
    run.demo = evil.demo;
    run.params = evil.params;
    run.trace = &evil.traceFile->trace;
    run.listing = evil.listing();
    run.notes = evil.traceFile->notes;
    run.name = QString::fromUtf8(kEvil);
    QString error;
    const auto page = ys::ui::WebPageExport::build(run, error);
    QVERIFY2(page.has_value(), qPrintable(error));
    QFile out(dir_.filePath(evil.file));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(*page);
    out.close();
    evil.events = {3, 6, 7};
    pages_[evil.file] = std::move(evil);

    // The probe: each page at each N in a frame, the frame's DOM copied out as text (images'
    // data left out: they are checked in the files).
    QString frames;
    for (const auto& [file, p] : pages_) {
        for (int n : p.events)
            frames += QStringLiteral("[\"%1\",%2],").arg(file).arg(n);
    }
    // And one page stepped with the keys a clicker sends, from #event=33: where it ends up and
    // the address it shows then.
    frames += QStringLiteral("[\"%1\",33,[\"ArrowRight\",\"ArrowRight\",\"ArrowLeft\",\"Home\",\"End\","
                             "\"PageUp\",\"PageUp\",\"PageDown\"]],")
                  .arg(kLesson);
    // And a click on the fifth event's mark.
    frames += QStringLiteral("[\"%1\",20,[\"click:4\"]],").arg(kLesson);
    const QString probe = QStringLiteral(R"(<!DOCTYPE html><html><body><script>
[%1].forEach(function (want) {
  var f = document.createElement("iframe");
  f.src = want[0] + "#event=" + want[1];
  f.onload = function () {
    var w = f.contentWindow;
    (want[2] || []).forEach(function (key) {
      var click = /^click:(\d+)$/.exec(key);
      if (click) {
        w.document.querySelector('[data-seq="' + click[1] + '"]').dispatchEvent(new w.MouseEvent("click", { bubbles: true }));
      } else {
        w.document.dispatchEvent(new w.KeyboardEvent("keydown", { key: key, bubbles: true, cancelable: true }));
      }
    });
    var copy = f.contentDocument.documentElement.cloneNode(true);
    copy.querySelectorAll("img").forEach(function (img) { img.removeAttribute("src"); });
    var t = document.createElement("textarea");
    t.setAttribute("data-page", want[0] + "#" + want[1] + (want[2] ? " keys" : ""));
    t.textContent = f.contentDocument.title + "\n" + w.location.hash + "\n" + copy.outerHTML;
    document.body.appendChild(t);
  };
  document.body.appendChild(f);
});
</script></body></html>)")
                              .arg(frames);
    QFile probeFile(dir_.filePath("probe.html"));
    QVERIFY(probeFile.open(QIODevice::WriteOnly));
    probeFile.write(probe.toUtf8());
    probeFile.close();

    QTemporaryDir profile;
    QProcess chromium;
    chromium.start(QStringLiteral(YS_CHROMIUM),
                   {"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    // Frames of file:// pages may read each other only with this.
                    "--allow-file-access-from-files", "--user-data-dir=" + profile.path(),
                    "--virtual-time-budget=20000", "--dump-dom",
                    QUrl::fromLocalFile(dir_.filePath("probe.html")).toString()});
    QVERIFY2(chromium.waitForFinished(120000), "chromium did not finish");
    QCOMPARE(chromium.exitCode(), 0);
    const QString dump = QString::fromUtf8(chromium.readAllStandardOutput());
    const QRegularExpression area(QStringLiteral("<textarea data-page=\"([^\"]+)\">(.*?)</textarea>"),
                                  QRegularExpression::DotMatchesEverythingOption);
    auto it = area.globalMatch(dump);
    while (it.hasNext()) {
        const auto m = it.next();
        // The textarea's text is the frame's serialised DOM, escaped once more.
        QString dom = m.captured(2);
        dom.replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&nbsp;"), QString(QChar(0xA0)))
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
        doms_[m.captured(1)] = dom;
    }
    int frameCount = 0;
    for (const auto& [file, p] : pages_)
        frameCount += static_cast<int>(p.events.size());
    QCOMPARE(static_cast<int>(doms_.size()), frameCount + 2);
}

void TestWebPage::pagesShowWhatTheAppShows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("n");
    for (const auto& [file, p] : pages_) {
        for (int n : p.events)
            QTest::addRow("%s #event=%d", qPrintable(file), n) << file << n;
    }
}

void TestWebPage::pagesShowWhatTheAppShows()
{
    QFETCH(QString, file);
    QFETCH(int, n);
    const Page& page = pages_.at(file);
    const QString dom = doms_[QStringLiteral("%1#%2").arg(file).arg(n)].section(QLatin1Char('\n'), 2);
    QVERIFY2(!dom.isEmpty(), "the browser did not show this page");
    const ys::Trace& trace = page.trace();
    const auto seq = static_cast<std::size_t>(n - 1);
    const std::string listing = page.listing();

    // The narration: narrate()'s sentence, with the note the window adds, without backticks.
    static const ys::Demo kUnknown;
    QString sentence = ys::ui::narrate(page.demo != nullptr ? *page.demo : kUnknown, trace, seq, listing);
    if (page.traceFile) {
        for (const ys::Note& a : page.traceFile->notes) {
            if (a.seq == seq) sentence += QStringLiteral(" — Note: “%1”").arg(QString::fromStdString(a.text));
        }
    }
    QCOMPARE(elementText(dom, QStringLiteral("<p id=\"narration\"[^>]*>"), QStringLiteral("p")),
             ys::ui::NarrationBanner::toPlain(sentence));

    // The lit lines: the event's line, and the previous event's when it is another.
    const QStringList classes = lineClasses(dom);
    QCOMPARE(classes.size(), static_cast<int>(std::count(listing.begin(), listing.end(), '\n')) +
                                 (listing.empty() || listing.back() == '\n' ? 0 : 1));
    const int line = trace[seq].line;
    const int previous = seq > 0 ? trace[seq - 1].line : 0;
    for (int i = 1; i <= classes.size(); ++i) {
        const QString expected = i == line                           ? QStringLiteral("current")
                                 : i == previous && previous != line ? QStringLiteral("previous")
                                                                     : QString();
        QVERIFY2(classes[i - 1] == expected,
                 qPrintable(
                     QStringLiteral("line %1 is '%2', expected '%3'").arg(i).arg(classes[i - 1], expected)));
    }

    // The console: what the window's console holds at this event.
    ys::ui::ConsoleView console;
    console.setRun(&trace, listing);
    console.showUpTo(seq);
    QCOMPARE(elementText(dom, QStringLiteral("<pre id=\"console\"[^>]*>"), QStringLiteral("pre")),
             console.toPlainText());

    // The marks: as many as the window's timeline draws at this event, events 1..N.
    ys::ui::TimelineView timeline;
    timeline.setAnimated(false);
    timeline.setTrace(&trace);
    timeline.setCursor(seq);
    const QList<int> visible = marks(dom, true);
    QCOMPARE(static_cast<std::size_t>(visible.size()), timeline.visibleEventCount());
    for (int i = 0; i < visible.size(); ++i)
        QCOMPARE(visible[i], i);
    QCOMPARE(static_cast<std::size_t>(marks(dom, false).size()), trace.size());

    // The counter and the virtual time, as the status line has them.
    QCOMPARE(elementText(dom, QStringLiteral("<span id=\"counter\">"), QStringLiteral("span")),
             QStringLiteral("event %1 of %2").arg(n).arg(trace.size()));
    QCOMPARE(elementText(dom, QStringLiteral("<span id=\"time\">"), QStringLiteral("span")),
             QStringLiteral("t = %1 ms").arg(trace[seq].t));
}

void TestWebPage::keysStepAndTheAddressFollows()
{
    // From 33: → → ← is 34, Home the start, End the last (35), Page Up twice 33, Page Down 34.
    const QString raw = doms_[QStringLiteral("%1#33 keys").arg(kLesson)];
    QVERIFY(!raw.isEmpty());
    QCOMPARE(raw.section(QLatin1Char('\n'), 1, 1), QStringLiteral("#event=34"));
    const QString dom = raw.section(QLatin1Char('\n'), 2);
    QCOMPARE(elementText(dom, QStringLiteral("<span id=\"counter\">"), QStringLiteral("span")),
             QStringLiteral("event 34 of 35"));
    QCOMPARE(marks(dom, true).size(), 34);
    // A click on a mark goes to its event.
    const QString clicked = doms_[QStringLiteral("%1#20 keys").arg(kLesson)];
    QCOMPARE(clicked.section(QLatin1Char('\n'), 1, 1), QStringLiteral("#event=5"));
    QCOMPARE(marks(clicked.section(QLatin1Char('\n'), 2), true).size(), 5);
    // And #event=33 itself is the lesson's moment: return() called.
    const QString lesson = doms_[QStringLiteral("%1#33").arg(kLesson)].section(QLatin1Char('\n'), 2);
    QVERIFY(elementText(lesson, QStringLiteral("<span id=\"badge\"[^>]*>"), QStringLiteral("span"))
                .contains(QLatin1String("return() called")));
}

void TestWebPage::pagesAreSmallAndSelfContained()
{
    for (const auto& [file, p] : pages_) {
        QFile f(dir_.filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray html = f.readAll();
        QVERIFY2(html.size() < qsizetype{1024} * 1024,
                 qPrintable(QStringLiteral("%1: %2 bytes").arg(file).arg(html.size())));
        // Nothing fetched from anywhere: no address but data: ones, and a policy that forbids it.
        QVERIFY(html.contains("default-src 'none'"));
        QVERIFY(!html.contains("href="));
        QVERIFY(!html.contains(" src=\"http"));
        QVERIFY(!html.contains("<link"));
        QVERIFY(!html.contains("@import"));
        QVERIFY(!html.contains("url("));
    }
}

void TestWebPage::markupFromTheRunStaysText()
{
    QFile f(dir_.filePath(evilPage_));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray html = f.readAll();
    // The raw markup never reaches the file: only its \u escapes.
    QVERIFY(!html.contains("<img src=x"));
    QCOMPARE(html.count("</script>"), 2); // the page's own two scripts
    for (int n : pages_.at(evilPage_).events) {
        const QString raw = doms_[QStringLiteral("%1#%2").arg(evilPage_).arg(n)];
        QVERIFY(!raw.isEmpty());
        // The title holds the run's name as text.
        QCOMPARE(raw.section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("Yieldscope — ") + QString::fromUtf8(kEvil));
        const QString dom = raw.section(QLatin1Char('\n'), 2);
        QVERIFY(!dom.contains(QLatin1String("data-pwned=\""))); // no script of the run's ran
        // The page's elements only: its three drawings (the timeline, its pinned titles, the
        // marks), no <img> or <b> from a value, its two scripts.
        const auto counts = elementCounts(dom);
        QCOMPARE(counts.at(QStringLiteral("svg")), 3);
        QVERIFY(counts.find(QStringLiteral("img")) == counts.end());
        QVERIFY(counts.find(QStringLiteral("b")) == counts.end());
        QCOMPARE(counts.at(QStringLiteral("script")), 2);
        // The timeline's labels hold the value as text (drawn by the renderer).
        if (n >= 5) QVERIFY(dom.contains(QLatin1String("&lt;/script&gt;&lt;img")));
        // And the markup is there as text, in the console and (for a noted event) the narration.
        const QString console =
            elementText(dom, QStringLiteral("<pre id=\"console\"[^>]*>"), QStringLiteral("pre"));
        if (n >= 7) QCOMPARE(console, QString::fromUtf8(kEvil));
    }
    const QString noted = doms_[QStringLiteral("%1#3").arg(evilPage_)].section(QLatin1Char('\n'), 2);
    QVERIFY(elementText(noted, QStringLiteral("<p id=\"narration\"[^>]*>"), QStringLiteral("p"))
                .contains(QString::fromUtf8(kEvil)));
    QVERIFY(elementText(noted, QStringLiteral("<h1 id=\"title\">"), QStringLiteral("h1")) == "Countdown");
    QVERIFY(elementText(noted, QStringLiteral("<p id=\"run\"[^>]*>"), QStringLiteral("p"))
                .startsWith(QString::fromUtf8(kEvil)));
}

void TestWebPage::refusesBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("html no demo") << QStringList{"--html", "OUT"}
                                  << "--html needs --demo NAME (demos: countdown";
    QTest::newRow("html empty name") << QStringList{"--demo", "countdown", "--html", ""}
                                     << "--html needs a file name (or - for standard output)";
    QTest::newRow("html unwritable path")
        << QStringList{"--demo", "countdown", "--html", "MISSINGDIR/run.html"} << "cannot write '";
    QTest::newRow("html too many events")
        << QStringList{"--demo", "countdown", "--set", "from=1000", "--html", "OUT", "--trace", "OUT2"}
        << "the run has more than 300 events; a web page holds at most 300";
}

void TestWebPage::refusesBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    for (QString& a : args) {
        a.replace("MISSINGDIR", dir.filePath("no/such/dir"));
        if (a == "OUT") a = dir.filePath("out.html");
        if (a == "OUT2") a = dir.filePath("out.jsonl");
    }
    const Run r = runApp(args);
    QCOMPARE(r.exitCode, 2);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.startsWith("yieldscope: "), qPrintable(err));
    QVERIFY2(err.contains(message), qPrintable(err));
    QCOMPARE(err.count('\n'), 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

void TestWebPage::windowExportsTheRunWithItsNotes()
{
    ys::ui::MainWindow window;
    window.selectDemo(QStringLiteral("countdown"));
    window.session().stepForward();
    window.session().stepForward();
    QVERIFY(window.session().setNote(1, "the generator starts"));
    QTemporaryDir dir;
    const QString path = dir.filePath("countdown.html");
    // File > Export as web page… is there.
    const auto* action = window.findChild<QAction*>(QStringLiteral("actionExportWebPage"));
    QVERIFY(action != nullptr);
    QVERIFY(!action->associatedObjects().isEmpty());
    QVERIFY(window.exportWebPage(path));
    QVERIFY2(window.fileMessage().contains("Exported the run to countdown.html"),
             qPrintable(window.fileMessage()));
    // The cursor stayed where the class was looking.
    QCOMPARE(window.session().cursor(), std::size_t{1});
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray html = f.readAll();
    QVERIFY(html.contains("the generator starts"));
    // The whole run, though only two events were recorded in the window.
    ys::Engine engine(*ys::findDemo("countdown"), ys::findDemo("countdown")->defaults());
    engine.runToEnd();
    QCOMPARE(static_cast<std::size_t>(html.count("\"say\":")), engine.trace().size());
}

void TestWebPage::windowRefusesALongRun()
{
    ys::ui::MainWindow window;
    window.selectDemo(QStringLiteral("countdown"));
    ys::Params params = ys::findDemo("countdown")->defaults();
    params.assign("from=1000");
    window.setParams(params);
    QTemporaryDir dir;
    const QString path = dir.filePath("long.html");
    QVERIFY(!window.exportWebPage(path));
    QVERIFY(!QFile::exists(path));
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("webPageRefused"));
    QVERIFY(box != nullptr);
    QVERIFY2(box->text().contains("a web page holds at most 300"), qPrintable(box->text()));
    QVERIFY(window.fileMessage().startsWith("Cannot export long.html"));
    box->close();
}

void TestWebPage::instancesTakeTheWindowsLanes_data()
{
    QTest::addColumn<int>("loops");
    QTest::addColumn<int>("lanes");
    QTest::newRow("two generators, two loops") << 2 << 2;
    QTest::newRow("five of each: three lanes, the last 3 more") << 5 << 3;
}

void TestWebPage::instancesTakeTheWindowsLanes()
{
    // The page's marks are in the lane the window gives each generator and each loop
    // (InstanceLanes), and its drawing titles the lanes as the window does.
    QFETCH(int, loops);
    QFETCH(int, lanes);
    ys::Trace trace;
    const std::string program = generatorsAndLoops(loops);
    QCOMPARE(ys::script::runScript(program, trace).outcome, ys::script::Outcome::Finished);
    ys::ui::WebPageRun run;
    run.trace = &trace;
    run.listing = program;
    run.name = QStringLiteral("program");
    QString error;
    const auto html = ys::ui::WebPageExport::build(run, error);
    QVERIFY2(html.has_value(), qPrintable(error));
    const QJsonObject data = pageDataOf(*html);
    const QJsonArray events = data.value(QStringLiteral("events")).toArray();
    QCOMPARE(static_cast<std::size_t>(events.size()), trace.size());
    const QString drawing =
        QString::fromUtf8(QJsonDocument(data.value(QStringLiteral("drawings")).toObject()).toJson());

    ys::ui::TimelineLayout layout;
    layout.setTrace(&trace);
    const ys::ui::InstanceLanes& instances = layout.instanceLanes();
    for (const ys::Actor actor : {ys::Actor::Consumer, ys::Actor::Producer}) {
        QCOMPARE(static_cast<int>(instances.instances(actor).size()), loops);
        QCOMPARE(instances.laneCount(actor), lanes);
        // The y of each lane's marks: one per lane, top to bottom in the lanes' order.
        std::map<int, std::set<double>> ys;
        for (std::size_t seq = 0; seq < trace.size(); ++seq) {
            if (trace[seq].actor == actor)
                ys[instances.laneOf(actor, trace.instance(seq))].insert(
                    events[static_cast<int>(seq)].toObject().value(QStringLiteral("y")).toDouble());
        }
        QCOMPARE(static_cast<int>(ys.size()), lanes);
        double above = -1;
        for (const auto& [lane, y] : ys) {
            QVERIFY2(y.size() == 1,
                     qPrintable(QStringLiteral("lane %1 has %2 rows").arg(lane).arg(y.size())));
            QVERIFY(*y.begin() > above);
            above = *y.begin();
            const QString title = ys::ui::instanceTitle(instances, &trace, actor, lane).title;
            QVERIFY2(drawing.contains(QLatin1Char('"') + title + QLatin1Char('"')), qPrintable(title));
        }
        // The badge names the event's generator or loop ("numbers() (line 3) · yielded").
        for (std::size_t seq = 0; seq < trace.size(); ++seq) {
            if (trace[seq].actor != actor) continue;
            const QString badge =
                events[static_cast<int>(seq)].toObject().value(QStringLiteral("badge")).toString();
            const QString name = ys::ui::instanceName(trace, trace.instance(seq));
            QVERIFY2(!name.isEmpty() && badge.startsWith(name + QStringLiteral(" · ")), qPrintable(badge));
        }
    }
    if (loops > lanes) QVERIFY(drawing.contains(QStringLiteral("\"3 more\"")));
}

QTEST_MAIN(TestWebPage)
#include "tst_web_page.moc"
