// SPDX-License-Identifier: MIT
#include "ui/editor/program_store.hpp"

#include "preferences.hpp"

#include <QSettings>
#include <QTimer>

namespace ys::ui {
namespace {
const QString kSourceKey = QStringLiteral("program/source");
const QString kDemoKey = QStringLiteral("program/demo");
const QString kParamsKey = QStringLiteral("program/params");
} // namespace

ProgramStore::ProgramStore(QObject* parent)
    : QObject(parent),
      settings_(new QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("yieldscope"),
                              QStringLiteral("yieldscope"), this)),
      debounce_(new QTimer(this))
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

QString ProgramStore::notSaved() { return Preferences::whyNotSaved(settings_->fileName()); }

void ProgramStore::write(const SavedProgram& program)
{
    // QSettings would wait for a lock file it cannot make for ever: then the program stays in
    // the editor only (the preferences say so once).
    if (!notSaved().isEmpty()) return;
    settings_->setValue(kSourceKey, program.source);
    settings_->setValue(kDemoKey, program.demo);
    settings_->setValue(kParamsKey, program.params);
    settings_->sync(); // on disk now: a crash a moment later loses nothing
}

SavedProgram ProgramStore::saved()
{
    settings_->sync(); // another window may have written since
    SavedProgram out;
    const QVariant source = settings_->value(kSourceKey);
    if (source.typeId() == QMetaType::QString) out.source = source.toString();
    const QVariant demo = settings_->value(kDemoKey);
    if (demo.typeId() == QMetaType::QString) out.demo = demo.toString();
    const QVariant params = settings_->value(kParamsKey);
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
