// SPDX-License-Identifier: MIT
#include "ui/window/preferences.hpp"

#include "core/demos/demo.hpp"
#include "ui/panels/param_editor.hpp"
#include "ui/session/player.hpp"
#include "ui/session/run_session.hpp"
#include "ui/session/transport_actions.hpp"
#include "ui/window/main_window.hpp"
#include "ui/window/recent_files_menu.hpp"
#include "ui/window/status_line.hpp"
#include "ui/window/theme_controller.hpp"
#include "ui/window/window_columns.hpp"

#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>

#include <algorithm>
#include <array>
#include <cstdio>
#include <utility>

namespace ys::ui {
namespace {

const QString kDemoKey = QStringLiteral("run/demo");
const QString kParamsGroup = QStringLiteral("params/");
const QString kThemeKey = QStringLiteral("view/theme");
const QString kSpeedKey = QStringLiteral("run/speed");
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kLayoutKey = QStringLiteral("window/splitters");
const QString kRecentKey = QStringLiteral("files/recent");

using Mode = ThemeMode;
const std::array<std::pair<const char*, Mode>, 4> kThemes{{{"system", Mode::System},
                                                           {"light", Mode::Light},
                                                           {"dark", Mode::Dark},
                                                           {"high-contrast", Mode::HighContrast}}};

// A single value as text (an INI file keeps everything as text; values written in this run
// keep their type), or null for a list, a map or nothing.
QString textOf(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
    case QMetaType::QByteArray:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return value.toString();
    default:
        return {};
    }
}

} // namespace

void Preferences::fitToScreen(QWidget& window)
{
    QScreen* screen = QGuiApplication::screenAt(window.geometry().center());
    if (screen == nullptr) screen = window.screen();
    if (screen == nullptr) screen = QGuiApplication::primaryScreen();
    if (screen == nullptr) return;
    const QRect available = screen->availableGeometry();
    // The frame (title bar, borders) fits too.
    const QSize frame = window.frameGeometry().size() - window.geometry().size();
    const QSize room = (available.size() - frame).expandedTo(QSize(1, 1));
    const QSize size = window.size().boundedTo(room).expandedTo(window.minimumSizeHint().boundedTo(room));
    if (size != window.size()) window.resize(size);
    QRect placed = window.frameGeometry();
    placed.moveRight(std::min(placed.right(), available.right()));
    placed.moveBottom(std::min(placed.bottom(), available.bottom()));
    placed.moveLeft(std::max(placed.left(), available.left()));
    placed.moveTop(std::max(placed.top(), available.top()));
    if (placed.topLeft() != window.frameGeometry().topLeft()) window.move(placed.topLeft());
}

Preferences::Preferences(MainWindow& window)
    : QObject(&window), window_(window),
      settings_(new QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("yieldscope"),
                              QStringLiteral("yieldscope"), this))
{
    connect(&window_.recentFiles(), &RecentFilesMenu::filesChanged, this,
            [this](const QStringList& files) { write(kRecentKey, files); });
    connect(&window_.session(), &RunSession::runStarted, this, &Preferences::saveRun);
    connect(&window_.player(), &Player::speedChanged, this, [this](double speed) {
        if (!restoring_) write(kSpeedKey, speed);
    });
    window_.installEventFilter(this);
}

Preferences::~Preferences() = default;

QString Preferences::whyNotSaved(const QString& settingsFile)
{
    // QSettings waits for its lock file for ever: when it cannot be made (a folder in its
    // place, a folder that cannot be written), quitting would hang in sync().
    const QFileInfo lock(settingsFile + QStringLiteral(".lock"));
    if (lock.exists() && !lock.isFile()) return tr("%1 is in the way of its lock file").arg(lock.filePath());
    QFileInfo folder(lock.absolutePath());
    while (!folder.exists() && !folder.isRoot() && folder.absoluteFilePath() != folder.absolutePath())
        folder.setFile(folder.absolutePath()); // QSettings makes the missing folders
    if (!folder.isDir() || !folder.isWritable()) return tr("%1 cannot be written").arg(folder.filePath());
    return {};
}

bool Preferences::canSave()
{
    if (!notSaved_.isEmpty()) return false;
    notSaved_ = whyNotSaved(settings().fileName());
    if (notSaved_.isEmpty()) return true;
    // Once: the preferences stay as they are in this session, and the window still quits.
    const QString message = tr("Preferences cannot be saved: %1").arg(notSaved_);
    std::fprintf(stderr, "yieldscope: %s\n", qUtf8Printable(message));
    window_.statusLine().showMessage(message);
    return false;
}

void Preferences::write(const QString& key, const QVariant& value)
{
    if (canSave()) settings().setValue(key, value);
}

QSettings& Preferences::settings() { return *settings_; }

void Preferences::restore()
{
    restoring_ = true;
    QSettings& s = settings();
    if (s.status() != QSettings::NoError) s.clear(); // not a settings file: all defaults

    for (const auto& [name, mode] : kThemes) {
        if (textOf(s.value(kThemeKey)) == QLatin1String(name)) window_.themes().setMode(mode);
    }

    bool speedOk = false;
    const double speed = textOf(s.value(kSpeedKey)).toDouble(&speedOk);
    if (speedOk) window_.transport().chooseSpeed(speed); // a speed not offered keeps the default

    if (const Demo* demo = findDemo(textOf(s.value(kDemoKey)).toStdString())) {
        window_.selectDemo(QString::fromStdString(demo->name));
        Params params = demo->defaults();
        for (const ParamSpec& p : demo->params) {
            const QString key = kParamsGroup + QString::fromStdString(demo->name + "/" + p.name);
            const QString text = textOf(s.value(key));
            if (text.isEmpty()) continue;
            try {
                params.assign(p.name + "=" + text.toStdString());
            } catch (const ParamError&) {
                // This parameter keeps its default; the others are still restored.
            }
        }
        if (!(params == demo->defaults())) window_.setParams(params);
    }

    if (window_.restoreGeometry(s.value(kGeometryKey).toByteArray())) fitToScreen(window_);
    window_.columns().restoreLayout(s.value(kLayoutKey).toList());

    QStringList recent;
    const QVariant saved = s.value(kRecentKey);
    if (saved.typeId() == QMetaType::QStringList || saved.typeId() == QMetaType::QVariantList) {
        for (const QVariant& item : saved.toList())
            recent << textOf(item);
    } else if (saved.typeId() == QMetaType::QString) {
        recent << saved.toString(); // a list of one is written as plain text
    }
    window_.recentFiles().setFiles(recent);
    restoring_ = false;
}

void Preferences::saveRun()
{
    if (restoring_) return;
    const Demo* demo = window_.session().demo();
    if (demo == nullptr) return; // a replayed file of an unknown demo changes nothing
    write(kDemoKey, QString::fromStdString(demo->name));
    for (const ParamSpec& p : demo->params) {
        write(kParamsGroup + QString::fromStdString(demo->name + "/" + p.name),
              QString::fromStdString(window_.session().params().text(p.name)));
    }
}

void Preferences::save()
{
    saveRun();
    if (!canSave()) return;
    QSettings& s = settings();
    for (const auto& [name, mode] : kThemes) {
        if (window_.themes().mode() == mode) s.setValue(kThemeKey, QString::fromLatin1(name));
    }
    s.setValue(kSpeedKey, window_.transport().speed());
    s.setValue(kGeometryKey, window_.saveGeometry());
    s.setValue(kLayoutKey, window_.columns().saveLayout());
    s.setValue(kRecentKey, window_.recentFiles().files());
    s.sync();
}

QStringList Preferences::recentFiles() const { return window_.recentFiles().files(); }

void Preferences::addRecentFile(const QString& path) { window_.recentFiles().add(path); }

void Preferences::clearRecentFiles() { window_.recentFiles().clear(); }

QMenu* Preferences::recentMenu() const { return window_.recentFiles().menu(); }

bool Preferences::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == &window_ && event->type() == QEvent::Close) save();
    return QObject::eventFilter(watched, event);
}

} // namespace ys::ui
