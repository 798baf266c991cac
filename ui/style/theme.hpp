// SPDX-License-Identifier: MIT
// Colours of the application, chosen for projectors and colour-blind viewers.
//
// The event colours follow the Okabe–Ito palette (distinguishable with every common form of
// colour blindness). Colour never carries meaning alone: the timeline also gives every kind of
// event its own shape and a short label, and the legend names them.
//
// Three variants: light (the default for projectors: dark ink on a white wall reads best from
// the back of a room), dark, and high contrast (pure black, every ink at least 4.5:1 against
// it, heavier strokes: for washed-out projectors and low vision). Theme::forSystem() picks
// light or dark from the desktop's setting.
#pragma once

#include "core/trace/event.hpp"
#include "core/trace/event_vocabulary.hpp"

#include <QColor>
#include <QPalette>
#include <QString>

namespace ys::ui {

struct Theme {
    QString name; // "light" or "dark"
    bool isDark = false;

    // Surfaces and text
    QColor window;   // the timeline's background
    QColor gutter;   // background of the lane titles at the left
    QColor laneBand; // soft band behind every other lane
    QColor laneBandAlt;
    QColor separator; // thin lines between lanes, around the legend
    QColor text;      // titles and labels
    QColor mutedText; // secondary text: lane subtitles, axis ticks
    QColor chip;      // background of value chips and tooltips-like labels

    // Time
    QColor axis;        // the axis line and ticks
    QColor instantBand; // tint behind the events of one instant
    QColor instantText; // "t = 500 ms"
    QColor cursor;      // the vertical line at the current event
    QColor highlight;   // halo behind the current event (a highlighter pen)
    QColor hover;       // ring around the event under the mouse

    // Events (Okabe–Ito based)
    QColor next;     // next(): consumer asks           (blue)
    QColor value;    // a value travels: yield, value   (bluish green)
    QColor resumed;  // producer continues              (grey, kept quiet)
    QColor await;    // timers & network spans          (orange)
    QColor awaitInk; // text on the span bars
    QColor ret;      // return()                        (reddish purple)
    QColor done;     // done: the iteration ends        (ink)
    QColor cleanup;  // finally                         (reddish purple)
    QColor error;    // errors                          (vermillion)
    QColor log;      // console chips: border
    QColor logInk;   // console chips: text
    QColor logFill;  // console chips: fill

    // Lines of the timeline's marks × this (1 = as designed; heavier for high contrast).
    qreal strokeWeight = 1.0;

    // The one mapping of the vocabulary's colour roles to this theme's colours.
    QColor roleColor(ys::ColorRole role) const;
    // The colour of an event of that kind (its role's colour).
    QColor kindColor(ys::Kind kind) const;

    // A palette that matches the theme, for the rest of the window.
    QPalette palette() const;

    static Theme light();
    static Theme dark();
    static Theme highContrast();
    // The variant matching the desktop: QStyleHints::colorScheme() with Qt ≥ 6.5, else the
    // lightness of the application palette's window colour. Needs a QGuiApplication.
    static Theme forSystem();
};

// The WCAG contrast ratio of two opaque colours, from 1 (the same) to 21 (black on white).
double contrastRatio(const QColor& a, const QColor& b);

} // namespace ys::ui
