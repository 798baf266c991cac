// SPDX-License-Identifier: MIT
#include "ui/editor/program_store.hpp"

#include "ui/window/preferences.hpp"

#include <QSettings>
#include <QTimer>

#include <memory>

namespace ys::ui {
namespace {
// Opened for each read and write, never held: the window's preferences read the same file
// first at start-up and must find it as it is (a file Qt cannot parse is reset by them, which
// an object opened before them would hide).
std::unique_ptr<QSettings> openSettings()
{
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                       QStringLiteral("yieldscope"), QStringLiteral("yieldscope"));
}
const QString kSourceKey = QStringLiteral("program/source");
const QString kDemoKey = QStringLiteral("program/demo");
const QString kParamsKey = QStringLiteral("program/params");
} // namespace

ProgramStore::ProgramStore(QObject* parent) : QObject(parent), debounce_(new QTimer(this))
{
    debounce_->setSingleShot(true);
    debounce_->setInterval(kDebounceMs);
    connect(debounce_, &QTimer::timeout, this, &ProgramStore::flush);
}

ProgramStore::~ProgramStore() { flush(); }

void ProgramStore::saveSoon(const SavedProgram& program)
{
    pending_ = program;
    hasPending_ = true;
    debounce_->start();
}

void ProgramStore::saveNow(const SavedProgram& program)
{
    debounce_->stop();
    hasPending_ = false;
    write(program);
}

void ProgramStore::flush()
{
    debounce_->stop();
    if (!hasPending_) return;
    hasPending_ = false;
    write(pending_);
}

QString ProgramStore::notSaved() { return Preferences::whyNotSaved(openSettings()->fileName()); }

void ProgramStore::write(const SavedProgram& program)
{
    // QSettings would wait for a lock file it cannot make for ever: then the program stays in
    // the editor only (the preferences say so once).
    const std::unique_ptr<QSettings> settings = openSettings();
    if (!Preferences::whyNotSaved(settings->fileName()).isEmpty()) return;
    settings->setValue(kSourceKey, program.source);
    settings->setValue(kDemoKey, program.demo);
    settings->setValue(kParamsKey, program.params);
    settings->sync(); // on disk now: a crash a moment later loses nothing
}

SavedProgram ProgramStore::saved()
{
    const std::unique_ptr<QSettings> settings = openSettings();
    SavedProgram out;
    const QVariant source = settings->value(kSourceKey);
    if (source.typeId() == QMetaType::QString) out.source = source.toString();
    const QVariant demo = settings->value(kDemoKey);
    if (demo.typeId() == QMetaType::QString) out.demo = demo.toString();
    const QVariant params = settings->value(kParamsKey);
    if (params.typeId() == QMetaType::QStringList || params.typeId() == QMetaType::QVariantList) {
        for (const QVariant& item : params.toList()) {
            if (item.typeId() == QMetaType::QString) out.params << item.toString();
        }
    } else if (params.typeId() == QMetaType::QString && !params.toString().isEmpty()) {
        out.params << params.toString(); // a list of one is written as plain text
    }
    return out;
}

} // namespace ys::ui
