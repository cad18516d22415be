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
export declare const clock: Clock;
/** What the visitor is told while it runs: first attempt, still trying, waiting for the network. */
export type Progress = 'sending' | 'retrying' | 'offline';
/** `status` once accepted, `error` once retries are spent, `undefined` when cancelled. */
export type Outcome = {
    status: number;
    error?: undefined;
} | {
    error: string;
    status?: undefined;
    fields?: Record<string, unknown>;
} | undefined;
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
export declare const SLOW_MS = 5000;
/** `Retry-After` in seconds or as an HTTP date, in ms, capped at a minute. */
export declare function retryAfter(header: string | null | undefined): number | undefined;
/**
 * A version 4 UUID; `crypto.randomUUID` exists only on https pages (and Safari 15.4+), while
 * `getRandomValues` is everywhere.
 */
export declare const uuid: () => string;
/** Sends `d.body` to `d.endpoint` until it is accepted or refused, the retries are spent, or `d.signal` aborts. */
export declare function deliver(d: Delivery): Promise<Outcome>;
