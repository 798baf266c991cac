// SPDX-License-Identifier: MIT
// Where a program of one's own is kept while it is typed: the settings (the same file as the
// window's preferences), written a moment after the last key and before every run, so that a
// crash of the run or of the app loses nothing. With it, the demo and parameters it started
// from, whose world (fetch latencies, stream pace) it runs in.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTimer;

namespace ys::ui {

struct SavedProgram {
    QString source;
    QString demo;       // the demo it was copied from; empty for a new program
    QStringList params; // that demo's values, "key=value"
};

class ProgramStore : public QObject {
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 400;

    explicit ProgramStore(QObject* parent = nullptr);
    ~ProgramStore() override;

    // Writes `program` once no other change has come for kDebounceMs.
    void saveSoon(const SavedProgram& program);
    // Writes now (before a run, on quitting); a pending write is done by it.
    void saveNow(const SavedProgram& program);
    // Writes the pending program, if any.
    void flush();
    // The program kept; an empty source when there is none.
    SavedProgram saved();
    // Why it cannot be written (see Preferences::whyNotSaved); empty while it can.
    QString notSaved();

private:
    void write(const SavedProgram& program);

    QTimer* debounce_;
    SavedProgram pending_;
    bool hasPending_ = false;
};

} // namespace ys::ui
