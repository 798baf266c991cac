// SPDX-License-Identifier: MIT
// A titled panel: a bold heading above the content, its buddy.
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace ys::ui {

QWidget* titledPanel(const QString& title, QWidget* content, QLabel** heading = nullptr);

} // namespace ys::ui
