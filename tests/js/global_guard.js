// SPDX-License-Identifier: MIT
'use strict';
// Keeps one run's changes to the process's shared globals from reaching the next:
// a program run with `new Function` shares the global object and the built-ins
// with every other run in the process, so `leaked = 1` (a sloppy-mode global) or
// `Array.prototype.extra = ...` would otherwise still be there for the next program.
//
// guard = watchGlobals() records the own properties (descriptors, not values read
// through getters) of the global object and of every built-in reachable from it
// (constructors, their prototypes, namespaces such as Math and JSON);
// guard.restore() puts every one of them back as recorded and removes what was
// added, and returns a list of what it could not undo (empty when all is back).

// The objects watched: the global object and, one level down, each built-in on it
// and its prototype (where a program would patch a method).
function watchedObjects() {
  const objects = new Set([globalThis]);
  for (const key of Reflect.ownKeys(globalThis)) {
    const d = Object.getOwnPropertyDescriptor(globalThis, key);
    if (!d || !('value' in d)) continue; // an accessor (a lazy Node global): not read
    const v = d.value;
    if ((typeof v === 'function' || (typeof v === 'object' && v !== null)) && v !== globalThis) {
      objects.add(v);
      if (typeof v === 'function' && v.prototype && typeof v.prototype === 'object') objects.add(v.prototype);
    }
  }
  return [...objects];
}

function ownDescriptors(object) {
  const map = new Map();
  for (const key of Reflect.ownKeys(object)) map.set(key, Object.getOwnPropertyDescriptor(object, key));
  return map;
}

const sameDescriptor = (a, b) =>
  a.value === b.value && a.get === b.get && a.set === b.set && a.writable === b.writable &&
  a.enumerable === b.enumerable && a.configurable === b.configurable;

function watchGlobals() {
  const recorded = watchedObjects().map((object) => ({
    object,
    descriptors: ownDescriptors(object),
    extensible: Object.isExtensible(object),
    proto: Object.getPrototypeOf(object),
  }));
  return {
    restore() {
      const problems = [];
      for (const { object, descriptors, extensible, proto } of recorded) {
        const name = object === globalThis ? 'globalThis' : String(object.constructor?.name ?? object[Symbol.toStringTag] ?? 'a built-in');
        if (Object.isExtensible(object) !== extensible) problems.push(`${name} was made non-extensible`);
        if (Object.getPrototypeOf(object) !== proto && !Reflect.setPrototypeOf(object, proto)) {
          problems.push(`${name}'s prototype was replaced`);
        }
        for (const key of Reflect.ownKeys(object)) {
          if (!descriptors.has(key) && !Reflect.deleteProperty(object, key)) {
            problems.push(`${name}.${String(key)} was added and cannot be removed`);
          }
        }
        for (const [key, d] of descriptors) {
          const now = Object.getOwnPropertyDescriptor(object, key);
          if (now && sameDescriptor(now, d)) continue;
          if (!Reflect.defineProperty(object, key, d)) problems.push(`${name}.${String(key)} cannot be put back`);
        }
      }
      return problems;
    },
  };
}

module.exports = { watchGlobals };
