// SPDX-License-Identifier: MIT
#include "ui/window/recent_files_menu.hpp"

#include <QAction>
#include <QFileInfo>
#include <QMenu>

namespace ys::ui {

RecentFilesMenu::RecentFilesMenu(QWidget* parent)
    : QObject(parent), menu_(new QMenu(tr("Open &Recent"), parent))
{
    menu_->setObjectName(QStringLiteral("recentMenu"));
    rebuild();
}

void RecentFilesMenu::setFiles(const QStringList& files)
{
    files_.clear();
    for (const QString& path : files) {
        if (!path.isEmpty() && !files_.contains(path) && files_.size() < kMaxFiles) files_ << path;
    }
    rebuild();
}

void RecentFilesMenu::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files_.removeAll(absolute);
    files_.prepend(absolute);
    while (files_.size() > kMaxFiles)
        files_.removeLast();
    rebuild();
    emit filesChanged(files_);
}

void RecentFilesMenu::clear()
{
    files_.clear();
    rebuild();
    emit filesChanged(files_);
}

void RecentFilesMenu::rebuild()
{
    menu_->clear();
    int number = 1;
    for (const QString& path : files_) {
        QAction* a = menu_->addAction(
            QStringLiteral("&%1  %2").arg(number++).arg(QFileInfo(path).fileName().replace('&', "&&")));
        a->setStatusTip(path);
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    if (!files_.isEmpty()) menu_->addSeparator();
    QAction* clearAction = menu_->addAction(tr("&Clear the list"));
    clearAction->setObjectName(QStringLiteral("actionClearRecent"));
    clearAction->setEnabled(!files_.isEmpty());
    connect(clearAction, &QAction::triggered, this, &RecentFilesMenu::clear);
}

} // namespace ys::ui
