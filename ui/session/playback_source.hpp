// SPDX-License-Identifier: MIT
// What a Player plays: anything with a cursor that steps through events in virtual time. One
// run (a RunSession) and two runs on one clock (a CompareSession) are both played this way, so
// they share the pacing, the speeds and the transport actions.
#pragma once

#include <cstdint>
#include <optional>

namespace ys::ui {

class PlaybackSource {
public:
    // The next event to show, and the virtual time playback counts its wait from.
    struct NextEvent {
        std::int64_t fromT = 0; // the event shown (before the first: whatever the source counts from)
        std::int64_t t = 0;     // the next event
    };

    PlaybackSource() = default;
    PlaybackSource(const PlaybackSource&) = delete;
    PlaybackSource& operator=(const PlaybackSource&) = delete;
    virtual ~PlaybackSource() = default;

    // Before the first event.
    virtual bool atStart() const = 0;
    // Nothing further will ever be shown.
    virtual bool atEnd() const = 0;
    // Makes sure the next event is there to be shown (a live run may run its engine a step);
    // nothing when there is none.
    virtual std::optional<NextEvent> nextEvent() = 0;
    virtual bool stepForward() = 0;
    virtual bool stepBack() = 0;
    virtual void jumpToStart() = 0;
    virtual void jumpToEnd() = 0;

    // Work under way that playback must not race (a run running to its end in slices): Play
    // waits, and Play while it runs stops it.
    virtual bool busy() const { return false; }
    virtual void cancelBusy() {}
};

} // namespace ys::ui
