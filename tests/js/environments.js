'use strict';
// The simulated world each demo listing runs in. A new demo needs only an entry
// in the table at the bottom:
//   params:  the integer parameters the demo takes; the harness requires exactly these.
//   globals: optional (params, sim) => { name: value } of extra globals for the
//            listing, on top of setTimeout, clearTimeout and console which every
//            demo gets. `sim` is the harness's clock and recorder:
//              sim.record(actor, kind, value)  adds an event at the current time
//              sim.after(ms, fire)             queues an internal timer (records nothing)

// Strips scheme and host: "https://api.example.com/users?page=2" -> "/users?page=2".
function pathOf(url) {
  return String(url).replace(/^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i, '') || '/';
}

// A fetch(url) that answers after `latency` ms. `routes` maps a pathname to
// (query: URLSearchParams) => body; a routed response has json() giving that body,
// any other URL gets a bare {status, url}.
function simulatedFetch(sim, latency, routes) {
  return function fetch(url) {
    const path = pathOf(url);
    sim.record('source', 'awaiting', 'fetch ' + path);
    return new Promise((resolve) => {
      sim.after(latency, () => {
        sim.record('source', 'settled', 'fetch ' + path);
        const q = path.indexOf('?');
        const pathname = q < 0 ? path : path.slice(0, q);
        const route = Object.hasOwn(routes, pathname) ? routes[pathname] : null;
        const res = { status: 200, url: path };
        if (route) {
          res.json = () => {
            sim.record('source', 'awaiting', 'res.json()');
            const body = route(new URLSearchParams(q < 0 ? '' : path.slice(q + 1)));
            sim.record('source', 'settled', 'res.json()');
            return Promise.resolve(body); // already resolved: costs no virtual time
          };
        }
        resolve(res);
      });
    });
  };
}

// GET /users?page=P: `pageSize` users per page out of `users`, ids from 1.
function usersPage({ users, pageSize }) {
  return (query) => {
    const page = Number(query.get('page') ?? 1);
    const data = [];
    for (let id = (page - 1) * pageSize + 1; id <= Math.min(page * pageSize, users); id++) {
      data.push({ id, name: 'user' + id });
    }
    return { data, hasMore: page * pageSize < users };
  };
}

module.exports = {
  countdown: { params: ['from', 'ms'] },
  range: { params: ['from', 'to', 'delay'] },
  pagination: {
    // breakAfter only shapes the rendered listing; the server does not use it.
    params: ['users', 'pageSize', 'latency', 'breakAfter'],
    globals: (p, sim) => ({ fetch: simulatedFetch(sim, p.latency, { '/users': usersPage(p) }) }),
  },
};
