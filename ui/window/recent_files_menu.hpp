// SPDX-License-Identifier: MIT
// File > Open Recent: the trace files last opened or saved, newest first, numbered, with
// "Clear the list". It keeps the list; Preferences stores it between sessions.
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;
class QWidget;

namespace ys::ui {

class RecentFilesMenu : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxFiles = 8;

    explicit RecentFilesMenu(QWidget* parent);

    QMenu* menu() const { return menu_; }
    QStringList files() const { return files_; }
    // The list as read back: repeated and empty paths are dropped, and at most kMaxFiles kept.
    void setFiles(const QStringList& files);
    // A file opened or saved goes to the front (by its absolute path).
    void add(const QString& path);
    void clear();

signals:
    // A file of the list was chosen.
    void openRequested(const QString& path);
    // The list changed by add() or clear() (not by setFiles()).
    void filesChanged(const QStringList& files);

private:
    void rebuild();

    QMenu* menu_;
    QStringList files_;
};

} // namespace ys::ui
