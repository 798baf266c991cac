// SPDX-License-Identifier: MIT
// The rewrite that lets the host watch every for await: with names.loop, each for await gets a
// handle of its own (markLoop, below); without it, `for await (DECL of EXPR)` becomes
// `for await (DECL of names.wrap(EXPR, LINE))`. With wrapSyncLoops, every plain `for (DECL of
// EXPR)` becomes `for (DECL of names.wrapSyncLoop(EXPR, LINE))`, and with names.cleanup every `finally {` gets a first
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
  // The end of the statement that starts at token j (the index of its last token), or -1 when
  // the tokens do not form one; enough of JavaScript's grammar to tell where a loop's body ends,
  // with automatic semicolon insertion where a line break ends a statement.
  function groupEnd(tokens, j) {
    for (let depth = 0; j < tokens.length; j++) {
      const t = tokens[j];
      if (t.kind === 'punct' && '([{'.includes(t.text)) depth++;
      else if (t.kind === 'punct' && ')]}'.includes(t.text) && --depth === 0) return j;
    }
    return -1;
  }
  const afterGroup = (tokens, j, text) => (is(tokens[j], 'punct', text) ? groupEnd(tokens, j) : -1);
  const HEADED = new Set(['for', 'while', 'with']);
  const NOT_LABELS = new Set([...KEYWORDS_BEFORE_EXPRESSION, 'default', 'this', 'true', 'false', 'null']);
  function statementEnd(src, tokens, j) {
    const t = tokens[j];
    if (!t) return -1;
    if (is(t, 'punct', '{')) return groupEnd(tokens, j);
    if (is(t, 'punct', ';')) return j;
    if (t.kind !== 'word') return simpleEnd(src, tokens, j);
    if (is(tokens[j + 1], 'punct', ':') && !NOT_LABELS.has(t.text)) return statementEnd(src, tokens, j + 2);
    if (HEADED.has(t.text)) {
      const head = afterGroup(tokens, is(tokens[j + 1], 'word', 'await') ? j + 2 : j + 1, '(');
      return head < 0 ? -1 : statementEnd(src, tokens, head + 1);
    }
    if (t.text === 'if') {
      const head = afterGroup(tokens, j + 1, '(');
      const then = head < 0 ? -1 : statementEnd(src, tokens, head + 1);
      return then >= 0 && is(tokens[then + 1], 'word', 'else') ? statementEnd(src, tokens, then + 2) : then;
    }
    if (t.text === 'do') {
      const body = statementEnd(src, tokens, j + 1);
      const head = body >= 0 && is(tokens[body + 1], 'word', 'while') ? afterGroup(tokens, body + 2, '(') : -1;
      return head >= 0 && is(tokens[head + 1], 'punct', ';') ? head + 1 : head;
    }
    if (t.text === 'switch') {
      const head = afterGroup(tokens, j + 1, '(');
      return head < 0 ? -1 : afterGroup(tokens, head + 1, '{');
    }
    if (t.text === 'try') {
      let end = afterGroup(tokens, j + 1, '{');
      if (end >= 0 && is(tokens[end + 1], 'word', 'catch')) {
        const param = is(tokens[end + 2], 'punct', '(') ? groupEnd(tokens, end + 2) : end + 1;
        end = param < 0 ? -1 : afterGroup(tokens, param + 1, '{');
      }
      if (end >= 0 && is(tokens[end + 1], 'word', 'finally')) end = afterGroup(tokens, end + 2, '{');
      return end;
    }
    return simpleEnd(src, tokens, j);
  }
  // A statement without a body of its own (an expression, var, return, break, continue, throw):
  // it ends at a `;`, before the `}` of its block, at the end of the source, or at a line break
  // the next token cannot continue from.
  const RESTRICTED = new Set(['return', 'break', 'continue', 'yield', 'throw']);
  const CONTINUING_WORDS = new Set(['in', 'instanceof', 'of']);
  // `++` or `--` (punctuation is one character a token): tokens k and k + 1 touch.
  const doubled = (tokens, k) => {
    const [a, b] = [tokens[k], tokens[k + 1]];
    return a && b && a.kind === 'punct' && (a.text === '+' || a.text === '-') && b.text === a.text && a.end === b.start;
  };
  function continuesAfterLineBreak(tokens, k) {
    const [prev, next] = [tokens[k], tokens[k + 1]];
    if (prev.kind === 'word') {
      if (RESTRICTED.has(prev.text)) return false;
      if (KEYWORDS_BEFORE_EXPRESSION.has(prev.text) || BEFORE_NAME.has(prev.text)) return true;
    } else if (prev.kind === 'punct' && !')]}'.includes(prev.text) && !doubled(tokens, k - 1)) return true;
    if (next.kind === 'word') return CONTINUING_WORDS.has(next.text);
    if (next.kind === 'literal') return next.text.startsWith('`');
    return !['{', '!', '~', ';'].includes(next.text) && !doubled(tokens, k + 1);
  }
  function simpleEnd(src, tokens, j) {
    for (let k = j, depth = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (t.kind === 'punct' && '([{'.includes(t.text)) depth++;
      else if (t.kind === 'punct' && ')]}'.includes(t.text) && --depth < 0) return k - 1 >= j ? k - 1 : -1;
      if (depth > 0) continue;
      if (is(t, 'punct', ';')) return k;
      const next = tokens[k + 1];
      if (!next) return k;
      const lineBreak = src.slice(t.end, next.start).includes('\n');
      if (lineBreak && !continuesAfterLineBreak(tokens, k)) return k;
    }
    return -1;
  }
  // The first token of the labels in front of the `for` at token k (k when it has none).
  function labelsStart(src, tokens, k) {
    while (k >= 2 && is(tokens[k - 1], 'punct', ':') && tokens[k - 2].kind === 'word' && !NOT_LABELS.has(tokens[k - 2].text)) {
      const before = tokens[k - 3];
      const startsStatement = !before || src.slice(before.end, tokens[k - 2].start).includes('\n') ||
        (before.kind === 'punct' ? '{};:)'.includes(before.text) : ['else', 'do'].includes(before.text));
      if (!startsStatement) break;
      k -= 2;
    }
    return k;
  }
  // With names.loop, a for await at token k becomes, on the same lines,
  //   { const H = loop(LINE); try { for await (DECL X of H.wrap(EXPR)) { H.received(X); BODY }
  //     H.ended(); } catch (E) { H.failed(E); throw E; } }
  // H the loop's own handle, one per time the loop statement runs, so that what its body, its
  // end and its throwing tell reaches this very loop even when others run at once (the catch
  // throws again what it caught, so the program sees the same throw); a loop variable that is a
  // pattern or a property is received under a name of its own, V, and assigned in the body:
  //   for await (const V of H.wrap(EXPR)) { H.received(V); DECL PATTERN = V; BODY }.
  // Whatever BODY is (a block, a statement without braces, labelled, over several lines), it
  // keeps its own braces' scope, so a name it declares cannot hide X. The labels in front of the
  // loop stay on it. A loop whose body does not parse is left alone (the engine says why).
  function markLoop(src, tokens, at, names, line, n, inserts) {
    const { k, open, of, close } = at;
    const end = statementEnd(src, tokens, close + 1);
    if (end < 0) return false;
    const handle = `__ysLoop${n}`;
    const head = tokens.slice(open + 1, of);
    const declared = head.length >= 2 && ['const', 'let', 'var'].includes(head[0].text);
    const simple = declared ? head.length === 2 && head[1].kind === 'word' : head.length === 1 && head[0].kind === 'word';
    let received = head[head.length - 1].text;
    let assign = '';
    if (!simple) {
      received = `__ysValue${n}`;
      const target = src.slice(head[declared ? 1 : 0].start, head[head.length - 1].end);
      assign = declared ? `${head[0].text} ${target} = ${received}; ` : `(${target} = ${received}); `;
      inserts.push({ pos: head[0].start, cut: head[head.length - 1].end - head[0].start, text: `const ${received}`, key: 0 });
    }
    inserts.push({ pos: tokens[labelsStart(src, tokens, k)].start, text: `{ const ${handle} = ${names.loop}(${line}); try { `, key: 10 * n });
    inserts.push({ pos: tokens[of + 1].start, text: `${handle}.wrap(`, key: 10 * n + 1 });
    inserts.push({ pos: tokens[close - 1].end, text: ')', key: -10 * n });
    inserts.push({ pos: tokens[close + 1].start, text: `{ ${handle}.received(${received}); ${assign}`, key: 10 * n + 2 });
    inserts.push({ pos: tokens[end].end, text: ' }', key: -10 * n - 2 });
    const caught = `__ysError${n}`;
    inserts.push({ pos: tokens[end].end, text: ` ${handle}.ended(); } catch (${caught}) { ${handle}.failed(${caught}); throw ${caught}; } }`, key: -10 * n - 1 });
    return true;
  }
  function instrument(src, names, wrapSyncLoops) {
    const tokens = tokenize(src);
    const inserts = [];
    let loops = 0;
    const lineStarts = [0];
    for (let i = 0; i < src.length; i++) if (src[i] === '\n') lineStarts.push(i + 1);
    const lineOf = (pos) => {
      let lo = 0, hi = lineStarts.length - 1;
      while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (lineStarts[mid] <= pos) lo = mid; else hi = mid - 1; }
      return lo + 1;
    };
    for (let k = 0; k + 1 < tokens.length; k++) {
      if (names.cleanup && is(tokens[k], 'word', 'finally') && is(tokens[k + 1], 'punct', '{') && (k === 0 || !is(tokens[k - 1], 'punct', '.'))) {
        inserts.push({ pos: tokens[k + 1].end, text: `${names.cleanup}(${lineOf(tokens[k].start)});`, key: 0 });
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
      const line = lineOf(tokens[k].start);
      if (isAwait && names.loop) {
        markLoop(src, tokens, { k, open, of, close }, names, line, loops++, inserts);
        continue;
      }
      inserts.push({ pos: tokens[of + 1].start, text: (isAwait ? names.wrap : names.wrapSyncLoop) + '(', key: 0 });
      inserts.push({ pos: tokens[close - 1].end, text: `, ${line})`, key: 0 });
    }
    // Texts at one place go in order of their keys: a loop opens before the loops inside it and
    // closes after them.
    inserts.sort((a, b) => b.pos - a.pos || b.key - a.key);
    let out = src;
    for (const { pos, text, cut = 0 } of inserts) out = out.slice(0, pos) + text + out.slice(pos + cut);
    return out;
  }
  return instrument;
})();
