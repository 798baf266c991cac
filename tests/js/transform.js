// SPDX-License-Identifier: MIT
'use strict';
// Rewrites every `for await (DECL of EXPR)` in a listing into
// `for await (DECL of __ysWrap(EXPR))`, so the harness can watch the iterator
// protocol while the rest of the listing runs exactly as written.
//
// A small scanner splits the source into tokens, skipping comments and
// treating strings, template literal pieces and regular expressions as opaque
// literals, so that brackets inside them are not counted. Code inside template
// substitutions `${...}` is scanned as code (it may hold a for-await itself).

const WORD_CHAR = /[\w$\u0080-\uffff]/;
// After these words a `/` starts a regular expression rather than a division.
const KEYWORDS_BEFORE_EXPRESSION = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void',
  'throw', 'case', 'do', 'else', 'yield', 'await',
]);
// `of` right after one of these (or after a `.`) is a name, not the keyword.
const BEFORE_NAME = new Set(['let', 'const', 'var', '.']);

// Heuristic used by every hand-written JS scanner: a `/` is a regex when the
// previous token cannot end an expression.
function regexAllowed(prev) {
  if (!prev) return true;
  if (prev.kind === 'punct') return prev.text !== ')' && prev.text !== ']';
  if (prev.kind === 'word') return KEYWORDS_BEFORE_EXPRESSION.has(prev.text);
  return prev.text.endsWith('${'); // a template piece that opens a substitution
}

// Returns tokens {kind: 'word' | 'punct' | 'literal', text, start, end}.
function tokenize(src) {
  const tokens = [];
  // One entry per open `{`: true when it is the `${` of a template substitution.
  const braces = [];
  let i = 0;
  const push = (kind, start) => {
    i = Math.min(i, src.length);
    tokens.push({ kind, text: src.slice(start, i), start, end: i });
  };
  // Scans template text from i up to the closing backtick or the next `${`.
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
    if (/\s/.test(c)) {
      i++;
    } else if (c === '/' && next === '/') {
      const end = src.indexOf('\n', i);
      i = end < 0 ? src.length : end;
    } else if (c === '/' && next === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end < 0 ? src.length : end + 2;
    } else if (c === '"' || c === "'") {
      i++;
      while (i < src.length && src[i] !== c && src[i] !== '\n') i += src[i] === '\\' ? 2 : 1;
      i++;
      push('literal', start);
    } else if (c === '`') {
      i++;
      templatePiece(start);
    } else if (c === '}' && braces[braces.length - 1] === true) {
      braces.pop(); // end of a substitution: back inside the template text
      i++;
      templatePiece(start);
    } else if (c === '/' && regexAllowed(tokens[tokens.length - 1])) {
      let inClass = false;
      i++;
      while (i < src.length && src[i] !== '\n') {
        const r = src[i++];
        if (r === '\\') i++;
        else if (r === '[') inClass = true;
        else if (r === ']') inClass = false;
        else if (r === '/' && !inClass) break;
      }
      while (i < src.length && WORD_CHAR.test(src[i])) i++; // flags
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

const is = (token, kind, text) => token !== undefined && token.kind === kind && token.text === text;

// Wraps the iterable of every `for await (... of EXPR)` in fn(EXPR); with syncFn, also the
// iterable of every plain `for (... of EXPR)` in syncFn(EXPR) (for demos about sync loops).
function wrapForAwait(src, fn = '__ysWrap', syncFn = null) {
  const tokens = tokenize(src);
  const inserts = []; // {pos, text}, positions in the original source

  for (let k = 0; k + 2 < tokens.length; k++) {
    if (!is(tokens[k], 'word', 'for')) continue;
    const isAwait = is(tokens[k + 1], 'word', 'await') && is(tokens[k + 2], 'punct', '(');
    const isSync = syncFn !== null && is(tokens[k + 1], 'punct', '(');
    if (!isAwait && !isSync) continue;
    const open = isAwait ? k + 2 : k + 1;
    const wrapper = isAwait ? fn : syncFn;
    let depth = 0;
    let of = -1;
    let close = -1;
    for (let j = open; j < tokens.length && close < 0; j++) {
      const t = tokens[j];
      if (t.kind === 'punct' && '([{'.includes(t.text)) depth++;
      else if (t.kind === 'punct' && ')]}'.includes(t.text)) { if (--depth === 0) close = j; }
      else if (depth === 1 && of < 0 && is(t, 'word', 'of') && !BEFORE_NAME.has(tokens[j - 1].text)) of = j;
    }
    if (of < 0 || close <= of + 1) continue; // not a well-formed head: leave it to the JS parser
    inserts.push({ pos: tokens[of + 1].start, text: wrapper + '(' });
    inserts.push({ pos: tokens[close - 1].end, text: ')' });
  }

  // Apply from the end so earlier positions stay valid.
  inserts.sort((a, b) => b.pos - a.pos);
  let out = src;
  for (const { pos, text } of inserts) out = out.slice(0, pos) + text + out.slice(pos);
  return out;
}

module.exports = { wrapForAwait, tokenize };
