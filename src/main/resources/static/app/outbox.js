// Reports made without a network wait here (localStorage, so a reload or a closed tab loses none) and are
// sent, each with its own Idempotency-Key, when the network is back: a report the service already has
// answers 201 again (a replay) or 409, and either way leaves the outbox; nothing is recorded twice.

import { call } from './api.js';

const KEY = 'tailor.outbox';
const read = () => JSON.parse(localStorage.getItem(KEY) ?? '[]');
const write = (entries) => localStorage.setItem(KEY, JSON.stringify(entries));

/** Keeps a report ({body, key}) to send later. */
export function enqueue(entry) {
  write([...read().filter((e) => e.key !== entry.key), entry]);
}

/** The reports waiting, by plan item. */
export function waiting() {
  return new Map(read().map((entry) => [entry.body.plan_item_id, entry]));
}

/** Sends what waits; resolves to how many were sent. A report that still cannot go stays. */
export async function flush(token) {
  let sent = 0;
  for (const entry of read()) {
    try {
      await call('POST', '/api/v1/feedback/task', { token, body: entry.body, headers: { 'Idempotency-Key': entry.key },
        retry: false });
    } catch (error) {
      if (error.status === 0) return sent; // still no network
      if (error.status !== 409) throw error;
    }
    write(read().filter((e) => e.key !== entry.key));
    sent++;
  }
  return sent;
}
