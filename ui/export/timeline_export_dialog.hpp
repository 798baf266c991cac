// SPDX-License-Identifier: MIT
// What File > Export timeline asks before the file name: the view as it is shown or the
// whole run so far, and for a PNG the scale (a 1920-pixel timeline at 2x is sharp on a 4K
// projector and in print).
#pragma once

#include "ui/export/timeline_extent.hpp"

#include <QDialog>

class QComboBox;

namespace ys::ui {

class TimelineExportDialog : public QDialog {
    Q_OBJECT

public:
    enum class Format { Png, Svg };

    explicit TimelineExportDialog(Format format, QWidget* parent = nullptr);

    TimelineExtent extent() const;
    void setExtent(TimelineExtent extent);
    // 1, 2, 3 or 4; 1 for an SVG, which has no pixels to scale.
    qreal scale() const;
    void setScale(qreal scale);

private:
    QComboBox* extent_;
    QComboBox* scale_ = nullptr;
};

} // namespace ys::ui
