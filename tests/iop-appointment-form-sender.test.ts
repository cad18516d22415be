// The sending machine alone, on a fake clock and a fake fetch: no real waiting, no server. A unit
// test of src/ on purpose: pure logic with its time and network injected; the form's tests drive
// the same machine through dist/iop-widgets.js.
import { expect } from '@open-wc/testing';
import { deliver, retryAfter, SLOW_MS, uuid, type Clock, type Delivery, type Progress } from '../src/iop-appointment-form/sender.js';

/** A clock that moves only when told to; `sleeps` lists what was asked for, in order. */
function fakeClock() {
  let now = 0;
  let timers: { at: number; resolve: () => void }[] = [];
  const sleeps: number[] = [];
  const clock: Clock = {
    now: () => now,
    date: () => now,
    // Like the real one: a timer whose signal aborts is dropped and never fires.
    sleep: (ms, signal) =>
      new Promise((resolve) => {
        const timer = { at: now + ms, resolve };
        sleeps.push(ms);
        timers.push(timer);
        signal?.addEventListener('abort', () => (timers = timers.filter((t) => t !== timer)), { once: true });
      }),
  };
  /** Lets pending promise callbacks run, so the machine reaches its next wait. */
  const flush = async () => {
    for (let i = 0; i < 20; i++) await Promise.resolve();
  };
  return {
    clock,
    sleeps,
    /** Timers still waiting to fire. */
    pending: () => timers.length,
    async advance(ms: number) {
      await flush();
      now += ms;
      const due = timers.filter((timer) => timer.at <= now);
      timers = timers.filter((timer) => timer.at > now);
      due.forEach((timer) => timer.resolve());
      await flush();
    },
    flush,
  };
}

type Answer = Partial<Response> | 'hang' | 'network';
/** A fetch that answers from a script, one step per call; `calls` records what it was given. */
function fakeFetch(...answers: Answer[]) {
  const calls: RequestInit[] = [];
  const fn = ((_: RequestInfo | URL, init?: RequestInit) => {
    calls.push(init!);
    const answer = answers.shift() ?? { ok: true, status: 201 };
    // 'hang': a page's fetch that never settles, whatever the abort signal says.
    if (answer === 'hang') return new Promise(() => {});
    if (answer === 'network') return Promise.reject(new TypeError('Failed to fetch'));
    return Promise.resolve({ ok: false, type: 'basic', headers: new Headers(), ...answer } as Response);
  }) as typeof fetch;
  return { fn, calls };
}

function run(answers: Answer[], options: Partial<Delivery> = {}) {
  const time = fakeClock();
  const net = fakeFetch(...answers);
  const states: Progress[] = [];
  const controller = new AbortController();
  const outcome = deliver({
    endpoint: '/api/x',
    body: '{"name":"Sam"}',
    headers: { 'Idempotency-Key': 'k-1' },
    timeout: 15_000,
    delays: [1000, 3000, 9000],
    signal: controller.signal,
    progress: (state) => states.push(state),
    fetch: net.fn,
    clock: time.clock,
    ...options,
  });
  return { time, net, states, controller, outcome };
}

describe('iop-appointment-form sender', () => {
  it('leaves no timer behind once it ends, accepted, refused or cancelled (a pending one would keep a removed form alive)', async () => {
    const accepted = run([{ ok: true, status: 201 }]);
    await accepted.outcome;
    expect(accepted.time.pending()).to.equal(0);
    const refused = run([{ status: 400 }]);
    await refused.outcome;
    expect(refused.time.pending()).to.equal(0);
    const cancelled = run(['hang']);
    await cancelled.time.flush();
    expect(cancelled.time.pending()).to.be.greaterThan(0);
    cancelled.controller.abort();
    expect(await cancelled.outcome).to.equal(undefined);
    expect(cancelled.time.pending()).to.equal(0);
  });

  it('accepts a 2xx at once: one request, POST, redirects not followed, the key in its header', async () => {
    const { net, outcome } = run([{ ok: true, status: 201 }]);
    expect(await outcome).to.deep.equal({ status: 201 });
    expect(net.calls).to.have.length(1);
    expect(net.calls[0]).to.include({ method: 'POST', redirect: 'manual', body: '{"name":"Sam"}' });
    expect(net.calls[0].headers).to.deep.equal({ 'Idempotency-Key': 'k-1' });
  });

  it('takes a redirect answer (opaqueredirect, or a 3xx) as accepted, with no second request', async () => {
    for (const answer of [{ type: 'opaqueredirect', status: 0 }, { status: 303 }] as Partial<Response>[]) {
      const { net, outcome } = run([answer]);
      expect(await outcome).to.deep.equal({ status: answer.status });
      expect(net.calls).to.have.length(1);
    }
  });

  it('retries 5xx after each delay in turn, with the same body and headers, and says "retrying"', async () => {
    const { time, net, states, outcome } = run([{ status: 500 }, { status: 502 }, { status: 503 }]);
    await time.advance(0);
    expect(net.calls).to.have.length(1);
    await time.advance(999);
    expect(net.calls).to.have.length(1);
    await time.advance(1);
    expect(net.calls).to.have.length(2);
    await time.advance(3000);
    expect(net.calls).to.have.length(3);
    await time.advance(9000);
    expect(await outcome).to.deep.equal({ status: 201 });
    expect(net.calls).to.have.length(4);
    expect(new Set(net.calls.map((call) => call.body)).size).to.equal(1);
    expect(new Set(net.calls.map((call) => JSON.stringify(call.headers))).size).to.equal(1);
    expect(states[0]).to.equal('sending');
    expect(states.slice(1).every((state) => state === 'retrying')).to.be.true;
  });

  it('honours Retry-After (seconds) instead of its own delay', async () => {
    const { time, net, outcome } = run([{ status: 503, headers: new Headers({ 'Retry-After': '7' }) }]);
    await time.advance(6999);
    expect(net.calls).to.have.length(1);
    await time.advance(1);
    expect(await outcome).to.deep.equal({ status: 201 });
    expect(time.sleeps).to.include(7000);
  });

  it('reads Retry-After as seconds or an HTTP date, capped at a minute', () => {
    expect(retryAfter('3')).to.equal(3000);
    expect(retryAfter('3600')).to.equal(60_000);
    expect(retryAfter(new Date(Date.now() - 5000).toUTCString())).to.equal(0);
    expect(retryAfter('soon')).to.equal(undefined);
    expect(retryAfter(null)).to.equal(undefined);
  });

  it('does not retry other 4xx: the answer is final', async () => {
    const { net, outcome } = run([{ status: 400 }]);
    expect(await outcome).to.deep.equal({ error: 'http-400', fields: undefined });
    expect(net.calls).to.have.length(1);
  });

  it('hands on the field errors a refusal names in its JSON body, and nothing from a body that is not JSON', async () => {
    const errors = { phone: 'We cannot call this number' };
    const named = run([{ status: 400, json: async () => ({ errors }) }]);
    expect(await named.outcome).to.deep.equal({ error: 'http-400', fields: errors });
    const garbled = run([{ status: 422, json: async () => JSON.parse('<html>') }]);
    expect(await garbled.outcome).to.deep.equal({ error: 'http-422', fields: undefined });
  });

  it('retries 408, 409 (same key still in progress) and 429', async () => {
    for (const status of [408, 409, 429]) {
      const { time, net, outcome } = run([{ status }]);
      await time.advance(1000);
      expect(await outcome).to.deep.equal({ status: 201 });
      expect(net.calls).to.have.length(2);
    }
  });

  it('a fetch that never settles is ended by its own timer, then retried; spent, the error is "timeout"', async () => {
    const { time, net, outcome } = run(['hang', 'hang'], { delays: [1000] });
    await time.advance(15_000);
    expect(net.calls).to.have.length(1);
    expect(net.calls[0].signal!.aborted).to.be.true;
    await time.advance(1000);
    expect(net.calls).to.have.length(2);
    await time.advance(15_000);
    expect(await outcome).to.deep.equal({ error: 'timeout' });
  });

  it('says "still trying" when the first answer is slow, before any timeout', async () => {
    const { time, states } = run(['hang']);
    await time.advance(SLOW_MS - 1);
    expect(states).to.deep.equal(['sending']);
    await time.advance(1);
    expect(states).to.deep.equal(['sending', 'retrying']);
  });

  it('a network error is retried; spent, the error is "network"', async () => {
    const { time, outcome } = run(['network', 'network'], { delays: [1000] });
    await time.advance(1000);
    expect(await outcome).to.deep.equal({ error: 'network' });
  });

  it('cancelled while waiting to retry: no further request, and the outcome says cancelled', async () => {
    const { time, net, controller, outcome } = run([{ status: 500 }]);
    await time.flush();
    controller.abort();
    expect(await outcome).to.equal(undefined);
    await time.advance(60_000);
    expect(net.calls).to.have.length(1);
  });

  it('cancelled during a request that ignores the abort: returns at once', async () => {
    const { time, controller, outcome } = run(['hang']);
    await time.flush();
    controller.abort();
    expect(await outcome).to.equal(undefined);
  });

  it('offline: says so, sends nothing, and sends when the browser is back online', async () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    let started!: ReturnType<typeof run>;
    try {
      started = run([]);
      await started.time.flush();
      expect(started.states).to.deep.equal(['offline']);
      expect(started.net.calls).to.have.length(0);
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
    window.dispatchEvent(new Event('online'));
    expect(await started.outcome).to.deep.equal({ status: 201 });
    expect(started.net.calls).to.have.length(1);
  });
  it('by default the outcome is known within 30 s, retries included: each attempt gets what is left, and no retry starts that cannot end in time', async () => {
    const { time, net, outcome } = run(['hang', 'hang', 'hang', 'hang'], { timeout: 10_000, budget: undefined });
    let settled = false;
    void outcome.then(() => (settled = true));
    for (let ms = 0; ms < 30_000 && !settled; ms += 500) await time.advance(500);
    expect(settled).to.be.true;
    expect(await outcome).to.deep.equal({ error: 'timeout' });
    // 10 s, 1 s, 10 s, 3 s, then the 6 s left.
    expect(net.calls).to.have.length(3);
  });

  it('a 429 whose Retry-After exceeds what is left of the wait fails at once', async () => {
    const { time, net, outcome } = run([{ status: 429, headers: new Headers({ 'Retry-After': '31' }) }]);
    await time.flush();
    expect(await outcome).to.deep.equal({ error: 'http-429' });
    expect(net.calls).to.have.length(1);
  });

  it('makes version 4 UUIDs without crypto.randomUUID (missing on http: pages)', () => {
    const randomUUID = Object.getOwnPropertyDescriptor(Crypto.prototype, 'randomUUID')!;
    delete (Crypto.prototype as { randomUUID?: unknown }).randomUUID;
    try {
      const ids = Array.from({ length: 50 }, uuid);
      for (const id of ids) expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(new Set(ids).size).to.equal(50);
    } finally {
      Object.defineProperty(Crypto.prototype, 'randomUUID', randomUUID);
    }
  });
});
