// SPDX-License-Identifier: MIT
// Runs a demo in the C++ engine and in Node (tests/js/harness.js) and compares the traces.
#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <utility>
#include <vector>

// One event as both sides record it, reduced to what is compared.
struct ComparedEvent {
    qint64 t = 0;
    QString kind;
    QString value; // compact JSON
    bool operator==(const ComparedEvent&) const = default;
};

// The kinds compared with JavaScript.
bool isComparedKind(const QString& kind);

// Compares demo `demo` run with `assignments` ("key=value"); returns "" when they agree, else
// a report of the first difference with both traces around it. `tamper` alters the C++ side
// (to check that the comparison can fail).
QString compareWithNode(const QString& demo, const QStringList& assignments,
                        const std::function<void(std::vector<ComparedEvent>&)>& tamper = {});

// The hand-picked parameter sets: defaults and edge values for every demo.
std::vector<std::pair<QString, QStringList>> edgeParameterSets();

// `count` parameter sets drawn across all demos from `seed`, biased to edges (minimum, one
// above, defaults, small values, day-long durations), small enough to run fast.
std::vector<std::pair<QString, QStringList>> randomParameterSets(int count, unsigned seed);

// Compares many sets and gives one entry for each, in order: "" when it agrees, else its
// problem. The harness answers them in `parallel` Node processes side by side, each
// taking a share of the sets in one batch (tests/js/harness.js --batch). Each problem names
// its demo and parameters. `tamper` alters the C++ side of set `index`.
QStringList
compareEachWithNode(const std::vector<std::pair<QString, QStringList>>& sets, int parallel,
                    const std::function<void(std::size_t index, std::vector<ComparedEvent>&)>& tamper = {});
// The same, giving only the problems.
QStringList
compareManyWithNode(const std::vector<std::pair<QString, QStringList>>& sets, int parallel,
                    const std::function<void(std::size_t index, std::vector<ComparedEvent>&)>& tamper = {});
