// SPDX-License-Identifier: MIT
// Fits the timeline to the whole run for one picture and puts the view back afterwards, so an
// export never moves what the class is looking at.
#pragma once

#include "ui/export/timeline_extent.hpp"
#include "ui/timeline/timeline_view.hpp"

namespace ys::ui {

class WholeRunView {
public:
    WholeRunView(TimelineView& timeline, TimelineExtent extent)
        : timeline_(timeline), active_(extent == TimelineExtent::WholeRun), zoom_(timeline.viewport().zoom()),
          offset_(timeline.viewport().offset()), follow_(timeline.followCursor()),
          animated_(timeline.isAnimated())
    {
        if (!active_) return;
        timeline_.setAnimated(false);
        timeline_.fitToWindow();
    }
    ~WholeRunView()
    {
        if (!active_) return;
        timeline_.setZoomAndOffset(zoom_, offset_);
        timeline_.setFollowCursor(follow_);
        timeline_.setZoomAndOffset(zoom_, offset_); // following may have panned
        timeline_.setAnimated(animated_);
    }
    WholeRunView(const WholeRunView&) = delete;
    WholeRunView& operator=(const WholeRunView&) = delete;

private:
    TimelineView& timeline_;
    bool active_;
    double zoom_;
    double offset_;
    bool follow_;
    bool animated_;
};

} // namespace ys::ui
