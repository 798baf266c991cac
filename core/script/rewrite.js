// SPDX-License-Identifier: MIT
// The rewrite that lets the host watch every for await: `for await (DECL of EXPR)` becomes
// `for await (DECL of names.wrap(EXPR, LINE))` (with wrapSyncLoops, every plain `for (DECL of
// EXPR)` too, with names.wrapSyncLoop), and with names.cleanup every `finally {` gets a first
// statement names.cleanup(LINE); no line break is added or removed. A small scanner splits the
// source into tokens, so brackets in comments, strings, template text and regular expressions
// are not counted (code in `${...}` is scanned as code). The one home of the rewrite: the embedded
// engine evaluates it just before prelude.js, which is handed its completion value
// instrument(src, names, wrapSyncLoops), and the Node harness loads it (tests/js/transform.js).
// It uses nothing of either host's, and it runs on a program before the program runs.
(function () {
  'use strict';
  const WORD_CHAR = /[\w$\u0080-\uffff]/;
  const KEYWORDS_BEFORE_EXPRESSION = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);
  const BEFORE_NAME = new Set(['let', 'const', 'var', '.']);
  function regexAllowed(prev) {
    if (!prev) return true;
    if (prev.kind === 'punct') return prev.text !== ')' && prev.text !== ']';
    if (prev.kind === 'word') return KEYWORDS_BEFORE_EXPRESSION.has(prev.text);
    return prev.text.endsWith('${');
  }
  function tokenize(src) {
    const tokens = [];
    const braces = [];
    let i = 0;
    const push = (kind, start) => {
      i = Math.min(i, src.length);
      tokens.push({ kind, text: src.slice(start, i), start, end: i });
    };
    const templatePiece = (start) => {
      while (i < src.length) {
        const c = src[i];
        if (c === '\\') i += 2;
        else if (c === '`') { i++; break; }
        else if (c === '$' && src[i + 1] === '{') { i += 2; braces.push(true); break; }
        else i++;
      }
      push('literal', start);
    };
    while (i < src.length) {
      const start = i;
      const c = src[i];
      const next = src[i + 1];
      if (/\s/.test(c)) i++;
      else if (c === '/' && next === '/') { const e = src.indexOf('\n', i); i = e < 0 ? src.length : e; }
      else if (c === '/' && next === '*') { const e = src.indexOf('*/', i + 2); i = e < 0 ? src.length : e + 2; }
      else if (c === '"' || c === "'") {
        i++;
        while (i < src.length && src[i] !== c && src[i] !== '\n') i += src[i] === '\\' ? 2 : 1;
        i++;
        push('literal', start);
      } else if (c === '`') { i++; templatePiece(start); }
      else if (c === '}' && braces[braces.length - 1] === true) { braces.pop(); i++; templatePiece(start); }
      else if (c === '/' && regexAllowed(tokens[tokens.length - 1])) {
        let inClass = false;
        i++;
        while (i < src.length && src[i] !== '\n') {
          const r = src[i++];
          if (r === '\\') i++;
          else if (r === '[') inClass = true;
          else if (r === ']') inClass = false;
          else if (r === '/' && !inClass) break;
        }
        while (i < src.length && WORD_CHAR.test(src[i])) i++;
        push('literal', start);
      } else if (WORD_CHAR.test(c)) {
        while (i < src.length && WORD_CHAR.test(src[i])) i++;
        push('word', start);
      } else {
        if (c === '{') braces.push(false);
        else if (c === '}') braces.pop();
        i++;
        push('punct', start);
      }
    }
    return tokens;
  }
  const is = (t, kind, text) => t !== undefined && t.kind === kind && t.text === text;
  // With names.received, a for await whose body is a block `{ B }` gets `{ received(LINE, X); { B } }`
  // (X the loop's variable when it is one name, else nothing): the body's first step tells the
  // host a value was received when only the program's code could have told it sooner. B keeps a
  // block of its own, so a name it declares cannot hide X. A body of one simple statement ending
  // in `;` on the loop's line gets the same braces; any other body is left as it is.
  const COMPOUND = new Set(['if', 'for', 'while', 'do', 'try', 'switch', 'with']);
  function bodyEnd(src, tokens, body) {
    if (is(tokens[body], 'punct', '{')) {
      for (let j = body, depth = 0; j < tokens.length; j++) {
        if (is(tokens[j], 'punct', '{')) depth++;
        else if (is(tokens[j], 'punct', '}') && --depth === 0) return j;
      }
      return -1;
    }
    const first = tokens[body];
    if (!first || COMPOUND.has(first.text) || is(tokens[body + 1], 'punct', ':')) return -1;
    for (let j = body, depth = 0; j < tokens.length; j++) {
      const t = tokens[j];
      if (t.kind === 'punct' && '([{'.includes(t.text)) depth++;
      else if (t.kind === 'punct' && ')]}'.includes(t.text) && --depth < 0) return -1;
      else if (depth === 0 && is(t, 'punct', ';')) return src.slice(first.start, t.end).includes('\n') ? -1 : j;
    }
    return -1;
  }
  function markBody(src, tokens, open, of, close, call, inserts) {
    const body = close + 1;
    const end = bodyEnd(src, tokens, body);
    if (end < 0) return;
    const head = tokens.slice(open + 1, of);
    const declared = head.length === 2 && ['const', 'let', 'var'].includes(head[0].text);
    const name = declared ? head[1] : head.length === 1 ? head[0] : null;
    const mark = `${call}${name && name.kind === 'word' ? `, ${name.text}` : ''});`;
    if (!is(tokens[body], 'punct', '{')) {
      inserts.push({ pos: tokens[body].start, text: `{ ${mark} ` });
      inserts.push({ pos: tokens[end].end, text: ' }' });
    } else if (end === body + 1) {
      inserts.push({ pos: tokens[body].end, text: ` ${mark} ` });
    } else {
      inserts.push({ pos: tokens[body].end, text: ` ${mark} {` });
      inserts.push({ pos: tokens[end].start, text: '} ' });
    }
  }
  function instrument(src, names, wrapSyncLoops) {
    const tokens = tokenize(src);
    const inserts = [];
    const lineStarts = [0];
    for (let i = 0; i < src.length; i++) if (src[i] === '\n') lineStarts.push(i + 1);
    const lineOf = (pos) => {
      let lo = 0, hi = lineStarts.length - 1;
      while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (lineStarts[mid] <= pos) lo = mid; else hi = mid - 1; }
      return lo + 1;
    };
    for (let k = 0; k + 1 < tokens.length; k++) {
      if (names.cleanup && is(tokens[k], 'word', 'finally') && is(tokens[k + 1], 'punct', '{') && (k === 0 || !is(tokens[k - 1], 'punct', '.'))) {
        inserts.push({ pos: tokens[k + 1].end, text: `${names.cleanup}(${lineOf(tokens[k].start)});` });
        continue;
      }
      if (k + 2 >= tokens.length || !is(tokens[k], 'word', 'for')) continue;
      const isAwait = is(tokens[k + 1], 'word', 'await') && is(tokens[k + 2], 'punct', '(');
      const isSync = wrapSyncLoops && is(tokens[k + 1], 'punct', '(');
      if (!isAwait && !isSync) continue;
      const open = isAwait ? k + 2 : k + 1;
      let depth = 0, of = -1, close = -1;
      for (let j = open; j < tokens.length && close < 0; j++) {
        const t = tokens[j];
        if (t.kind === 'punct' && '([{'.includes(t.text)) depth++;
        else if (t.kind === 'punct' && ')]}'.includes(t.text)) { if (--depth === 0) close = j; }
        else if (depth === 1 && of < 0 && is(t, 'word', 'of') && !BEFORE_NAME.has(tokens[j - 1].text)) of = j;
      }
      if (of < 0 || close <= of + 1) continue;
      inserts.push({ pos: tokens[of + 1].start, text: (isAwait ? names.wrap : names.wrapSyncLoop) + '(' });
      inserts.push({ pos: tokens[close - 1].end, text: `, ${lineOf(tokens[k].start)})` });
      if (isAwait && names.received) markBody(src, tokens, open, of, close, `${names.received}(${lineOf(tokens[k].start)}`, inserts);
    }
    inserts.sort((a, b) => b.pos - a.pos);
    let out = src;
    for (const { pos, text } of inserts) out = out.slice(0, pos) + text + out.slice(pos);
    return out;
  }
  return instrument;
})();
