<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CommandLine</name>
    <message>
        <source>Record the demo&apos;s run as it plays, without a window, in presentation layout, as numbered PNG frames (frame-000001.png, ...) in folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the run as an H.264 video (needs ffmpeg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames per second of a recording (1 to 120; default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of a recording&apos;s frames (default 1920x1080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed of a recording, 0.25 to 8 (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours of a recording: light (the default), dark or high-contrast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the program&apos;s text: en or ru (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown demo &apos;%1&apos; (demos: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes JavaScript async iteration visible, one event at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the demos with their parameters, defaults and ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo to run (see --list-demos).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a parameter of the demo; repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the demo to the end without a window and write its trace as JSON Lines to file (- for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the demo to the end without a window and write its trace in the Trace Event Format that Perfetto and chrome://tracing open (- for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the demo&apos;s JavaScript listing, rendered with its parameters, to file (- for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a JavaScript program of your own (a UTF-8 file of at most 1 MiB) on the embedded engine; with --trace, write its trace (the program in the header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the demo to the end without a window and write it as one web page that steps through the run in any browser, offline (- for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a saved trace file and report whether it is valid: a one-line summary, or the line and the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs --record or --video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 and --%2 name the same file &apos;%3&apos;; give each its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--script needs --trace FILE (or - for standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3 ms, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--check-trace needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory: the run is too large for this machine&apos;s memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--html needs --demo NAME (demos: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chrome-trace needs --demo NAME (demos: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--trace and --listing need --demo NAME (demos: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a file name (or - for standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--html is not available in this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (languages: en, ru)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours: system (the default), light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved trace to replay (File &gt; Save writes them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown theme &apos;%1&apos; (themes: system, light, dark, high-contrast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --record or --video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--record and --video need --demo NAME (demos: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fps takes %1, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size takes %1, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--speed takes %1, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme takes light, dark or high-contrast, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--video takes an .mp4 file that can be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--record takes a folder that can be written or created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--video needs ffmpeg, which is not installed; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded %1: %2 frames at %3 fps, %4, speed %5, %6 s: %7</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Streaming a response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for await over a response body&apos;s chunks, decoded with TextDecoder (stream: true or not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes per chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milliseconds between chunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1: decode with {stream: true}; 0: without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleanup on break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaking out of for await calls return(): the generator&apos;s finally block runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values read before the loop breaks (0: read all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An async generator waits before each value; for await receives them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number counted down from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milliseconds waited before each number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error thrown in the generator rejects next(); try/catch around for await catches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page that fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milliseconds before each page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers from a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An async generator awaits the server&apos;s magic() between yields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milliseconds the server takes to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pagination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An async generator fetches pages lazily and yields one user at a time; break stops the fetching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users the API holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milliseconds each page request takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users read before the loop breaks (0: read all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An array of promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for await over fetches started at once hands them over in order; Promise.all waits for all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milliseconds each URL takes (/a.json, /b.json, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range (hand-written iterator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An object with [Symbol.asyncIterator]() whose async next() waits, then returns {done, value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milliseconds next() waits before answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range (async generator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range object again, its [Symbol.asyncIterator] written as an async generator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milliseconds waited before each value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yielding promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An async generator that yields promises: each yield waits for its promise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milliseconds each promise takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks turned into an async generator: a slow consumer lets messages pile up in the buffer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages the socket sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milliseconds between messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milliseconds the consumer spends on each message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronous generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>function* with for...of: every step happens in the same instant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentationSize</name>
    <message>
        <source>&amp;Window (full screen)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::AnnotationController</name>
    <message>
        <source>&amp;Pin a note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin a short note to the event shown, for the room to see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the note pinned to the event shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on event %1 (%2), shown on the timeline and saved with the run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin a note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::CodeView</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s JavaScript; the current event&apos;s line is marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s JavaScript. ▶ marks the line of the current event, ▷ the previous one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::CompareWindow</name>
    <message>
        <source>Yieldscope — Compare two runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run both again from the beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom into both timelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out of both timelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit both runs into the width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Co&amp;mpare </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ready pair of runs that differ in one thing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space to play both runs or → to step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own pair: what differs is in the headings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;■ ended at t = %1&lt;/b&gt;&lt;br&gt;%2 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t = %1&lt;br&gt;event %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started&lt;br&gt;%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;(cut at %1 events)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::ConsoleView</name>
    <message>
        <source>… 1 earlier output: scroll up to see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %L1 earlier outputs: scroll up to see them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::FileProgressDialog</name>
    <message>
        <source>Saving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the demo to its end first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::MainWindow</name>
    <message>
        <source> — Note: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space to play or → to step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the demo to its end; its last event shows when it gets there. Press Esc to stop it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the run at the chosen speed, or pause it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to the start, before the first event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run to the end and show the last event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top running to the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop running to the end; what was recorded stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the run again from the beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;parameters to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set every parameter back to its default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom into the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out of the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the whole run into the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ollow the current event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current event in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, with larger code, timeline and narration for a classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiz mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before each event, the class guesses what happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Yieldscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Yieldscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Yieldscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Yieldscope&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Makes JavaScript async iteration visible, one event at a time: every next() call, await, yield, value received and return() of a demo, drawn on a timeline beside its code.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;anels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size presentation mode lays the window out at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare two runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two runs on one time axis, stepped together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Sp&amp;eed </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast Play runs through virtual time ([ slower, ] faster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay a saved run from a trace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole run, with its demo and parameters, as a trace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export timeline as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the timeline, as shown or the whole run, as an image at 1x to 4x its size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export timeline as S&amp;VG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the timeline, as shown or the whole run, as a scalable drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;Chrome trace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole run for Perfetto or chrome://tracing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as Chrome trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace Event Format (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;web page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole run as one web page that steps in any browser, offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;window as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole window as it is shown now (code, timeline, console, narration) as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the window as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the run as it plays, in presentation mode, as PNG frames or a video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yieldscope traces (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the timeline as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the timeline as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the timeline to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export %1: another file is being opened or saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 cancelled: the file is as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the run to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline of a Yieldscope run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the window to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: another file is being opened or saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: another file is being opened or saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1 cancelled: the file is as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 cancelled: the run is as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recorded run of an unknown demo: no code to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>De&amp;mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program to step through (Ctrl+1, Ctrl+2, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the demo shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event of the run so far, one lane per actor, in virtual time. Click an event to show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the program has printed with console.log so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the program still has work to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event shown, of all recorded so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual time of the event shown: timers and requests take no real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console (1 output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console (%L1 outputs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t = %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no event yet (%L1 recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶▶ running to the end… %L1 events (Esc to stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ run ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running to the end… %L1 events so far. Esc stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop running to the end (Space, Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the run at the chosen speed (Space)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::NarrationBanner</name>
    <message>
        <source>Narration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the current event means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ The program has finished: nothing is left to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::ParamEditor</name>
    <message>
        <source>Reset to &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set every parameter back to its default value (restarts the run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset parameters to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::Preferences</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the way of its lock file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::PresentationPanels</name>
    <message>
        <source>Keep the %1 in presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo and parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Narration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onsole</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::QuizPanel</name>
    <message>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loop calls next()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loop calls return()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the generator resumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an await starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an awaited operation settles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the generator yields a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loop receives a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the iteration is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the finally block runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an error is thrown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something is printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something arrives unasked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the buffer changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after &lt;span style=&apos;%1&apos;&gt;%2&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to start the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What happens next&lt;/b&gt;, %1? Press its number or click it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;✔ Right!&lt;/b&gt; It was %1: %2. Press → for the next question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not quite&lt;/b&gt; — it was %1: %2 (you chose &lt;span style=&apos;%3&apos;&gt;%4&lt;/span&gt;). Press → for the next question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Quiz mode.&lt;/b&gt; Press → and the class guesses what happens next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::RecordDialog</name>
    <message>
        <source>Record the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG &amp;frames in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;video (.mp4, needs ffmpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> frames a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video&apos;s size: the window is laid out at exactly this size, in presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;peed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run plays from its start as Play shows it, in presentation mode with the panels and theme chosen in the View menu. Cancel stops the recording and removes the frames written so far and the unfinished video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder for the frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP4 videos (*.mp4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record to this folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record this video: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos are made with ffmpeg, which is not installed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 frames; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 frames to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, about %2 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, about %2 min %3 s left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::TimelineExportDialog</name>
    <message>
        <source>Export the timeline as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the timeline as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view as it is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole run so far, fitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1× the timeline&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::TimelineView</name>
    <message>
        <source>Nothing has happened yet. Step to run the first event.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::TransportActions</name>
    <message>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the run at the chosen speed, or pause it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play both runs in virtual time, or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next event of either run, whichever comes first in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to the start, before the first event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both runs back before their first event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run to the end and show the last event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show both runs to their end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Sp&amp;eed </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast Play runs through virtual time ([ slower, ] faster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop running to the end (Space, Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the run at the chosen speed (Space)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ys::ui::WebPageExport</name>
    <message>
        <source>more than %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run has %1 events; a web page holds at most %L2 (step through it in Yieldscope, or choose parameters that make a shorter run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recorded run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run has no events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yieldscope — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timeline&apos;s drawing could not be read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press → or Space to step through the run; click an event to go to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ The program has finished: nothing is left to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page&apos;s template is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
