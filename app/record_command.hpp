// SPDX-License-Identifier: MIT
// yieldscope --demo NAME [--set key=value]... --record FOLDER | --video FILE.mp4
//            [--fps 30] [--size 1920x1080] [--speed 1] [--theme light]
//
// Renders the demo's run headless, as Play shows it in presentation mode at the given size,
// as numbered PNG frames and/or an H.264 video. Every value is checked before anything is
// rendered or written: a bad one gets one line on standard error naming the option and what
// it accepts, exit status 2, and nothing left behind.
#pragma once

namespace ys::app {

// Runs a recording (the arguments contain --record or --video); returns the exit status.
int runRecording(int& argc, char** argv);

} // namespace ys::app
