// SPDX-License-Identifier: MIT
// Steps through the run recorded in #run-data. Every text comes from the data and is put in
// with textContent; the page computes nothing about the program, only which event is shown.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("run-data").textContent);
  var events = data.events;
  var total = events.length;
  var svgNs = "http://www.w3.org/2000/svg";
  var byId = function (id) { return document.getElementById(id); };
  var cursor = 0; // events 1..cursor are shown; 0: none yet
  var timer = null;
  var speedIndex = data.speeds.indexOf(1);

  function text(element, value) { element.textContent = value; }

  // --- building the page once ---------------------------------------------------------------
  text(byId("title"), data.title);
  text(byId("run"), data.name + " \u00b7 " + total.toLocaleString("en-US") + " events");

  var lines = [];
  data.listing.forEach(function (runs, index) {
    var li = document.createElement("li");
    var no = document.createElement("span");
    no.className = "no";
    var mark = document.createElement("span");
    mark.className = "mark";
    no.appendChild(mark);
    no.appendChild(document.createTextNode(String(index + 1)));
    var src = document.createElement("span");
    src.className = "src";
    runs.forEach(function (run) {
      var span = document.createElement("span");
      if (run[0]) span.className = "tk-" + run[0];
      span.textContent = run[1];
      src.appendChild(span);
    });
    li.appendChild(no);
    li.appendChild(src);
    byId("code").appendChild(li);
    lines.push({ item: li, mark: mark });
  });

  var stage = byId("stage");
  // The timeline of event n: the window's renderer's frame, rebuilt from shared primitives.
  var dark = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
  var caches = { light: { lists: [], nodes: [] }, dark: { lists: [], nodes: [] } };
  var tags = ["rect", "path", "polyline", "polygon", "circle", "ellipse", "line", "text", "tspan"];
  var xmlNs = "http://www.w3.org/XML/1998/namespace";
  function setAttributes(element, attributes) {
    Object.keys(attributes || {}).forEach(function (name) {
      if (/^on/i.test(name) || /href/i.test(name)) return;
      try {
        if (name === "xml:space") element.setAttributeNS(xmlNs, name, attributes[name]);
        else element.setAttribute(name, attributes[name]);
      } catch (err) { /* a name the DOM refuses is left out */ }
    });
  }
  // [tag, style id, {geometry}, text or [children]]
  function leaf(drawing, node) {
    var element = document.createElementNS(svgNs, tags.indexOf(node[0]) >= 0 ? node[0] : "g");
    setAttributes(element, drawing.styles[node[1]]);
    setAttributes(element, node[2]);
    if (Array.isArray(node[3])) node[3].forEach(function (child) { element.appendChild(leaf(drawing, child)); });
    else if (typeof node[3] === "string") element.textContent = node[3];
    return element;
  }
  function primitive(drawing, cache, id) {
    if (!cache.nodes[id]) {
      var prim = drawing.prims[id];
      var node = leaf(drawing, prim[1]);
      for (var g = prim[0].length - 1; g >= 0; g--) {
        var group = document.createElementNS(svgNs, "g");
        setAttributes(group, drawing.groups[prim[0][g]]);
        group.appendChild(node);
        node = group;
      }
      cache.nodes[id] = node;
    }
    return cache.nodes[id];
  }
  function decode(ops, previous) {
    var list = [];
    ops.forEach(function (op) {
      if (typeof op === "number") { list.push(op); return; }
      for (var j = 0; j < op[1]; j++) list.push(previous[op[0] + j]);
    });
    return list;
  }
  function frameList(drawing, cache, n) {
    var from = n;
    while (from >= 0 && !cache.lists[from]) from--;
    var list = from >= 0 ? cache.lists[from] : [];
    for (var k = from + 1; k <= n; k++) {
      list = decode(drawing.frames[k], list);
      if (k % 16 === 0) cache.lists[k] = list; // checkpoints for jumps back
    }
    cache.lists[n] = list;
    return list;
  }
  // The dark drawing shares the light one's primitives and frames when only colours differ.
  if (!data.drawings.dark.prims) {
    data.drawings.dark.prims = data.drawings.light.prims;
    data.drawings.dark.frames = data.drawings.light.frames;
  }
  function fill(target, drawing, cache, list, copies) {
    var used = {};
    var fragment = document.createDocumentFragment();
    list.forEach(function (id) {
      var node = primitive(drawing, cache, id);
      fragment.appendChild(copies || used[id] ? node.cloneNode(true) : node);
      used[id] = true;
    });
    while (target.firstChild) target.removeChild(target.firstChild);
    target.appendChild(fragment);
  }
  var pinnedTheme = "";
  function draw(n) {
    var theme = dark && dark.matches ? "dark" : "light";
    var drawing = data.drawings[theme];
    var cache = caches[theme];
    // The lane titles and the legend, kept in view: the first event's frame, where the lanes of a
    // run's generators and loops are titled with their names (before it, with their roles).
    if (pinnedTheme !== theme) {
      fill(byId("pin-drawing"), drawing, cache, frameList(drawing, cache, Math.min(1, total)), true);
      pinnedTheme = theme;
    }
    fill(byId("drawing"), drawing, cache, frameList(drawing, cache, n), false);
  }
  ["drawing", "pin-drawing"].forEach(function (id) {
    byId(id).setAttribute("viewBox", "0 0 " + data.width + " " + data.height);
  });
  if (dark && dark.addEventListener) dark.addEventListener("change", function () { draw(cursor); });
  var marks = byId("marks");
  marks.setAttribute("viewBox", "0 0 " + data.width + " " + data.height);
  var hits = events.map(function (e, seq) {
    var c = document.createElementNS(svgNs, "circle");
    c.setAttribute("class", "hit");
    c.setAttribute("data-seq", seq);
    c.setAttribute("cx", e.x);
    c.setAttribute("cy", e.y);
    c.setAttribute("r", 11);
    var title = document.createElementNS(svgNs, "title");
    title.textContent = "event " + (seq + 1) + ": " + e.badge;
    c.appendChild(title);
    c.addEventListener("click", function () { pause(); go(seq + 1); });
    marks.appendChild(c);
    return c;
  });

  data.speeds.forEach(function (s) {
    var option = document.createElement("option");
    option.value = String(s);
    option.textContent = (s === 0.25 ? "\u00bc" : s === 0.5 ? "\u00bd" : String(s)) + "\u00d7";
    byId("speed").appendChild(option);
  });
  byId("speed").selectedIndex = speedIndex;
  byId("speed").addEventListener("change", function () { speedIndex = byId("speed").selectedIndex; });

  // The sentence's code, between runs of backticks as the window's narration reads them.
  function sentence(element, raw) {
    element.textContent = "";
    var prose = "";
    var i = 0;
    var flush = function () {
      if (prose) element.appendChild(document.createTextNode(prose));
      prose = "";
    };
    while (i < raw.length) {
      if (raw[i] !== "`") { prose += raw[i++]; continue; }
      var ticks = 0;
      while (i + ticks < raw.length && raw[i + ticks] === "`") ticks++;
      var fence = raw.substr(i, ticks);
      var close = i + ticks;
      var found = -1;
      while ((close = raw.indexOf(fence, close)) >= 0) {
        if (close + ticks >= raw.length || raw[close + ticks] !== "`") { found = close; break; }
        while (close < raw.length && raw[close] === "`") close++;
      }
      if (found < 0) { prose += fence; i += ticks; continue; }
      var code = raw.substring(i + ticks, found);
      if (code.length >= 2 && code[0] === " " && code[code.length - 1] === " ") code = code.substring(1, code.length - 1);
      flush();
      var c = document.createElement("code");
      c.textContent = code;
      element.appendChild(c);
      i = found + ticks;
    }
    flush();
  }

  // --- showing event n (1-based; 0: none yet) -------------------------------------------------
  var scale = 1;
  function layoutStage() {
    scale = window.innerWidth < 600 ? 0.62 : 1;
    var w = data.width * scale;
    var h = data.height * scale;
    stage.style.width = w + "px";
    stage.style.height = h + "px";
    // The pinned copy of the empty drawing shows only the lane titles and the legend's row.
    var pin = byId("pin");
    pin.style.height = h + "px";
    pin.style.marginBottom = -h + "px";
    var v = pin.clientWidth;
    var g = data.gutter * scale;
    var l = data.legend * scale;
    var pinned = byId("pin-drawing");
    pinned.style.width = w + "px";
    pinned.style.height = h + "px";
    pinned.style.clipPath = "polygon(0 0, " + v + "px 0, " + v + "px " + l + "px, " + g + "px " + l + "px, " +
      g + "px " + h + "px, 0 " + h + "px)";
  }

  function keepInSight(x) {
    var box = byId("timeline");
    var px = x * scale;
    var left = box.scrollLeft;
    var margin = Math.min(160, box.clientWidth / 4);
    if (px < left + margin || px > left + box.clientWidth - margin) {
      box.scrollLeft = Math.max(0, px - box.clientWidth * 0.6);
    }
  }

  function show() {
    var e = cursor > 0 ? events[cursor - 1] : null;
    // Timeline: the frame the window draws at this event; the marks that take clicks.
    draw(cursor);
    hits.forEach(function (h, seq) { h.setAttribute("visibility", seq < cursor ? "visible" : "hidden"); });
    if (e) keepInSight(e.x);
    else byId("timeline").scrollLeft = 0;

    // Code: the event's line and the previous event's.
    lines.forEach(function (l, index) {
      var no = index + 1;
      var current = e && e.line === no;
      var previous = e && !current && e.prev === no;
      l.item.className = current ? "current" : previous ? "previous" : "";
      l.mark.textContent = current ? "\u25b6" : previous ? "\u25b7" : "";
    });
    var lit = e && e.line > 0 ? lines[e.line - 1] : null;
    if (lit && lit.item.scrollIntoView) {
      var list = byId("code");
      var top = lit.item.offsetTop - list.offsetTop;
      if (top < list.scrollTop || top > list.scrollTop + list.clientHeight - 24) list.scrollTop = top - 40;
    }

    // Narration.
    var banner = document.querySelector(".narration");
    if (e) {
      banner.style.setProperty("--kind", "var(--kind-" + e.kind + ")");
      text(byId("badge"), e.badge);
      sentence(byId("narration"), e.say);
    } else {
      banner.style.removeProperty("--kind");
      text(byId("badge"), "");
      text(byId("narration"), data.startHint);
    }
    text(byId("ended"), cursor === total ? data.ended : "");

    // Console, as the window's console holds it at this event.
    var output = e ? data.console.substring(0, e.con) : "";
    var consoleBox = byId("console");
    text(consoleBox, output);
    consoleBox.scrollTop = consoleBox.scrollHeight;
    var outputs = e ? e.out : 0;
    text(byId("console-title"), outputs === 0 ? "Console" : outputs === 1 ? "Console (1 output)"
      : "Console (" + outputs.toLocaleString("en-US") + " outputs)");

    // Status.
    text(byId("counter"), e ? "event " + cursor.toLocaleString("en-US") + " of " + total.toLocaleString("en-US")
      : "no event yet (" + total.toLocaleString("en-US") + " recorded)");
    text(byId("time"), "t = " + (e ? e.t : 0) + " ms");
    byId("start").disabled = byId("back").disabled = cursor === 0;
    byId("forward").disabled = byId("end").disabled = cursor === total;
    byId("play").disabled = cursor === total && timer === null;
    document.body.setAttribute("data-event", String(cursor));
  }

  function setAddress() {
    var address = cursor > 0 ? "#event=" + cursor : " ";
    try {
      history.replaceState(null, "", cursor > 0 ? address : location.pathname + location.search);
    } catch (err) {
      location.replace(cursor > 0 ? address : "#");
    }
  }

  function go(n) {
    n = Math.max(0, Math.min(total, n));
    if (n === cursor) return;
    cursor = n;
    show();
    setAddress();
  }

  // --- playing, as the window's Play: virtual time × speed, with a pause between events ---------
  function setPlaying(on) {
    var button = byId("play");
    text(button, on ? "\u275a\u275a Pause" : "\u25b6 Play");
    button.setAttribute("aria-label", on ? "Pause" : "Play");
  }
  function pause() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    setPlaying(false);
    show();
  }
  function tick() {
    if (cursor >= total) { pause(); return; }
    timer = setTimeout(function () {
      go(cursor + 1);
      if (cursor >= total) pause(); else tick();
    }, cursor === 0 ? 0 : events[cursor].wait[speedIndex]);
  }
  function play() {
    if (timer !== null) { pause(); return; }
    if (cursor >= total) return;
    setPlaying(true);
    tick();
  }

  byId("start").addEventListener("click", function () { pause(); go(0); });
  byId("back").addEventListener("click", function () { pause(); go(cursor - 1); });
  byId("forward").addEventListener("click", function () { pause(); go(cursor + 1); });
  byId("end").addEventListener("click", function () { pause(); go(total); });
  byId("play").addEventListener("click", play);

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    var inChooser = event.target && event.target.tagName === "SELECT";
    var key = event.key;
    var handled = true;
    if ((key === "ArrowRight" && !inChooser) || key === "PageDown") { pause(); go(cursor + 1); }
    else if ((key === "ArrowLeft" && !inChooser) || key === "PageUp") { pause(); go(cursor - 1); }
    else if (key === "Home") { pause(); go(0); }
    else if (key === "End") { pause(); go(total); }
    else if (key === " " || key === "Spacebar") {
      if (event.target && event.target.tagName === "BUTTON") return; // the button's own click
      play();
    }
    else handled = false;
    if (handled) event.preventDefault();
  });

  // #event=N opens at event N (1-based, as the window's status line counts).
  function fromAddress() {
    var match = /^#event=(\d+)$/.exec(location.hash);
    return match ? Math.max(0, Math.min(total, parseInt(match[1], 10))) : 0;
  }
  window.addEventListener("hashchange", function () {
    var n = fromAddress();
    if (n !== cursor) { pause(); cursor = n; show(); }
  });
  window.addEventListener("resize", function () { layoutStage(); show(); });

  layoutStage();
  cursor = fromAddress();
  show();
}());
