// SPDX-License-Identifier: MIT
// Long values in the window: what the reader accepts (values, notes and console outputs of up
// to a MiB, a hundred thousand lines in one output) is shown cut, each step in well under a
// second (before, a word-wrapped banner took 6 to 16 s a step, and a MiB object froze it for
// good), with the whole of it on demand within bounds.
#include "core/io/trace_file.hpp"
#include "core/narration/narration.hpp"
#include "ui/panels/narration_banner.hpp"
#include "ui/session/run_session.hpp"
#include "ui/timeline/long_text.hpp"
#include "ui/window/main_window.hpp"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>

#include <string>

using namespace ys;
using ys::ui::MainWindow;

namespace {

// A JSON string of `size` bytes (quotes included) whose text is `unit` repeated.
std::string jsonString(std::size_t size, const std::string& unit)
{
    std::string text = "\"";
    while (text.size() + unit.size() + 1 <= size)
        text += unit;
    return text + "\"";
}

// A JSON object of about `size` bytes with many keys.
std::string jsonObject(std::size_t size)
{
    std::string text = "{";
    for (int i = 0; text.size() + 40 < size; ++i)
        text += (i == 0 ? "\"key" : ",\"key") + std::to_string(i) + "\":\"value " + std::to_string(i) + "\"";
    return text + "}";
}

} // namespace

class TestLongValues : public QObject {
    Q_OBJECT

private slots:
    void stepsQuickly_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("note");
        constexpr std::size_t kMiB = 1000000; // a line of the file stays within 1 MiB
        const auto received = static_cast<int>(Kind::ValueReceived);
        const auto log = static_cast<int>(Kind::Log);
        QTest::newRow("value: an object of a MiB")
            << received << QByteArray::fromStdString(jsonObject(kMiB)) << QString();
        QTest::newRow("value: a string of a MiB")
            << received << QByteArray::fromStdString(jsonString(kMiB, "abc def ")) << QString();
        QTest::newRow("log: 100,000 lines")
            << log << QByteArray::fromStdString(jsonString(700000, "line\\n")) << QString();
        QTest::newRow("log: one line of a MiB")
            << log << QByteArray::fromStdString(jsonString(kMiB, "word ")) << QString();
        QTest::newRow("note of a MiB") << log << QByteArray("\"hello\"") << QString(kMiB, QLatin1Char('n'));
    }

    void stepsQuickly()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, value);
        QFETCH(QString, note);
        TraceFile file;
        const std::uint32_t v = file.trace.intern(value.toStdString());
        const std::uint32_t null = file.trace.intern("null");
        file.trace.append(0, Actor::Consumer, Kind::NextCalled, null, 1);
        file.trace.append(0, kind == static_cast<int>(Kind::Log) ? Actor::Console : Actor::Consumer,
                          static_cast<Kind>(kind), v, 2);
        file.trace.append(0, Actor::Consumer, Kind::NextCalled, null, 1);
        if (!note.isEmpty()) file.notes.push_back({1, note.toStdString()});
        // What the reader accepts: the same file goes through it.
        QVERIFY(sameTrace(readTraceFile(traceFileText(file)).trace, file.trace));

        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.session().open(std::move(file));
        qint64 slowest = 0;
        for (int i = 0; i < 6; ++i) {
            QElapsedTimer timer;
            timer.start();
            if (i < 3) {
                w.session().stepForward();
            } else {
                w.session().stepBack();
            }
            QVERIFY(!w.grab().isNull());
            QApplication::processEvents();
            slowest = std::max(slowest, timer.elapsed());
        }
        qInfo("slowest step: %lld ms", static_cast<long long>(slowest));
        QVERIFY2(slowest < 1500, qPrintable(QStringLiteral("%1 ms").arg(slowest)));
        // Back on the long event: the banner says less than the value, and its tooltip more.
        while (!w.session().hasCursor() || w.session().cursor() < 1)
            QVERIFY(w.session().stepForward());
        QApplication::processEvents();
        QCOMPARE(w.session().cursor(), std::size_t(1));
        QVERIFY(w.narrationText().size() < 2500);
        ui::NarrationBanner* banner = w.narration();
        QVERIFY(banner != nullptr);
        if (kind == static_cast<int>(Kind::ValueReceived) || !note.isEmpty()) {
            QVERIFY(banner->toolTip().size() > 5000);
            QVERIFY(banner->toolTip().size() < qsizetype{3} * ui::kOnDemandChars);
        }
        QVERIFY(w.consoleText().size() < qsizetype{10} * ui::kConsoleOutputChars);
    }

    void elidesLongText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("maxChars");
        QTest::addColumn<int>("maxLines");
        QTest::addColumn<QString>("shown");
        QTest::newRow("short") << "abc" << 3 << 1 << "abc";
        QTest::newRow("too many characters") << "abcdef" << 3 << 1 << "abc… (3 more characters)";
        QTest::newRow("too many lines") << "a\nb\nc" << 100 << 2 << "a\nb… (2 more characters)";
        QTest::newRow("lines within") << "a\nb" << 100 << 2 << "a\nb";
        QTest::newRow("surrogate pair kept whole") << QString::fromUtf8("ab\xF0\x9F\x99\x82") << 3 << 1
                                                   << QString::fromUtf8("ab… (2 more characters)");
    }

    void elidesLongText()
    {
        QFETCH(QString, text);
        QFETCH(int, maxChars);
        QFETCH(int, maxLines);
        QFETCH(QString, shown);
        QCOMPARE(ui::elideLongText(text, maxChars, maxLines), shown);
    }

    // A sentence quotes a value of up to kNarratedValueBytes, cut at a character's start.
    void narrationCutsValues()
    {
        QCOMPARE(narratedValue("short"), std::string("short"));
        const std::string cut = narratedValue(std::string(199, 'a') + "é" + std::string(100, 'b'));
        QCOMPARE(cut, std::string(199, 'a') + "…");
    }
};

QTEST_MAIN(TestLongValues)
#include "tst_ui_long_values.moc"
