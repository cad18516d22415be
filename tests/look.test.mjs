// Issue 25.1 under forced colours (Windows high contrast), which only the browser's own emulation
// turns on: the demo page in Chromium, as in demo.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSession } from './browser-session.mjs';

const LIMIT = { timeout: 60_000 };
const { serve, newPage } = browserSession();

test('forced colours: the current level keeps the system colours (its code readable, its Details button not a white box); only its badge keeps its own', LIMIT, async (t) => {
  const server = await serve(t);
  const page = await newPage(t);
  await page.emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
  await page.setViewport({ width: 360, height: 800 });
  await page.goto(`http://127.0.0.1:${server.address().port}/demo/`, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('iop-level-of-care'));
  const seen = await page.evaluate(async () => {
    const el = document.querySelector('iop-level-of-care');
    await el.updateComplete;
    const current = el.shadowRoot.querySelector('[part~="current"]');
    const style = (node) => getComputedStyle(node);
    return {
      forced: matchMedia('(forced-colors: active)').matches,
      code: style(current.querySelector('.code')).forcedColorAdjust,
      button: style(current.querySelector('button')).forcedColorAdjust,
      badge: style(current.querySelector('[part~="badge"]')).forcedColorAdjust,
    };
  });
  assert.equal(seen.forced, true);
  assert.deepEqual(seen, { forced: true, code: 'auto', button: 'auto', badge: 'none' });
});
