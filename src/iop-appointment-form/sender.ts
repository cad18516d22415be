/**
 * The form's sending machine, apart from any DOM: one request identity (same body, same
 * `Idempotency-Key`), an own timer per attempt, backoff and `Retry-After`, redirects taken as
 * accepted, and a wait for the network when offline. Time comes from `clock`, so tests drive it.
 */

/** Where the machine reads time; tests swap in a fake one. */
export interface Clock {
  now(): number;
  /** The wall clock, for what depends on the time of day (the admissions line's hours). */
  date(): number;
  /** Resolves after `ms`; never rejects. Once `signal` aborts, the timer is gone and it never resolves. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const clock: Clock = {
  now: () => performance.now(),
  date: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener('abort', () => clearTimeout(timer), { once: true });
    }),
};

/** What the visitor is told while it runs: first attempt, still trying, waiting for the network. */
export type Progress = 'sending' | 'retrying' | 'offline';

/** `status` once accepted, `error` once retries are spent, `undefined` when cancelled. */
export type Outcome = { status: number; error?: undefined } | { error: string; status?: undefined; fields?: Record<string, unknown> } | undefined;

export interface Delivery {
  endpoint: string;
  body: string | URLSearchParams;
  headers: Record<string, string>;
  /** Milliseconds per attempt, kept by our own timer: a page whose `fetch` never settles still moves on. */
  timeout: number;
  /** Milliseconds before each retry; its length is the number of retries. */
  delays: readonly number[];
  /** Milliseconds from the first attempt (or the return of the network) to a known outcome; default 30 s. */
  budget?: number;
  /** Aborting it stops everything: no new attempt, no wait, and the outcome is `undefined`. */
  signal: AbortSignal;
  progress(state: Progress): void;
  fetch?: typeof fetch;
  clock?: Clock;
}

/** After this long without an answer the visitor hears "still trying", not silence. */
export const SLOW_MS = 5000;

/** Resolves (never rejects) when `signal` aborts, so a race can stop on it without a stray rejection. */
const whenAborted = (signal: AbortSignal) => new Promise<void>((resolve) => (signal.aborted ? resolve() : signal.addEventListener('abort', () => resolve(), { once: true })));

const online = (signal: AbortSignal) => new Promise((resolve) => (addEventListener('online', resolve, { once: true, signal }), whenAborted(signal).then(resolve)));

/** `Retry-After` in seconds or as an HTTP date, in ms, capped at a minute. */
export function retryAfter(header: string | null | undefined): number | undefined {
  if (!header) return undefined;
  const ms = /^\d+$/.test(header) ? Number(header) * 1000 : Date.parse(header) - Date.now();
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), 60_000) : undefined;
}

/** A refusal's reasons, `{ "errors": { "<field>": "<message>" } }` in JSON, for the form to show at each field. */
const fieldErrors = async (response: Response): Promise<Record<string, unknown> | undefined> => {
  try {
    const { errors } = await response.json();
    return errors && typeof errors === 'object' ? errors : undefined;
  } catch {
    return undefined;
  }
};

/** Only these are worth another try: not handled yet (409: the same key is still being handled). */
const retryable = (status: number) => status === 408 || status === 409 || status === 429 || status >= 500;

/**
 * A version 4 UUID; `crypto.randomUUID` exists only on https pages (and Safari 15.4+), while
 * `getRandomValues` is everywhere.
 */
export const uuid = (): string =>
  crypto.randomUUID?.() ??
  // x: a random hex digit; y: the variant (8, 9, a or b); 4: the version.
  'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
    const n = crypto.getRandomValues(new Uint8Array(1))[0] & 15;
    return (c == 'x' ? n : (n & 3) | 8).toString(16);
  });

/** Sends `d.body` to `d.endpoint` until it is accepted or refused, the retries are spent, or `d.signal` aborts. */
export async function deliver(d: Delivery): Promise<Outcome> {
  // Every timer of this delivery stops with it: a pending one would keep a finished form alive.
  const timers = new AbortController();
  try {
    return await attempts(d, timers.signal);
  } finally {
    timers.abort();
  }
}

async function attempts(d: Delivery, timers: AbortSignal): Promise<Outcome> {
  const { signal } = d;
  const c = d.clock ?? clock;
  let error = 'network';
  // The visitor learns the outcome by then; time spent offline (they are told) does not count.
  let deadline = c.now() + (d.budget ?? 30_000);
  for (let attempt = 0; ; attempt++) {
    if (!navigator.onLine) {
      d.progress('offline');
      await online(signal);
      if (signal.aborted) return;
      deadline = c.now() + (d.budget ?? 30_000);
    }
    d.progress(attempt ? 'retrying' : 'sending');
    // Not AbortSignal.any (Safari 17.4+, Chrome 116+): the delivery's signal aborts this attempt's.
    const controller = new AbortController();
    signal.addEventListener('abort', () => controller.abort(), { once: true, signal: timers });
    let settled = false;
    if (!attempt) void c.sleep(SLOW_MS, timers).then(() => settled || signal.aborted || d.progress('retrying'));
    let wait: number | undefined;
    try {
      const response = await Promise.race([
        (d.fetch ?? fetch)(d.endpoint, {
          method: 'POST',
          body: d.body,
          headers: d.headers,
          signal: controller.signal,
          // A redirect is the endpoint's answer: following it would re-post the body elsewhere.
          redirect: 'manual',
          referrerPolicy: 'strict-origin',
        }),
        c.sleep(Math.min(d.timeout, deadline - c.now()), timers).then(() => 'timeout' as const),
        whenAborted(signal),
      ]);
      settled = true;
      if (signal.aborted) return;
      if (response === 'timeout') {
        controller.abort();
        error = 'timeout';
      } else if (response) {
        const { status } = response;
        // A form back end's 303 to a thank-you page arrives as `opaqueredirect` (status 0): accepted.
        if (response.ok || response.type === 'opaqueredirect' || (status >= 300 && status < 400)) return { status };
        error = `http-${status}`;
        if (!retryable(status)) return { error, fields: await fieldErrors(response) };
        wait = retryAfter(response.headers?.get('Retry-After'));
      }
    } catch {
      settled = true;
      if (signal.aborted) return;
      error = 'network';
    }
    wait ??= d.delays[attempt];
    // No retries left, or none that could finish in time (a long Retry-After): the outcome now, with the phone.
    if (attempt >= d.delays.length || wait >= deadline - c.now()) return { error };
    d.progress('retrying');
    await Promise.race([c.sleep(wait, timers), whenAborted(signal)]);
    if (signal.aborted) return;
  }
}
