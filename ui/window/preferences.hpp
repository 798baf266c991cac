// SPDX-License-Identifier: MIT
// What the window remembers between sessions, in QSettings: the last demo and its parameters,
// the theme, the playback speed, the window's geometry and column layout, and the recent trace
// files (File > Open Recent, with Clear). It reads and sets each through the window's part that
// shows it (the theme controller, the player, the columns, the recent files menu), never
// through the part's widgets.
//
// Every value is checked as it is read back. One that is missing or unusable (wrong type, an
// unknown demo or theme, a parameter out of range, a speed not offered, bytes that are not a
// saved geometry or layout, a settings file that is not one at all) leaves that one setting at
// its default, silently: a broken settings file never stops the app from starting.
#pragma once

#include "ui/window/recent_files_menu.hpp"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

class QMenu;
class QSettings;
class QWidget;

namespace ys::ui {

class MainWindow;

class Preferences : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxRecentFiles = RecentFilesMenu::kMaxFiles;

    // Keeps `window`'s preferences in the user's settings for Yieldscope. Call restore() once
    // the window is built.
    explicit Preferences(MainWindow& window);
    ~Preferences() override;

    // Applies the saved preferences to the window (each bad value: its default).
    void restore();
    // Writes the window's current state (also done when the window closes).
    void save();

    // File > Open Recent's list (the window's).
    QStringList recentFiles() const;
    void addRecentFile(const QString& path);
    void clearRecentFiles();
    QMenu* recentMenu() const;

    // Why preferences cannot be saved in `settingsFile` (its lock file cannot be made, where
    // QSettings would wait for it for ever), or empty when they can.
    static QString whyNotSaved(const QString& settingsFile);
    // Keeps `window` within the available room of the screen it is on: a saved geometry from
    // another screen, or edited, may be larger than any screen (and a window of 32767 pixels
    // square takes gigabytes).
    static void fitToScreen(QWidget& window);
    // Why this session's preferences are not being saved (said once, on standard error and in
    // the status bar); empty while they are.
    QString notSaved() const { return notSaved_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void saveRun();
    QSettings& settings();
    // Whether preferences can be written; the first time they cannot, tells the user.
    bool canSave();
    void write(const QString& key, const QVariant& value);

    MainWindow& window_;
    QSettings* settings_;
    bool restoring_ = false;
    QString notSaved_;
};

} // namespace ys::ui
