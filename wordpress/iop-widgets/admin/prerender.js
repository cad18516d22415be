/*
 * The settings page's renderer (see includes/prerender.php), a module: each shortcode with no
 * content in its page's HTML yet is rendered here by the kit's own module, and each element's
 * content written out by the same code as the kit's `npx iop-widgets prerender` and its
 * configurator (serialize.js, copied from the package's prerender/serialize.mjs by build.mjs):
 * styles first, Lit's markers removed, the form a plain post form, the schedule in the program's
 * zone, the admissions hours as a week. Then sent back to be stored. (`.js`, not `.mjs`: every
 * web server sends it as JavaScript.)
 */
import { asIfNoVisitor, contents } from './serialize.js';

const source = document.getElementById('iop-prerender-jobs');
const config = source && JSON.parse(source.textContent);
const notice = document.getElementById('iop-prerender');

const kit = (box) => [...box.querySelectorAll('*')].filter((el) => el.localName.startsWith('iop-'));
const within = (promise, ms) => Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);

/**
 * The shortcode's HTML with only what the kit reads: its elements (no `on…` attribute) and their
 * JSON script children. Parsed inert first, so markup another plugin's shortcode left inside never
 * runs here, in an administrator's session.
 */
function kitOnly(html) {
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const el of [...template.content.querySelectorAll('*')].reverse()) {
    if (el.localName.startsWith('iop-')) {
      for (const { name } of [...el.attributes]) if (/^on/i.test(name)) el.removeAttribute(name);
    } else if (!(el.localName === 'script' && el.type === 'application/json' && el.parentElement?.localName.startsWith('iop-'))) {
      el.replaceWith(...el.childNodes);
    }
  }
  return template.content;
}

async function render(job) {
  const box = document.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  box.inert = true;
  box.style.cssText = 'position:absolute;left:-10000px;top:0;width:1024px';
  document.body.append(box);
  const before = new Set(document.head.querySelectorAll('script[type="application/ld+json"]'));
  try {
    window.__iopZone = 'UTC';
    box.append(kitOnly(job.html));
    const elements = kit(box);
    await within(Promise.all([...new Set(elements.map((el) => el.localName))].map((tag) => customElements.whenDefined(tag))), 20000);
    const t = await contents(window, elements);
    if (t.includes(null)) throw new Error('not rendered');
    const ld = [...document.head.querySelectorAll('script[type="application/ld+json"]')].filter((s) => !before.has(s)).map((s) => s.text);
    return { t, ld };
  } finally {
    box.remove();
  }
}

async function run() {
  const rendered = {};
  for (const job of config.jobs) {
    try {
      rendered[job.sig] = await render(job);
    } catch {
      // Left without content; the notice counts it.
    }
  }
  const body = new FormData();
  body.append('action', 'iop_widgets_prerender');
  body.append('_wpnonce', config.nonce);
  body.append('rendered', JSON.stringify(rendered));
  let answer = { missing: config.jobs.length };
  try {
    const response = await fetch(config.post, { method: 'POST', body, credentials: 'same-origin' });
    answer = await response.json();
  } catch {
    // The count below says it.
  }
  notice.dataset.state = answer.missing ? 'failed' : 'done';
  notice.className = `notice inline ${answer.missing ? 'notice-error' : 'notice-success'}`;
  notice.querySelector('p').textContent = answer.missing ? config.failed.replace('%d', String(answer.missing)) : config.done;
}

// Before the kit renders anything here: the page has no visitor.
if (config) {
  asIfNoVisitor(window);
  run();
}
