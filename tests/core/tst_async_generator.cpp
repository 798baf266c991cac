// SPDX-License-Identifier: MIT
// Semantics of the coroutine types against what JavaScript specifies: laziness, one value
// per next(), return() and cleanup, errors, destruction, stack use, determinism.
#include "core/demos/demo.hpp"
#include "core/demos/engine.hpp"
#include "core/js/async_function.hpp"
#include "core/js/async_generator.hpp"
#include "core/js/for_await.hpp"
#include "core/js/runtime.hpp"

#include <QTest>

#include <cstdint>
#include <exception>
#include <vector>

using namespace ys;

namespace {

// Counts live objects of a frame, to see frames freed on every path.
struct Alive {
    static inline int count = 0;
    Alive() { ++count; }
    Alive(const Alive&) = delete;
    ~Alive() { --count; }
};

std::vector<std::string> logs(const Trace& trace)
{
    std::vector<std::string> out;
    for (const Event& e : trace.events()) {
        if (e.kind == Kind::Log) out.emplace_back(trace.valueText(e));
    }
    return out;
}

// async function* numbers(n) { try { for (i = 1..n) yield i; } finally { console.log("cleanup") } }
AsyncGenerator<std::int64_t> numbers(StartLine, Runtime& rt, std::int64_t n, int* cleanups = nullptr)
{
    Alive alive;
    rt.log(1, "started");
    std::exception_ptr unwinding;
    try {
        for (std::int64_t i = 1; i <= n; ++i)
            co_yield at(2, i);
    } catch (...) {
        unwinding = std::current_exception();
    }
    rt.record(Actor::Producer, Kind::Cleanup, 3);
    rt.log(3, "cleanup");
    if (cleanups != nullptr) ++*cleanups;
    if (unwinding) std::rethrow_exception(unwinding);
}

AsyncGenerator<std::int64_t> failing(StartLine, Runtime& rt, std::int64_t failAt)
{
    Alive alive;
    for (std::int64_t i = 1;; ++i) {
        co_await rt.sleep(10, 2);
        if (i == failAt) throw JsError("page " + std::to_string(i) + " failed");
        co_yield at(3, i);
    }
}

Async<void> consume(Runtime& rt, AsyncGenerator<std::int64_t> gen, std::int64_t breakAfter)
{
    Alive alive;
    std::int64_t count = 0;
    ForAwait loop(rt, std::move(gen), 5);
    try {
        while (auto v = co_await loop.next()) {
            rt.log(6, std::to_string(*v));
            if (breakAfter > 0 && ++count == breakAfter) {
                co_await loop.close(7);
                break;
            }
        }
    } catch (const JsError& e) {
        rt.log(8, std::string("caught: ") + e.message());
    }
}

void drain(Runtime& rt)
{
    Runtime::Activation active(rt);
    while (rt.loop().runOne()) {
    }
}

} // namespace

class TestAsyncGenerator : public QObject {
    Q_OBJECT

private slots:
    void lazyUntilFirstNext()
    {
        Runtime rt;
        Runtime::Activation active(rt);
        auto gen = numbers(StartLine{1}, rt, 3);
        drain(rt);
        QCOMPARE(rt.trace().size(), std::size_t(0)); // the body has not run
        auto p = gen.next();
        QCOMPARE(logs(rt.trace()), std::vector<std::string>{"\"started\""}); // ran synchronously
        QVERIFY(p.pending()); // yield awaits its value first: one microtask
        drain(rt);
        QVERIFY(!p.pending());
        QCOMPARE(*p.value().value, std::int64_t(1));
    }

    void oneValuePerNext()
    {
        Runtime rt;
        Runtime::Activation active(rt);
        auto gen = numbers(StartLine{1}, rt, 2);
        auto a = gen.next();
        auto b = gen.next(); // queued while the first is being served
        auto c = gen.next();
        auto d = gen.next();
        drain(rt);
        QCOMPARE(*a.value().value, std::int64_t(1));
        QCOMPARE(*b.value().value, std::int64_t(2));
        QVERIFY(c.value().done);
        QVERIFY(!c.value().value.has_value());
        QVERIFY(d.value().done);
    }

    void returnRunsCleanupOnce_data()
    {
        QTest::addColumn<int>("breakAfter");
        QTest::addColumn<int>("expectedLogs");
        QTest::newRow("break after 1") << 1 << 3; // started, 1, cleanup
        QTest::newRow("break after 2") << 2 << 4; // started, 1, 2, cleanup
        QTest::newRow("no break") << 0 << 5;      // started, 1, 2, 3, cleanup
    }
    void returnRunsCleanupOnce()
    {
        QFETCH(int, breakAfter);
        QFETCH(int, expectedLogs);
        int cleanups = 0;
        {
            Runtime rt;
            Runtime::Activation active(rt);
            consume(rt, numbers(StartLine{1}, rt, 3, &cleanups), breakAfter);
            drain(rt);
            QCOMPARE(cleanups, 1);
            const auto l = logs(rt.trace());
            QCOMPARE(l.back(), std::string("\"cleanup\""));
            QCOMPARE(int(l.size()), expectedLogs);
            // return() resolves with done after the finally block ran
            const auto& ev = rt.trace().events();
            std::size_t returnAt = ev.size();
            std::size_t cleanupAt = ev.size();
            std::size_t doneAt = ev.size();
            for (std::size_t i = 0; i < ev.size(); ++i) {
                if (ev[i].kind == Kind::ReturnCalled) returnAt = i;
                if (ev[i].kind == Kind::Cleanup) cleanupAt = i;
                if (ev[i].kind == Kind::Done) doneAt = i;
            }
            if (breakAfter > 0) {
                QVERIFY(returnAt < cleanupAt);
                QVERIFY(cleanupAt < doneAt);
            } else {
                QCOMPARE(returnAt, ev.size());
                QVERIFY(cleanupAt < doneAt);
            }
        }
        QCOMPARE(Alive::count, 0);
    }

    void returnBeforeStartSkipsBody()
    {
        Runtime rt;
        Runtime::Activation active(rt);
        int cleanups = 0;
        auto gen = numbers(StartLine{1}, rt, 3, &cleanups);
        auto r = gen.return_();
        drain(rt);
        QVERIFY(r.value().done);
        QCOMPARE(cleanups, 0); // the body never started, so no finally
        QVERIFY(logs(rt.trace()).empty());
        auto n = gen.next();
        drain(rt);
        QVERIFY(n.value().done);
    }

    void exceptionReachesConsumer()
    {
        {
            Runtime rt;
            Runtime::Activation active(rt);
            consume(rt, failing(StartLine{1}, rt, 3), 0);
            drain(rt);
            const auto l = logs(rt.trace());
            QCOMPARE(l, (std::vector<std::string>{"\"1\"", "\"2\"", "\"caught: page 3 failed\""}));
            bool sawError = false;
            for (const Event& e : rt.trace().events()) {
                if (e.kind == Kind::Error) {
                    sawError = true;
                    QCOMPARE(rt.trace().valueText(e), std::string_view("\"page 3 failed\""));
                    QCOMPARE(e.t, std::int64_t(30));
                }
            }
            QVERIFY(sawError);
        }
        QCOMPARE(Alive::count, 0);
    }

    void destroyWhileSuspendedFreesEverything()
    {
        {
            Runtime rt;
            Runtime::Activation active(rt);
            {
                auto gen = failing(StartLine{1}, rt, 100);
                auto p = gen.next(); // suspended at its timer
                rt.loop().runOne();
                QCOMPARE(Alive::count, 1);
            } // generator destroyed while awaiting a timer
            QCOMPARE(Alive::count, 0);
            drain(rt); // the timer fires into a promise nobody waits on: harmless
            {
                auto gen = numbers(StartLine{1}, rt, 3);
                auto p = gen.next();
                drain(rt); // suspended at a yield
                QCOMPARE(Alive::count, 1);
            }
            QCOMPARE(Alive::count, 0);
            // a consumer and its generator, torn down with the runtime mid-run
            consume(rt, failing(StartLine{1}, rt, 100), 0);
            rt.loop().runOne();
            QCOMPARE(Alive::count, 2);
        }
        QCOMPARE(Alive::count, 0);
    }

    void engineDestroyedMidRunFreesFrames_data()
    {
        QTest::addColumn<QString>("demo");
        QTest::addColumn<int>("steps");
        for (const Demo* d : allDemos()) {
            for (int steps : {0, 1, 3, 10}) {
                QTest::addRow("%s after %d steps", d->name.c_str(), steps)
                    << QString::fromStdString(d->name) << steps;
            }
        }
    }
    void engineDestroyedMidRunFreesFrames()
    {
        QFETCH(QString, demo);
        QFETCH(int, steps);
        const Demo* d = findDemo(demo.toStdString());
        QVERIFY(d);
        Engine engine(*d, d->defaults());
        for (int i = 0; i < steps; ++i)
            engine.step();
        QCOMPARE(engine.trace().size() >= std::size_t(steps), true);
        // Leak checking of this path is the sanitizer build's job; here: no crash.
    }

    void millionSynchronousYieldsUseConstantStack()
    {
        // Every yield takes a microtask: the body is resumed from the event loop each time,
        // never from inside the previous resumption, so the stack does not grow.
        static std::uintptr_t lowest = UINTPTR_MAX;
        static std::uintptr_t highest = 0;
        struct Probe {
            static void mark()
            {
                volatile char here = 0;
                const auto addr = reinterpret_cast<std::uintptr_t>(&here);
                lowest = std::min(lowest, addr);
                highest = std::max(highest, addr);
            }
        };
        auto gen = [](StartLine, Runtime&, std::int64_t n) -> AsyncGenerator<std::int64_t> {
            for (std::int64_t i = 0; i < n; ++i) {
                Probe::mark();
                co_yield at(1, i);
            }
        };
        Runtime rt;
        Runtime::Activation active(rt);
        std::int64_t received = 0;
        auto consumer = [](Runtime& r, AsyncGenerator<std::int64_t> g, std::int64_t* out) -> Async<void> {
            ForAwait loop(r, std::move(g), 1);
            while (auto v = co_await loop.next())
                *out = *v + 1;
        };
        consumer(rt, gen(StartLine{1}, rt, 1'000'000), &received);
        drain(rt);
        QCOMPARE(received, std::int64_t(1'000'000));
        QVERIFY2(highest - lowest < std::uintptr_t{64} * 1024,
                 qPrintable(QString("stack spread %1 bytes").arg(highest - lowest)));
    }

    void millionReadyAwaitsUseConstantStack()
    {
        Runtime rt;
        Runtime::Activation active(rt);
        std::int64_t done = 0;
        auto chain = [](Runtime& r, std::int64_t n, std::int64_t* out) -> Async<void> {
            for (std::int64_t i = 0; i < n; ++i) {
                co_await Promise<Undefined>::resolved(r.loop(), {});
                ++*out;
            }
        };
        chain(rt, 1'000'000, &done);
        drain(rt);
        QCOMPARE(done, std::int64_t(1'000'000));
    }

    void deterministic_data()
    {
        QTest::addColumn<QString>("demo");
        for (const Demo* d : allDemos())
            QTest::newRow(d->name.c_str()) << QString::fromStdString(d->name);
    }
    void deterministic()
    {
        QFETCH(QString, demo);
        const Demo* d = findDemo(demo.toStdString());
        Engine a(*d, d->defaults());
        Engine b(*d, d->defaults());
        a.runToEnd();
        while (b.step()) {
        }
        QCOMPARE(a.trace().size(), b.trace().size());
        QVERIFY(a.trace().size() > 5);
        for (std::size_t i = 0; i < a.trace().size(); ++i) {
            const Event& x = a.trace()[i];
            const Event& y = b.trace()[i];
            QCOMPARE(x.t, y.t);
            QCOMPARE(x.kind, y.kind);
            QCOMPARE(x.actor, y.actor);
            QCOMPARE(x.line, y.line);
            QCOMPARE(a.trace().valueText(x), b.trace().valueText(y));
        }
    }

    void stepRecordsAtLeastOneEvent()
    {
        const Demo* d = findDemo("countdown");
        Engine engine(*d, d->defaults());
        QCOMPARE(engine.trace().size(), std::size_t(0)); // constructing runs nothing
        std::size_t last = 0;
        while (engine.step()) {
            QVERIFY(engine.trace().size() > last);
            last = engine.trace().size();
        }
        QVERIFY(engine.finished());
        QVERIFY(!engine.step());
    }

    void listenersHearEveryEvent()
    {
        const Demo* d = findDemo("pagination");
        Engine engine(*d, d->defaults());
        std::vector<std::size_t> heard;
        engine.addListener([&](const Trace&, std::size_t seq) { heard.push_back(seq); });
        engine.runToEnd();
        QCOMPARE(heard.size(), engine.trace().size());
        for (std::size_t i = 0; i < heard.size(); ++i)
            QCOMPARE(heard[i], i);
    }

    void everyDemoListingLinesResolve()
    {
        for (const Demo* d : allDemos()) {
            Engine engine(*d, d->defaults());
            engine.runToEnd(); // looks up every line; throws on a missing or ambiguous one
            const std::string listing = engine.listing();
            const auto lineCount = std::count(listing.begin(), listing.end(), '\n') + 1;
            for (const Event& e : engine.trace().events()) {
                QVERIFY2(e.line >= 1 && e.line <= lineCount, d->name.c_str());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestAsyncGenerator)
#include "tst_async_generator.moc"
