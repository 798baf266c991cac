// SPDX-License-Identifier: MIT
#include "preferences.hpp"

#include "demo.hpp"
#include "main_window.hpp"
#include "param_editor.hpp"
#include "player.hpp"
#include "run_session.hpp"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>

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

using Mode = MainWindow::ThemeMode;
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

// The splitters worth keeping, by name, in a fixed order.
QList<QSplitter*> namedSplitters(MainWindow& window)
{
    QList<QSplitter*> out;
    for (QSplitter* s : window.findChildren<QSplitter*>()) {
        if (!s->objectName().isEmpty()) out << s;
    }
    std::sort(out.begin(), out.end(),
              [](const QSplitter* a, const QSplitter* b) { return a->objectName() < b->objectName(); });
    return out;
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
    recentMenu_ = new QMenu(tr("Open &Recent"), &window_);
    recentMenu_->setObjectName(QStringLiteral("recentMenu"));
    // Under File, right after Open….
    if (QAction* fileMenu = window_.menuBar()->actions().value(0); fileMenu && fileMenu->menu()) {
        const QList<QAction*> items = fileMenu->menu()->actions();
        QAction* before = items.size() > 1 ? items.at(1) : nullptr;
        fileMenu->menu()->insertMenu(before, recentMenu_);
    }
    connect(&window_, &MainWindow::traceFileUsed, this, &Preferences::addRecentFile);
    connect(&window_.session(), &RunSession::runStarted, this, &Preferences::saveRun);
    connect(&window_.player(), &Player::speedChanged, this, [this](double speed) {
        if (!restoring_) write(kSpeedKey, speed);
    });
    window_.installEventFilter(this);
    rebuildRecentMenu();
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
    window_.statusBar()->showMessage(message);
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
        if (textOf(s.value(kThemeKey)) == QLatin1String(name)) window_.setThemeMode(mode);
    }

    bool speedOk = false;
    const double speed = textOf(s.value(kSpeedKey)).toDouble(&speedOk);
    QComboBox* speeds = window_.speedChooser();
    for (int i = 0; speedOk && i < speeds->count(); ++i) {
        if (speeds->itemData(i).toDouble() == speed) speeds->setCurrentIndex(i);
    }

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
    const QList<QSplitter*> splitters = namedSplitters(window_);
    const QVariantList layouts = s.value(kLayoutKey).toList();
    for (int i = 0; i < splitters.size() && i < layouts.size(); ++i) {
        const QVariant& state = layouts.at(i);
        if (state.typeId() != QMetaType::QByteArray) continue;
        QSplitter* splitter = splitters.at(i);
        // The window fits its code column to the listing until the user moves the divider;
        // a layout brought back counts as the user's.
        if (splitter->restoreState(state.toByteArray())) emit splitter->splitterMoved(0, 1);
    }

    recent_.clear();
    const QVariant recent = s.value(kRecentKey);
    if (recent.typeId() == QMetaType::QStringList || recent.typeId() == QMetaType::QVariantList) {
        for (const QVariant& item : recent.toList()) {
            const QString path = textOf(item);
            if (!path.isEmpty() && !recent_.contains(path) && recent_.size() < kMaxRecentFiles)
                recent_ << path;
        }
    } else if (const QString one = recent.typeId() == QMetaType::QString ? recent.toString() : QString();
               !one.isEmpty()) {
        recent_ << one; // a list of one is written as plain text
    }
    rebuildRecentMenu();
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
        if (window_.themeMode() == mode) s.setValue(kThemeKey, QString::fromLatin1(name));
    }
    s.setValue(kSpeedKey, window_.player().speed());
    s.setValue(kGeometryKey, window_.saveGeometry());
    QVariantList layouts;
    for (QSplitter* splitter : namedSplitters(window_))
        layouts << splitter->saveState();
    s.setValue(kLayoutKey, layouts);
    s.setValue(kRecentKey, recent_);
    s.sync();
}

void Preferences::addRecentFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent_.removeAll(absolute);
    recent_.prepend(absolute);
    while (recent_.size() > kMaxRecentFiles)
        recent_.removeLast();
    write(kRecentKey, recent_);
    rebuildRecentMenu();
}

void Preferences::clearRecentFiles()
{
    recent_.clear();
    write(kRecentKey, recent_);
    rebuildRecentMenu();
}

void Preferences::rebuildRecentMenu()
{
    recentMenu_->clear();
    int number = 1;
    for (const QString& path : recent_) {
        QAction* a = recentMenu_->addAction(
            QStringLiteral("&%1  %2").arg(number++).arg(QFileInfo(path).fileName().replace('&', "&&")));
        a->setStatusTip(path);
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] { window_.beginOpenTraceFile(path); });
    }
    if (!recent_.isEmpty()) recentMenu_->addSeparator();
    QAction* clear = recentMenu_->addAction(tr("&Clear the list"));
    clear->setObjectName(QStringLiteral("actionClearRecent"));
    clear->setEnabled(!recent_.isEmpty());
    connect(clear, &QAction::triggered, this, &Preferences::clearRecentFiles);
}

bool Preferences::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == &window_ && event->type() == QEvent::Close) save();
    return QObject::eventFilter(watched, event);
}

} // namespace ys::ui
