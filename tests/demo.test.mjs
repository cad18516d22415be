// `npm start` serves demo/preview.html with the elements not yet in dist/, built from src/. Once,
// package.json's `sideEffects` let the bundler drop src/index.ts from that build, so the preview's
// <iop-facility> was never defined and the form had no endpoint. This opens the page in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { previewBundle, startServer } from '../demo/serve.mjs';

test('the preview page defines all five elements, and the form inherits the facility’s endpoint', async () => {
  const server = await startServer({ scripts: { '/demo/preview-elements.js': await previewBundle() } });
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/demo/preview.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => customElements.get('iop-appointment-form'));
    const tags = ['iop-facility', 'iop-level-of-care', 'iop-therapy-list', 'iop-schedule', 'iop-appointment-form'];
    const defined = await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), tags);
    assert.deepEqual(defined, tags);
    const crisis = await page.evaluate(async () => {
      const form = document.querySelector('iop-appointment-form');
      await form.updateComplete;
      return form.shadowRoot.querySelector('[part~="crisis"]').textContent;
    });
    assert.match(crisis, /\+1 555 010 0199/, 'the form did not get the facility’s phone');
  } finally {
    await browser.close();
    server.close();
  }
});
