// SPDX-License-Identifier: MIT
// The layout audit's checks, for any test that lays the window out: the timeline's texts
// (heard through a TextRecorder) overlapping or outside their region, text lines wider than
// their view (the code panel, the program editor), scroll bars showing, labels, buttons and
// choosers too small for their text.
#pragma once

#include "ui/timeline/text_placement.hpp"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFontMetricsF>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStringList>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTextBlock>
#include <QToolButton>
#include <QWidget>

#include <vector>

namespace ys::test {

// Every text the timeline places, as it paints.
struct TextLog : ys::ui::TextRecorder {
    std::vector<ys::ui::PlacedText> texts;
    void placed(const ys::ui::PlacedText& text) override { texts.push_back(text); }
};

inline bool overlap(const QRectF& a, const QRectF& b)
{
    constexpr double slack = 0.5;
    return a.left() < b.right() - slack && b.left() < a.right() - slack && a.top() < b.bottom() - slack &&
           b.top() < a.bottom() - slack;
}

inline bool inside(const QRectF& r, const QRectF& region)
{
    constexpr double slack = 0.5;
    return r.left() >= region.left() - slack && r.right() <= region.right() + slack &&
           r.top() >= region.top() - slack && r.bottom() <= region.bottom() + slack;
}

inline QString describe(const ys::ui::PlacedText& t)
{
    return QStringLiteral("\"%1\" at %2,%3 %4x%5 (region %6,%7 %8x%9)")
        .arg(t.text.left(40))
        .arg(t.rect.x(), 0, 'f', 0)
        .arg(t.rect.y(), 0, 'f', 0)
        .arg(t.rect.width(), 0, 'f', 0)
        .arg(t.rect.height(), 0, 'f', 0)
        .arg(t.region.x(), 0, 'f', 0)
        .arg(t.region.y(), 0, 'f', 0)
        .arg(t.region.width(), 0, 'f', 0)
        .arg(t.region.height(), 0, 'f', 0);
}

// The problems among the texts of one frame.
struct TextProblems {
    QStringList overlaps;
    QStringList outside;
};

inline TextProblems textProblems(const std::vector<ys::ui::PlacedText>& texts)
{
    TextProblems out;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        if (!inside(texts[i].rect, texts[i].region)) out.outside << describe(texts[i]);
        for (std::size_t j = i + 1; j < texts.size(); ++j) {
            if (overlap(texts[i].rect, texts[j].rect))
                out.overlaps << describe(texts[i]) + " and " + describe(texts[j]);
        }
    }
    return out;
}

// A line of a text view wider than the view shows (1-based), measured as it is drawn.
struct WideLine {
    int line;
    double width;
    double room;
};

inline std::vector<WideLine> wideLines(const QPlainTextEdit& view)
{
    std::vector<WideLine> out;
    const QFontMetricsF fm(view.font());
    const double margin = 2 * view.document()->documentMargin();
    const double room = view.viewport()->width();
    for (QTextBlock b = view.document()->begin(); b.isValid(); b = b.next()) {
        const double width = fm.horizontalAdvance(b.text()) + margin;
        if (width > room + 0.5) out.push_back({b.blockNumber() + 1, width, room});
    }
    return out;
}

// The scroll areas under `window` showing a scroll bar, by name.
inline QStringList scrollBarsShowing(const QWidget& window)
{
    QStringList out;
    for (QAbstractScrollArea* area : window.findChildren<QAbstractScrollArea*>()) {
        if (!area->isVisibleTo(&window)) continue;
        for (QScrollBar* bar : {area->horizontalScrollBar(), area->verticalScrollBar()}) {
            if (bar->isVisibleTo(&window)) out << area->objectName();
        }
    }
    return out;
}

// The labels and buttons under `root` shown narrower than their text needs, by their text: a
// word cut off after a switch to a longer language.
inline QStringList cutTexts(const QWidget& root)
{
    QStringList cut;
    for (const QWidget* widget : root.findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(&root) || widget->width() <= 0) continue;
        QString text;
        if (const auto* label = qobject_cast<const QLabel*>(widget)) {
            // A wrapped label must have the height its lines need (the narration, the quiz's
            // prompt); a rich one (a status with <br>) is measured by its layout.
            if (label->wordWrap()) {
                const QRect room = label->contentsRect();
                const int needed = label->heightForWidth(room.width());
                if (needed > room.height() + 1)
                    cut << QStringLiteral("%1… (%2 px high, needs %3)")
                               .arg(label->text().left(60))
                               .arg(room.height())
                               .arg(needed);
                continue;
            }
            if (label->text().contains(QLatin1Char('<'))) continue;
            text = label->text();
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
            if (const auto* tool = qobject_cast<const QToolButton*>(button);
                tool != nullptr && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
                continue;
            text = button->text();
        } else if (const auto* chooser = qobject_cast<const QComboBox*>(widget)) {
            // The item shown, in the field beside the arrow.
            QStyleOptionComboBox option;
            option.initFrom(chooser);
            option.editable = chooser->isEditable();
            option.frame = chooser->hasFrame();
            const QRect field = chooser->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                                 QStyle::SC_ComboBoxEditField, chooser);
            const int needed = chooser->fontMetrics().horizontalAdvance(chooser->currentText());
            if (field.width() < needed)
                cut << QStringLiteral("%1 (%2 < %3)")
                           .arg(chooser->currentText())
                           .arg(field.width())
                           .arg(needed);
            continue;
        }
        if (text.isEmpty()) continue;
        if (widget->width() < widget->minimumSizeHint().width() ||
            widget->width() < widget->sizeHint().width())
            cut << QStringLiteral("%1 (%2 < %3)")
                       .arg(text)
                       .arg(widget->width())
                       .arg(widget->sizeHint().width());
    }
    return cut;
}

// The fields (spin boxes, line edits, choosers) under `root` that stick out of the widget
// they sit in, by name: a parameter's box cut in half by a column too narrow for its row.
// What a scroll area shows may scroll, so its content is not looked at.
inline QStringList fieldsOutOfTheirParent(const QWidget& root)
{
    QStringList out;
    for (const QWidget* widget : root.findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(&root) || widget->parentWidget() == nullptr) continue;
        if (qobject_cast<const QAbstractSpinBox*>(widget) == nullptr &&
            qobject_cast<const QLineEdit*>(widget) == nullptr &&
            qobject_cast<const QComboBox*>(widget) == nullptr)
            continue;
        if (qobject_cast<const QAbstractSpinBox*>(widget->parentWidget()) != nullptr ||
            qobject_cast<const QComboBox*>(widget->parentWidget()) != nullptr)
            continue; // the line edit inside a spin box or an editable chooser
        bool scrolls = false;
        for (const QWidget* up = widget->parentWidget(); up != nullptr && up != &root;
             up = up->parentWidget())
            scrolls = scrolls || qobject_cast<const QAbstractScrollArea*>(up) != nullptr;
        if (scrolls) continue;
        if (!widget->parentWidget()->rect().contains(widget->geometry()))
            out << QStringLiteral("%1 (%2,%3 %4x%5 in %6 px wide)")
                       .arg(widget->objectName())
                       .arg(widget->x())
                       .arg(widget->y())
                       .arg(widget->width())
                       .arg(widget->height())
                       .arg(widget->parentWidget()->width());
    }
    return out;
}

// Whether a toolbar of `window` hides some of its items behind its » button (Qt names that
// button qt_toolbar_ext_button), out of a class's sight.
inline bool toolbarFolded(const QWidget& window)
{
    for (const QToolButton* button :
         window.findChildren<QToolButton*>(QStringLiteral("qt_toolbar_ext_button"))) {
        if (button->isVisibleTo(&window)) return true;
    }
    return false;
}

} // namespace ys::test
