// What the window remembers between sessions, in QSettings: the last demo and its parameters,
// the theme, the playback speed, the window's geometry and column layout, and the recent trace
// files (File > Open Recent, with Clear).
//
// Every value is checked as it is read back. One that is missing or unusable (wrong type, an
// unknown demo or theme, a parameter out of range, a speed not offered, bytes that are not a
// saved geometry or layout, a settings file that is not one at all) leaves that one setting at
// its default, silently: a broken settings file never stops the app from starting.
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;
class QSettings;

namespace ys::ui {

class MainWindow;

class Preferences : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxRecentFiles = 8;

    // Keeps `window`'s preferences in the user's settings for Yieldscope; adds File > Open
    // Recent. Call restore() once the window is built.
    explicit Preferences(MainWindow& window);
    ~Preferences() override;

    // Applies the saved preferences to the window (each bad value: its default).
    void restore();
    // Writes the window's current state (also done when the window closes).
    void save();

    QStringList recentFiles() const { return recent_; }
    void addRecentFile(const QString& path);
    void clearRecentFiles();
    QMenu* recentMenu() const { return recentMenu_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuildRecentMenu();
    void saveRun();
    QSettings& settings();

    MainWindow& window_;
    QSettings* settings_;
    QMenu* recentMenu_ = nullptr;
    QStringList recent_;
    bool restoring_ = false;
};

} // namespace ys::ui
