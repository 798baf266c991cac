// SPDX-License-Identifier: MIT
// Parameter parsing: accepted values, and one clear message for each bad form.
#include "core/demos/demo.hpp"
#include "core/demos/listing.hpp"
#include "core/demos/params.hpp"

#include <QTest>

using namespace ys;

class TestParams : public QObject {
    Q_OBJECT

private slots:
    void accepts_data()
    {
        QTest::addColumn<QString>("demo");
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("value");
        QTest::newRow("plain") << "countdown"
                               << "from=7"
                               << "from" << qint64(7);
        QTest::newRow("zero") << "countdown"
                              << "from=0"
                              << "from" << qint64(0);
        QTest::newRow("max") << "countdown"
                             << "ms=86400000"
                             << "ms" << qint64(86400000);
        QTest::newRow("plus sign") << "countdown"
                                   << "from=+4"
                                   << "from" << qint64(4);
        QTest::newRow("negative allowed") << "range"
                                          << "from=-5"
                                          << "from" << qint64(-5);
        QTest::newRow("value with =") << "pagination"
                                      << "users=12"
                                      << "users" << qint64(12);
    }
    void accepts()
    {
        QFETCH(QString, demo);
        QFETCH(QString, assignment);
        QFETCH(QString, name);
        QFETCH(qint64, value);
        Params p = findDemo(demo.toStdString())->defaults();
        p.assign(assignment.toStdString());
        QCOMPARE(p.integer(name.toStdString()), value);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("demo");
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown key")
            << "countdown"
            << "speed=3"
            << "unknown parameter 'speed' for demo 'countdown' (its parameters: from, ms)";
        QTest::newRow("not an integer")
            << "countdown"
            << "ms=fast"
            << "parameter 'ms' of demo 'countdown' must be an integer from 0 to 86400000, got 'fast'";
        QTest::newRow("fraction") << "countdown"
                                  << "ms=1.5"
                                  << "must be an integer from 0 to 86400000, got '1.5'";
        QTest::newRow("empty") << "countdown"
                               << "ms="
                               << "got ''";
        QTest::newRow("negative count") << "countdown"
                                        << "from=-1"
                                        << "must be an integer from 0 to 1000000, got '-1'";
        QTest::newRow("pageSize 0") << "pagination"
                                    << "pageSize=0"
                                    << "'pageSize' of demo 'pagination' must be an integer from 1 to 10000";
        QTest::newRow("negative latency") << "pagination"
                                          << "latency=-300"
                                          << "'latency' of demo 'pagination' must be an integer from 0";
        QTest::newRow("too many users") << "pagination"
                                        << "users=99999999999"
                                        << "from 0 to 5000000, got '99999999999'";
        QTest::newRow("overflow") << "pagination"
                                  << "users=999999999999999999999999"
                                  << "got '999999999999999999999999'";
        QTest::newRow("no equals") << "countdown"
                                   << "from"
                                   << "--set takes key=value, got 'from'";
        QTest::newRow("no key") << "countdown"
                                << "=3"
                                << "--set takes key=value, got '=3'";
        QTest::newRow("hex") << "countdown"
                             << "from=0x10"
                             << "got '0x10'";
        QTest::newRow("spaces inside") << "countdown"
                                       << "from=1 2"
                                       << "got '1 2'";
        QTest::newRow("list item out of range")
            << "promises-array"
            << "latencies=100,-5"
            << "parameter 'latencies' of demo 'promises-array' must be 1 to 26 integers from 0 to 86400000, "
               "comma-separated, got '100,-5'";
        QTest::newRow("list empty item") << "promises-array"
                                         << "latencies=100,,200"
                                         << "got '100,,200'";
        QTest::newRow("list empty") << "promises-array"
                                    << "latencies="
                                    << "must be 1 to 26 integers from 0 to 86400000, comma-separated, got ''";
        QTest::newRow("list too long")
            << "promises-array" << QString("latencies=1") + QString(",1").repeated(26)
            << "must be 1 to 26 integers";
    }
    void rejects()
    {
        QFETCH(QString, demo);
        QFETCH(QString, assignment);
        QFETCH(QString, message);
        Params p = findDemo(demo.toStdString())->defaults();
        const Params before = p;
        try {
            p.assign(assignment.toStdString());
            QFAIL("accepted a bad value");
        } catch (const ParamError& e) {
            QVERIFY2(QString(e.what()).contains(message), e.what());
        }
        QVERIFY(p == before); // nothing changed
    }

    void lineOfFindsTheOnlyLine()
    {
        QCOMPARE(lineOf("a\nbb\nccc", "bb"), 2);
        QCOMPARE(lineOf("a\nbb\nccc", "c"), 3);
        QVERIFY_THROWS_EXCEPTION(std::logic_error, lineOf("a\nab", "a"));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, lineOf("a\nb", "z"));
    }

    void renderReplacesPlaceholders()
    {
        Params p = findDemo("countdown")->defaults();
        p.assign("from=9");
        const std::string listing = findDemo("countdown")->listing(p);
        QVERIFY(listing.find("countdown(9, 500)") != std::string::npos);
        QVERIFY(listing.find("{{") == std::string::npos);
        Params q = findDemo("pagination")->defaults();
        QVERIFY(findDemo("pagination")->listing(q).find("break;") == std::string::npos);
        q.assign("breakAfter=4");
        QVERIFY(findDemo("pagination")->listing(q).find("if (++count === 4) break;") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestParams)
#include "tst_params.moc"
