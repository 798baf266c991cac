// SPDX-License-Identifier: MIT
// The table of kinds is whole (every kind says what it is, in every word a view shows), its
// names are the trace format's and read back to their kind; operations are written and read
// back as the same data; values print one way wherever they are shown.
#include "core/text/value_format.hpp"
#include "core/trace/event_vocabulary.hpp"
#include "core/trace/operation.hpp"

#include "tests/core/value_format_cases.hpp"

#include <QTest>

#include <cstring>

#include <set>
#include <string>

using namespace ys;

Q_DECLARE_METATYPE(std::string)

class TestEventVocabulary : public QObject {
    Q_OBJECT

private slots:
    void everyKindIsDescribed_data()
    {
        QTest::addColumn<int>("kind");
        for (int k = 0; k < kKindCount; ++k)
            QTest::newRow(std::string(kindName(static_cast<Kind>(k))).c_str()) << k;
    }
    void everyKindIsDescribed()
    {
        QFETCH(int, kind);
        const KindInfo& info = kindInfo(static_cast<Kind>(kind));
        QCOMPARE(static_cast<int>(info.kind), kind);
        QVERIFY(!info.name.empty());
        QVERIFY(!info.legendName.empty());
        QVERIFY(!info.legendShort.empty());
        QVERIFY(!info.sentence.empty());
        QVERIFY(!info.badge.empty());
        QVERIFY(!info.quizWords.empty());
        QVERIFY(static_cast<int>(info.color) < kColorRoleCount);
        QVERIFY(static_cast<int>(info.glyph) < kGlyphCount);
        QVERIFY(static_cast<int>(info.usualActor) < kActorCount);
        // The table's words are literals the window passes to translate() as C strings.
        QCOMPARE(std::strlen(info.badge.data()), info.badge.size());
        QCOMPARE(std::strlen(info.quizWords.data()), info.quizWords.size());
    }

    void namesRoundTrip()
    {
        std::set<std::string_view> names;
        for (const KindInfo& info : kindTable()) {
            QCOMPARE(kindName(info.kind), info.name);
            QVERIFY(kindFromName(info.name) == info.kind);
            QVERIFY2(names.insert(info.name).second, std::string(info.name).c_str());
            QVERIFY(kindInfoNamed(info.name) == &info);
        }
        QCOMPARE(static_cast<int>(names.size()), kKindCount);
        QVERIFY(!kindFromName("no_such_kind").has_value());
        QVERIFY(!kindFromName("").has_value());
        QVERIFY(!kindFromName("Yielded").has_value()); // names are exact
        QVERIFY(kindInfoNamed("yielded ") == nullptr);
    }

    // The trace format's texts of operations, as documented in docs/TRACE-FORMAT.md.
    void operationsRoundTrip_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<std::string>("argument");
        QTest::addColumn<std::string>("label");
        QTest::newRow("timer") << int(OperationKind::Timer) << std::string("500")
                               << std::string("setTimeout 500");
        QTest::newRow("timer 0") << int(OperationKind::Timer) << std::string("0")
                                 << std::string("setTimeout 0");
        QTest::newRow("fetch") << int(OperationKind::Fetch) << std::string("/users?page=2")
                               << std::string("fetch /users?page=2");
        QTest::newRow("res.json()") << int(OperationKind::ResponseJson) << std::string("res.json()")
                                    << std::string("res.json()");
        QTest::newRow("other") << int(OperationKind::Other) << std::string("magic(2)")
                               << std::string("magic(2)");
        QTest::newRow("interval") << int(OperationKind::Other) << std::string("setInterval 100")
                                  << std::string("setInterval 100");
    }
    void operationsRoundTrip()
    {
        QFETCH(int, kind);
        QFETCH(std::string, argument);
        QFETCH(std::string, label);
        const Operation op{static_cast<OperationKind>(kind), argument};
        QCOMPARE(operationLabel(op), label);
        QVERIFY(operationFromLabel(label) == op);
    }

    void operationMakers()
    {
        QCOMPARE(operationLabel(Operation::timer(500)), std::string("setTimeout 500"));
        QCOMPARE(operationLabel(Operation::fetch("/text")), std::string("fetch /text"));
        QCOMPARE(operationLabel(Operation::responseJson()), std::string("res.json()"));
        QCOMPARE(operationLabel(Operation::other("magic(3)")), std::string("magic(3)"));
        // Read back as files may write them: space around the argument is not part of it.
        QVERIFY(operationFromLabel("setTimeout  250 ") == Operation::timer(250));
        QVERIFY(operationFromLabel("fetch /a.json()").kind == OperationKind::Fetch);
        QVERIFY(operationFromLabel("data.json()").kind == OperationKind::ResponseJson);
        QVERIFY(operationFromLabel("").kind == OperationKind::Other);
    }

    void valueFormat_data()
    {
        QTest::addColumn<std::string>("json");
        QTest::addColumn<std::string>("literal");
        QTest::addColumn<std::string>("console");
        QTest::addColumn<std::string>("line");
        for (const ValueFormatCase& c : valueFormatCases())
            QTest::newRow(c.name) << c.json << c.literal << c.console << c.line;
    }
    void valueFormat()
    {
        QFETCH(std::string, json);
        QFETCH(std::string, literal);
        QFETCH(std::string, console);
        QFETCH(std::string, line);
        QCOMPARE(jsLiteral(json), literal);
        QCOMPARE(consoleText(json), console);
        QCOMPARE(consoleLine(json), line);
    }

    // What short labels are cut from: the first member holding a string, as code writes its key.
    void valueParts()
    {
        const ValuePartsCase c = valuePartsCase();
        const std::optional<ValueParts> user = ys::valueParts(c.json);
        QVERIFY(user.has_value());
        QVERIFY(user->type == ValueParts::Type::Object);
        QCOMPARE(user->literal, c.literal);
        QVERIFY(user->hasTextMember);
        QCOMPARE(user->memberKey, c.memberKey);
        QCOMPARE(user->memberText, c.memberText);
        QCOMPARE(jsString(user->memberText), c.memberLiteral);
        const std::optional<ValueParts> text = ys::valueParts(R"("x\ny")");
        QVERIFY(text && text->type == ValueParts::Type::String);
        QCOMPARE(text->text, std::string("x\ny"));
        const std::optional<ValueParts> list = ys::valueParts(R"(["a"])");
        QVERIFY(list && list->type == ValueParts::Type::Array && !list->hasTextMember);
        QVERIFY(!ys::valueParts(R"({"a":})").has_value());
        QVERIFY(!ys::valueParts("").has_value());
    }

    // Deep nesting is shown as written, not followed to the bottom of the stack.
    void deepValuesAreShownAsWritten()
    {
        const std::string deep = std::string(10'000, '[') + std::string(10'000, ']');
        QCOMPARE(jsLiteral(deep), deep);
    }
};

QTEST_APPLESS_MAIN(TestEventVocabulary)
#include "tst_event_vocabulary.moc"
