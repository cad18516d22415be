/*
 * The settings page's renderer (see includes/prerender.php): each shortcode with no content in its
 * page's HTML yet is rendered here by the kit's own module, each element's shadow root written out
 * as declarative shadow DOM (what Lit keeps in adoptedStyleSheets as <style> first, Lit's comment
 * markers removed, the form a plain post form, the schedule in the program's zone), and sent back.
 * The same moves as the kit's prerender/index.mjs (which runs in jsdom, where the styles are
 * <style> elements) and bench/run.mjs's static twin, copied: this runs in the admin's browser.
 * A classic script: it runs before the module, so the zone is in place before the kit's first render.
 */
(() => {
  const source = document.getElementById('iop-prerender-jobs');
  if (!source) return;
  const config = JSON.parse(source.textContent);
  const notice = document.getElementById('iop-prerender');

  // No visitor yet: the form's admissions hours state the week, not what is true only "now".
  window.__iopStatic = true;
  // The time zone the kit's formats use when they name none: the program's, while rendering.
  let zone;
  const Native = Intl.DateTimeFormat;
  const DateTimeFormat = function DateTimeFormat(locale, options) {
    return new Native(locale, zone && !(options && options.timeZone) ? { ...options, timeZone: zone } : options);
  };
  Object.defineProperties(DateTimeFormat, Object.getOwnPropertyDescriptors(Native));
  Intl.DateTimeFormat = DateTimeFormat;

  const kit = (box) => [...box.querySelectorAll('*')].filter((el) => el.localName.startsWith('iop-'));
  const within = (promise, ms) => Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);

  async function settle(elements) {
    for (let round = 0; round < 10 && elements.some((el) => el.isUpdatePending); round++) {
      await Promise.all(elements.map((el) => el.updateComplete));
    }
  }

  function serialize(el) {
    const root = el.shadowRoot;
    const out = document.createElement('template');
    for (const sheet of root.adoptedStyleSheets ?? []) {
      const style = document.createElement('style');
      style.textContent = [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
      out.content.append(style);
    }
    const styles = [...root.childNodes].filter((node) => node.localName === 'style');
    for (const node of [...styles, ...[...root.childNodes].filter((node) => !styles.includes(node))]) out.content.append(node.cloneNode(true));
    const walker = document.createTreeWalker(out.content, NodeFilter.SHOW_COMMENT);
    const comments = [];
    while (walker.nextNode()) comments.push(walker.currentNode);
    for (const comment of comments) comment.remove();
    // The form with no script: a plain urlencoded post to the endpoint, `required` checked by the browser.
    const form = out.content.querySelector('form');
    if (el.localName === 'iop-appointment-form' && form) {
      if (el.config?.endpoint) form.setAttribute('action', el.config.endpoint);
      form.setAttribute('method', 'post');
      form.setAttribute('enctype', 'application/x-www-form-urlencoded');
      form.removeAttribute('novalidate');
    }
    return out.innerHTML;
  }

  async function render(job) {
    const box = document.createElement('div');
    box.setAttribute('aria-hidden', 'true');
    box.inert = true;
    box.style.cssText = 'position:absolute;left:-10000px;top:0;width:1024px';
    document.body.append(box);
    const before = new Set(document.head.querySelectorAll('script[type="application/ld+json"]'));
    try {
      zone = 'UTC';
      box.innerHTML = job.html;
      const elements = kit(box);
      await within(Promise.all([...new Set(elements.map((el) => el.localName))].map((tag) => customElements.whenDefined(tag))), 20000);
      await settle(elements);
      for (const el of elements) {
        const own = el.localName === 'iop-schedule' && el.config?.timezone;
        if (own && own !== zone) {
          zone = own;
          el.requestUpdate();
          await settle([el]);
        }
      }
      if (elements.some((el) => !el.shadowRoot)) throw new Error('not rendered');
      const ld = [...document.head.querySelectorAll('script[type="application/ld+json"]')].filter((s) => !before.has(s)).map((s) => s.text);
      return { t: elements.map(serialize), ld };
    } finally {
      zone = undefined;
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

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
  else run();
})();
