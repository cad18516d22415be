import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
// The form as it ships (dist/iop-widgets.js); its clock through the class's documented test hook.
import './define-all.js';
import type { IopAppointmentForm } from '../src/iop-appointment-form/iop-appointment-form.js';
import { captureWarnings, fixtureWithError, noticeLines, part, parts } from './helpers.js';


const { clock } = customElements.get('iop-appointment-form') as typeof IopAppointmentForm;

interface Logged {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  at: number;
}

/** A fresh endpoint on the test server, answering with `plan` step by step (then 201). */
async function endpoint(plan: object[] = []) {
  const id = Math.random().toString(36).slice(2);
  await fetch(`/api/control/${id}`, { method: 'POST', body: JSON.stringify({ plan }) });
  return {
    url: `/api/requests/${id}`,
    log: async (): Promise<Logged[]> => (await fetch(`/api/log/${id}`)).json(),
  };
}

const until = async (condition: () => unknown, what = 'condition', ms = 4000) => {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

const $ = <T extends HTMLElement = HTMLInputElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const field = (el: Element, name: string) => $(el, `[name="${name}"]`);

/** Fills fields as a browser's input would: value, then an `input` event. */
function fill(el: Element, values: Record<string, string | boolean>) {
  for (const [name, value] of Object.entries(values)) {
    const controls = el.shadowRoot!.querySelectorAll<HTMLInputElement>(`[name="${name}"]`);
    const control = controls[0];
    if (control.type === 'radio') [...controls].find((radio) => radio.value === value)!.checked = true;
    else if (control.type === 'checkbox') control.checked = Boolean(value);
    else control.value = String(value);
    control.dispatchEvent(new Event(control.type === 'radio' || control.type === 'checkbox' || control.localName === 'select' ? 'change' : 'input', { bubbles: true, composed: true }));
  }
}

const submit = (el: Element) => $<HTMLButtonElement>(el, '[part~="submit"]').click();
const valuesOf = (el: Element, names: string[]) => names.map((name) => (field(el, name).type === 'checkbox' ? field(el, name).checked : field(el, name).value));
const everything = {
  name: 'Ana García',
  phone: '(555) 010-0142',
  email: 'ana@example.org',
  contactMethod: 'text',
  bestTime: 'evening',
  forWhom: 'someone-else',
  leaveMessage: 'no',
  program: 'Evening IOP',
  insurance: 'Acme Health',
  memberId: 'XZ 1234',
  policyHolder: 'parent',
  telehealth: true,
  message: 'My brother needs help; <b>evenings</b> only.',
  consent: true,
};
const minimal = { name: 'Sam', phone: '555 010 0142', consent: true };

/** Every optional field turned on, for the tests that fill them all. */
const ALL = `fields='{"bestTime":"optional","forWhom":"optional","insurance":"optional","telehealth":"optional","message":"optional"}'`;

async function form(attributes: { url?: string; extra?: string } = {}) {
  const wrapper = await fixture(
    html`<div .innerHTML=${`<iop-appointment-form ${attributes.url ? `endpoint="${attributes.url}"` : ''} min-fill-seconds="0" timeout="1" phone="+1 555 010 0199" programs='["Morning IOP","Evening IOP"]' ${attributes.extra ?? ALL}></iop-appointment-form>`}></div>`,
  );
  const el = wrapper.querySelector('iop-appointment-form')!;
  el.retryDelays = [10, 10, 10];
  await el.updateComplete;
  await el.updateComplete;
  return el;
}

/** Counts the page's fetch calls to `url` meanwhile: a request never started is never sent. */
function countFetches(url: string) {
  const original = window.fetch;
  const calls: RequestInit[] = [];
  window.fetch = (input, init) => (String(input).includes(url) && calls.push(init ?? {}), original(input, init));
  return { calls, restore: () => (window.fetch = original) };
}

/** The names of the controls shown, in order (radio groups once). */
const shownFields = (el: Element) => [...new Set([...el.shadowRoot!.querySelectorAll<HTMLInputElement>('form [name]:not([name="iop_website"])')].map((c) => c.name))];

describe('iop-appointment-form', () => {
  describe('the form', () => {
    it('lets a page style every control, label and legend through ::part()', async () => {
      // What each part names, and a colour a page's rule gives it.
      const named: [part: string, selector: string][] = [
        ['label', 'label[for]'],
        ['input', 'input[type="text"], input[type="tel"], input[type="email"]'],
        ['select', 'select'],
        ['textarea', 'textarea'],
        ['legend', 'legend'],
        ['choice', 'label.choice'],
        ['radio', 'input[type="radio"]'],
        ['checkbox', 'input[type="checkbox"]'],
        ['hint', '.hint'],
        ['submit', 'button[type="submit"]'],
      ];
      const style = document.createElement('style');
      style.textContent = named.map(([name], i) => `iop-appointment-form::part(${name}) { outline-color: rgb(${i + 1}, 2, 3); }`).join('\n');
      document.head.append(style);
      try {
        for (const lang of ['en', 'es']) {
          const el = await form({ url: '/x', extra: `${ALL} privacy-url="/privacy" lang="${lang}"` });
          named.forEach(([name, selector], i) => {
            const nodes = [...el.shadowRoot!.querySelectorAll(selector)];
            expect(nodes.length, name).to.be.above(0);
            expect(nodes.map((node) => `${name}: ${getComputedStyle(node).outlineColor}`)).to.deep.equal(nodes.map(() => `${name}: rgb(${i + 1}, 2, 3)`));
          });
          await expect(el).to.be.accessible();
        }
      } finally {
        style.remove();
      }
    });

    it('has native controls with labels and autocomplete tokens', async () => {
      const el = await form();
      expect($<HTMLFormElement>(el, 'form').method).to.equal('post');
      expect(field(el, 'name').autocomplete).to.equal('name');
      expect(field(el, 'phone').type).to.equal('tel');
      expect(field(el, 'phone').autocomplete).to.equal('tel');
      expect(field(el, 'email').type).to.equal('email');
      expect(field(el, 'email').autocomplete).to.equal('email');
      expect(field(el, 'consent').type).to.equal('checkbox');
      expect($(el, 'label[for="f-name"]').textContent).to.contain('Your name').and.contain('(required)');
      expect([...el.shadowRoot!.querySelectorAll('select[name="program"] option')].map((o) => o.textContent)).to.deep.equal(['Not sure yet', 'Morning IOP', 'Evening IOP']);
      await expect(el).to.be.accessible();
    });

    it('shows the crisis lines first, before any field: call or text 988, 911, SAMHSA, and the facility', async () => {
      const el = await form();
      const crisis = part(el, 'crisis')!;
      expect(crisis.textContent).to.contain('not for emergencies').and.contain('SAMHSA National Helpline');
      expect([...crisis.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:988', 'sms:988', 'tel:911', 'tel:18006624357', 'tel:+15550100199']);
      expect(crisis.compareDocumentPosition(field(el, 'name')) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
      expect(crisis.compareDocumentPosition(part(el, 'error-summary') ?? $(el, 'form')) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    });

    it('on a phone, the crisis lines are the largest tap targets (at least 44 px high), on the first screen, and the facility line follows them', async () => {
      await setViewport({ width: 390, height: 844 });
      try {
        const el = await form();
        const top = el.getBoundingClientRect().top;
        expect(part(el, 'crisis')!.getBoundingClientRect().bottom - top).to.be.below(844);
        const area = (e: Element) => e.getBoundingClientRect().width * e.getBoundingClientRect().height;
        const call = part(el, 'call')!;
        const lines = [...part(el, 'crisis')!.querySelectorAll('a:not([part~="call"])')];
        expect(lines.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:988', 'sms:988', 'tel:911', 'tel:18006624357']);
        for (const line of lines) {
          expect(line.getBoundingClientRect().height, line.textContent!).to.be.at.least(44);
          expect(area(line), line.textContent!).to.be.above(area(call));
          expect(line.compareDocumentPosition(call) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
        }
        expect(call.getBoundingClientRect().height).to.be.at.least(44);
        // At 320 px, in a padded card (a dark band's), every crisis line fits, in English and
        // Spanish: the SAMHSA number was cut at both ends.
        await setViewport({ width: 320, height: 700 });
        el.style.cssText = 'display: block; padding: 0 1.25rem';
        for (const lang of ['en', 'es']) {
          el.setAttribute('lang', lang);
          await el.updateComplete;
          const box = part(el, 'crisis')!.getBoundingClientRect();
          for (const line of part(el, 'crisis')!.querySelectorAll('.lines a')) {
            const { left, right } = line.getBoundingClientRect();
            expect(left >= box.left && right <= box.right, `${lang}: ${line.textContent}`).to.be.true;
            expect(line.scrollWidth, `${lang}: ${line.textContent}`).to.be.at.most(line.clientWidth);
          }
          expect(part(el, 'crisis')!.querySelector('.nw')!.getClientRects()).to.have.length(1);
        }
        el.style.cssText = '';
        await setViewport({ width: 390, height: 844 });
        // Its label wraps where it must, in Spanish too, and never cuts or splits the number.
        for (const lang of ['en', 'es']) {
          el.setAttribute('lang', lang);
          await el.updateComplete;
          const button = part(el, 'call')!;
          expect(button.scrollWidth, lang).to.be.at.most(button.clientWidth);
          const number = button.querySelector('span')!;
          expect(number.getClientRects(), lang).to.have.length(1);
          expect(number.textContent).to.equal('+1 555 010 0199');
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('asks only what admissions needs by default; fields turns on the rest; program comes with programs', async () => {
      const plain = await fixture<IopAppointmentForm>(html`<iop-appointment-form></iop-appointment-form>`);
      expect(shownFields(plain)).to.deep.equal(['forWhom', 'name', 'phone', 'email', 'contactMethod', 'leaveMessage', 'consent']);
      const withPrograms = await form({ extra: '' });
      expect(shownFields(withPrograms)).to.deep.equal(['forWhom', 'name', 'phone', 'email', 'contactMethod', 'leaveMessage', 'program', 'consent']);
      const el = await form({ extra: `fields='{"insurance":"optional","memberId":"hidden","bestTime":"required","contactMethod":"hidden","program":"hidden","forWhom":"hidden"}'` });
      expect(shownFields(el)).to.deep.equal(['name', 'phone', 'email', 'leaveMessage', 'bestTime', 'insurance', 'policyHolder', 'consent']);
      expect(field(el, 'bestTime').required).to.be.true;
    });

    it('marks what is required, consent included, and states the phone-or-email rule once for both', async () => {
      const el = await form({ extra: '' });
      const contact = $(el, 'fieldset.contact');
      expect(contact.querySelector('legend')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Phone or email (at least one is required)');
      expect(contact.querySelector('[name="phone"]')).to.equal(field(el, 'phone'));
      expect(contact.querySelector('[name="email"]')).to.equal(field(el, 'email'));
      expect(el.shadowRoot!.textContent!.match(/at least one/g)).to.have.length(1);
      expect($(el, 'label[for="f-phone"]').textContent).not.to.contain('required');
      expect(field(el, 'consent').closest('label')!.textContent).to.contain('(required)');
      // With email hidden, the phone is simply required.
      const phoneOnly = await form({ extra: `fields='{"email":"hidden"}'` });
      expect($(phoneOnly, 'label[for="f-phone"]').textContent).to.contain('(required)');
      expect(field(phoneOnly, 'phone').required).to.be.true;
      await expect(el).to.be.accessible();
    });
  });

  describe('validation', () => {
    const cases: [string, Record<string, string | boolean>, string, string, string][] = [
      ['a missing name', { ...minimal, name: ' ' }, 'name', 'Please fill in “Your name”.', 'Complete el campo “Su nombre”.'],
      ['no way to reach them', { name: 'Sam', consent: true }, 'phone', 'Please give a phone number or an email address so we can reach you.', 'Indique un teléfono o un correo electrónico para que podamos comunicarnos con usted.'],
      ['a phone too short to dial', { ...minimal, phone: '555-0142' }, 'phone', 'Please enter a phone number we can dial, with at least 10 digits (or + and the country code).', 'Escriba un número de teléfono válido, con al menos 10 dígitos (o + y el código del país).'],
      ['letters in the phone', { ...minimal, phone: 'call me 5550100142' }, 'phone', 'Please enter a phone number we can dial', 'Escriba un número de teléfono válido'],
      ['an email without a domain', { ...minimal, phone: '', email: 'ana@example' }, 'email', 'Please enter an email address like name@example.com.', 'Escriba un correo electrónico como nombre@ejemplo.com.'],
      ['no consent', { ...minimal, consent: false }, 'consent', 'Please agree to be contacted, so we can answer your request.', 'Acepte que nos comuniquemos con usted para poder responder a su solicitud.'],
      // Never reach someone a way they did not choose: a text needs a phone, an email an address.
      ['text chosen, only an email given', { name: 'Sam', email: 'sam@example.org', contactMethod: 'text', consent: true }, 'phone', 'You chose “Text message”: please fill in “Phone”.', 'Eligió “Mensaje de texto”: complete el campo “Teléfono”.'],
      ['email chosen, only a phone given', { ...minimal, contactMethod: 'email' }, 'email', 'You chose “Email”: please fill in “Email”.', 'Eligió “Correo electrónico”: complete el campo “Correo electrónico”.'],
    ];
    for (const [what, values, name, english, spanish] of cases) {
      for (const [lang, expected] of [['en', english], ['es', spanish]]) {
        it(`${what} (${lang}): "${expected}" on ${name}, and nothing is sent`, async () => {
          const api = await endpoint();
          const el = await form({ url: api.url, extra: `lang="${lang}"` });
          const fetches = countFetches(api.url);
          try {
            fill(el, values);
            submit(el);
            await el.updateComplete;
          } finally {
            fetches.restore();
          }
          expect($(el, `#e-${name}`).textContent).to.contain(expected);
          expect(field(el, name).getAttribute('aria-invalid')).to.equal('true');
          expect(field(el, name).getAttribute('aria-describedby')).to.contain(`e-${name}`);
          expect(fetches.calls).to.have.length(0);
        });
      }
    }

    it('accepts international numbers with + and the country code', async () => {
      const api = await endpoint();
      const el = await form({ url: api.url });
      fill(el, { ...minimal, phone: '+44 20 7946 0958' });
      submit(el);
      await until(async () => (await api.log()).length === 1, 'the request');
    });

    it('refuses a long email that would make a backtracking check block the page, at once', async () => {
      // `a@` + `a.` x 40,000 and a stray `@`: a regex check took ~8 s here (past the test's timeout).
      const el = await form();
      fill(el, { ...minimal, phone: '', email: `a@${'a.'.repeat(40_000)}@` });
      submit(el);
      await el.updateComplete;
      expect($(el, '#e-email').textContent).to.contain('Please enter an email address');
      fill(el, { email: `a@${'a.'.repeat(40_000)} x` });
      await el.updateComplete;
      expect($(el, '#e-email').textContent).to.contain('Please enter an email address');
    });

    it('lists the errors at the top, linked to their fields, and focuses the first invalid field', async () => {
      const el = await form();
      fill(el, { email: 'ana@' });
      submit(el);
      await el.updateComplete;
      const summary = part(el, 'error-summary')!;
      expect(summary.getAttribute('role')).to.equal('alert');
      const links = [...summary.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#f-name', '#f-email', '#f-consent']);
      expect(el.shadowRoot!.activeElement).to.equal(field(el, 'name'));
      links[1].click();
      expect(el.shadowRoot!.activeElement).to.equal(field(el, 'email'));
      await expect(el).to.be.accessible();
    });

    it('a correction hides its line in the summary without rewriting the alert, so it is not read out again', async () => {
      const el = await form();
      fill(el, { email: 'ana@' });
      submit(el);
      await el.updateComplete;
      const summary = part(el, 'error-summary')!;
      const changes: MutationRecord[] = [];
      const observer = new MutationObserver((records) => changes.push(...records));
      observer.observe(summary, { childList: true, subtree: true, characterData: true });
      fill(el, { name: 'Sam' });
      await el.updateComplete;
      fill(el, { email: 'ana@example.org' });
      await el.updateComplete;
      observer.takeRecords().forEach((record) => changes.push(record));
      observer.disconnect();
      expect(part(el, 'error-summary')).to.equal(summary);
      expect(changes, 'text or nodes of the alert changed').to.have.length(0);
      expect([...summary.querySelectorAll('li:not([hidden])')].map((li) => li.textContent!.trim())).to.deep.equal(['Please agree to be contacted, so we can answer your request.']);
      fill(el, { consent: true });
      await el.updateComplete;
      expect(part(el, 'error-summary')).to.equal(null);
    });

    it('shows no error while the visitor first types, then follows their corrections after a submit', async () => {
      const el = await form();
      fill(el, { phone: '555' });
      await el.updateComplete;
      expect(part(el, 'field-error')).to.equal(null);
      submit(el);
      await el.updateComplete;
      expect($(el, '#e-phone')).to.exist;
      fill(el, { phone: '555 010 0142' });
      await el.updateComplete;
      expect($(el, '#e-phone')).to.equal(null);
      expect(field(el, 'phone').getAttribute('aria-invalid')).to.equal('false');
      expect($(el, '#e-name')).to.exist;
    });
  });

  describe('sending', () => {
    it('sends JSON with every shown, non-empty field, its identity, and an Idempotency-Key', async () => {
      const api = await endpoint();
      const el = await form({ url: api.url });
      fill(el, everything);
      const submitted = oneEvent(el, 'iop-submitted');
      submit(el);
      const { detail } = await submitted;
      const [request] = await api.log();
      expect(request.method).to.equal('POST');
      expect(request.url).to.equal(api.url);
      expect(request.headers['content-type']).to.equal('application/json');
      const body = JSON.parse(request.body);
      expect(Object.keys(body).sort()).to.deep.equal([...Object.keys(everything), 'locale', 'requestId', 'submittedAt', 'timeZone'].sort());
      // The visitor's zone (the test browser's is pinned): their "evening" is theirs.
      expect(body).to.include({ ...everything, telehealth: true, consent: true, locale: 'en-US', timeZone: 'America/New_York' });
      expect(body.requestId).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(new Date(body.submittedAt).toISOString()).to.equal(body.submittedAt);
      expect(request.headers['idempotency-key']).to.equal(body.requestId);
      expect(detail).to.deep.equal({ requestId: body.requestId, status: 201 });
    });

    it('a 400 with the endpoint\'s field errors shows each at its field, as text, with focus on the first and every value kept', async () => {
      const api = await endpoint([{ status: 400, body: { errors: { phone: 'We cannot call <b>this</b> number', unknownField: 'ignored' } } }]);
      const el = await form({ url: api.url });
      fill(el, minimal);
      const failed = oneEvent(el, 'iop-submit-failed');
      submit(el);
      expect((await failed).detail.error).to.equal('http-400');
      await until(() => field(el, 'phone').getAttribute('aria-invalid') === 'true', 'the phone marked invalid');
      const described = el.shadowRoot!.getElementById(field(el, 'phone').getAttribute('aria-describedby')!.split(' ').find((id) => el.shadowRoot!.getElementById(id)?.textContent?.includes('cannot'))!)!;
      expect(described.textContent).to.contain('We cannot call <b>this</b> number');
      expect(described.querySelector('b')).to.be.null;
      expect(el.shadowRoot!.activeElement).to.equal(field(el, 'phone'));
      expect(valuesOf(el, ['name', 'phone', 'consent'])).to.deep.equal(['Sam', '555 010 0142', true]);
      expect(await api.log()).to.have.length(1);
    });

    it('format="form" sends the same keys urlencoded, for common form back ends', async () => {
      const api = await endpoint();
      const el = await form({ url: api.url, extra: `format="form" ${ALL}` });
      fill(el, everything);
      submit(el);
      await until(async () => (await api.log()).length, 'the request');
      const [request] = await api.log();
      expect(request.headers['content-type']).to.match(/^application\/x-www-form-urlencoded/);
      const body = Object.fromEntries(new URLSearchParams(request.body));
      expect(body).to.include({ name: 'Ana García', message: everything.message, telehealth: 'true', consent: 'true', program: 'Evening IOP' });
      expect(body).to.include({ forWhom: 'someone-else', leaveMessage: 'no', insurance: 'Acme Health', memberId: 'XZ 1234', policyHolder: 'parent', timeZone: 'America/New_York' });
      expect(request.headers['idempotency-key']).to.equal(body.requestId);
    });

    it('leaves hidden and empty fields out', async () => {
      const api = await endpoint();
      const el = await form({ url: api.url, extra: `fields='{"insurance":"optional","program":"hidden"}'` });
      fill(el, minimal);
      submit(el);
      await until(async () => (await api.log()).length, 'the request');
      expect(Object.keys(JSON.parse((await api.log())[0].body)).sort()).to.deep.equal(['consent', 'locale', 'name', 'phone', 'requestId', 'submittedAt', 'timeZone']);
    });

    const retried: [string, object[]][] = [
      ['a 500, then 201', [{ status: 500 }]],
      ['a 503 with Retry-After', [{ status: 503, retryAfter: 1 }]],
      ['a 429', [{ status: 429 }]],
      ['a 409 (the same key still being handled)', [{ status: 409 }]],
      ['a dropped connection', [{ drop: true }]],
      ['a hang past the timeout', [{ hang: true }]],
    ];
    for (const [what, plan] of retried) {
      it(`retries after ${what}, with the same key and the very same body, and confirms`, async function () {
        this.timeout(8000);
        const api = await endpoint(plan);
        const el = await form({ url: api.url });
        fill(el, minimal);
        const submitted = oneEvent(el, 'iop-submitted');
        submit(el);
        await submitted;
        const log = await api.log();
        expect(log).to.have.length(2);
        expect(new Set(log.map((r) => r.headers['idempotency-key'])).size).to.equal(1);
        expect(log[1].body).to.equal(log[0].body);
        if (what.includes('Retry-After')) expect(log[1].at - log[0].at).to.be.at.least(950);
        await el.updateComplete;
        expect(el.shadowRoot!.activeElement).to.equal(part(el, 'confirmation'));
      });
    }

    for (const [status, location] of [
      [303, 'http://thanks.invalid/thank-you'],
      [302, '/thank-you'],
      [307, '/api/requests/elsewhere'],
    ] as const) {
      it(`a ${status} redirect to ${location} counts as accepted: one POST, nothing sent where it points`, async () => {
        const api = await endpoint([{ status, location }]);
        const elsewhere = { log: async (): Promise<Logged[]> => (await fetch('/api/log/elsewhere')).json() };
        await fetch('/api/control/elsewhere', { method: 'POST', body: '{"plan":[]}' });
        const el = await form({ url: api.url });
        fill(el, minimal);
        const submitted = oneEvent(el, 'iop-submitted');
        submit(el);
        const { detail } = await submitted;
        expect(detail.status).to.equal(0);
        expect(await api.log()).to.have.length(1);
        expect(await elsewhere.log()).to.have.length(0);
        await el.updateComplete;
        expect(part(el, 'confirmation')).to.exist;
      });
    }

    it('a corrected body is a new request: new requestId and key; "Try again" with the same body keeps both and the body', async () => {
      const api = await endpoint([{ status: 400 }, { status: 400 }, { status: 400 }]);
      const el = await form({ url: api.url });
      fill(el, minimal);
      const failed = oneEvent(el, 'iop-submit-failed');
      submit(el);
      await failed;
      await el.updateComplete;
      const again = oneEvent(el, 'iop-submit-failed');
      part(el, 'retry')!.click();
      await again;
      fill(el, { phone: '555 010 0143' });
      const corrected = oneEvent(el, 'iop-submit-failed');
      submit(el);
      await corrected;
      const [first, second, third] = await api.log();
      expect(second.body).to.equal(first.body);
      expect(second.headers['idempotency-key']).to.equal(first.headers['idempotency-key']);
      const [a, c] = [JSON.parse(first.body), JSON.parse(third.body)];
      expect(c.phone).to.equal('555 010 0143');
      expect(c.requestId).not.to.equal(a.requestId);
      expect(third.headers['idempotency-key']).to.equal(c.requestId);
    });

    it('does not retry a 400, says so as an error, and keeps every value', async () => {
      const api = await endpoint([{ status: 400 }]);
      const el = await form({ url: api.url });
      fill(el, everything);
      const failed = oneEvent(el, 'iop-submit-failed');
      submit(el);
      const { detail } = await failed;
      expect(detail.error).to.equal('http-400');
      expect(await api.log()).to.have.length(1);
      await el.updateComplete;
      expect(part(el, 'failure')!.textContent).to.contain('(error 400)').and.contain('Everything you typed is still here');
      expect(valuesOf(el, ['name', 'phone', 'email', 'insurance', 'message', 'telehealth', 'consent'])).to.deep.equal([
        everything.name, everything.phone, everything.email, everything.insurance, everything.message, true, true,
      ]);
    });

    it('after the retries are spent: an error with the phone, every value kept, and one button to try again', async () => {
      const api = await endpoint([{ status: 500 }, { status: 502 }, { status: 503 }, { status: 504 }]);
      const el = await form({ url: api.url });
      fill(el, everything);
      const failed = oneEvent(el, 'iop-submit-failed');
      submit(el);
      const { detail } = await failed;
      expect(detail.error).to.equal('http-504');
      await el.updateComplete;
      const failure = part(el, 'failure')!;
      expect(failure.getAttribute('role')).to.equal('alert');
      expect(failure.textContent).to.contain('We could not send your request');
      expect(failure.querySelector('a')!.getAttribute('href')).to.equal('tel:+15550100199');
      expect(getComputedStyle(failure).borderTopColor).to.equal('rgb(180, 35, 24)');
      const buttons = [...el.shadowRoot!.querySelectorAll('form button')];
      expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['Try again']);
      expect(valuesOf(el, ['name', 'message', 'consent'])).to.deep.equal([everything.name, everything.message, true]);
      await expect(el).to.be.accessible();
      const submitted = oneEvent(el, 'iop-submitted');
      part(el, 'retry')!.click();
      await submitted;
      const log = await api.log();
      expect(log).to.have.length(5);
      expect(new Set(log.map((r) => r.body)).size).to.equal(1);
    });

    it('announces sending, then "still trying", in a live region', async () => {
      const api = await endpoint([{ status: 500 }, { status: 201, delayMs: 300 }]);
      const el = await form({ url: api.url });
      el.retryDelays = [300];
      await el.updateComplete;
      fill(el, minimal);
      submit(el);
      await el.updateComplete;
      const status = part(el, 'status')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent!.trim()).to.equal('Sending…');
      await until(() => status.textContent!.includes('Still trying to send your request'), '"still trying"');
      // While it keeps trying, the phone is already there as the way out.
      expect(status.querySelector('a[href^="tel:"]')!.textContent).to.equal('+1 555 010 0199');
      // A number read or copied under stress never breaks across lines.
      expect(getComputedStyle(status.querySelector('a[href^="tel:"]')!).whiteSpace).to.equal('nowrap');
      await oneEvent(el, 'iop-submitted');
    });

    it('a timeout at the end does not claim the request failed: it may have arrived', async () => {
      const api = await endpoint([{ hang: true }, { hang: true }]);
      const el = await form({ url: api.url });
      el.retryDelays = [10];
      await el.updateComplete;
      fill(el, minimal);
      const failed = oneEvent(el, 'iop-submit-failed');
      submit(el);
      expect((await failed).detail.error).to.equal('timeout');
      await el.updateComplete;
      expect(part(el, 'failure')!.textContent).to.contain('cannot tell if your request arrived').and.not.contain('could not send');
    });

    it('sends exactly one request for a double click, and shows progress meanwhile', async () => {
      const api = await endpoint([{ status: 201, delayMs: 400 }]);
      const el = await form({ url: api.url });
      fill(el, minimal);
      submit(el);
      await el.updateComplete;
      submit(el);
      const button = part(el, 'submit')!;
      expect(button.textContent!.trim()).to.equal('Sending…');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(field(el, 'name').value).to.equal('Sam');
      await expect(el).to.be.accessible();
      await oneEvent(el, 'iop-submitted');
      expect(await api.log()).to.have.length(1);
    });

    it('offline: says so, and sends when the browser is back online', async () => {
      const api = await endpoint();
      const el = await form({ url: api.url });
      fill(el, minimal);
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      try {
        submit(el);
        await until(() => part(el, 'status')!.textContent!.includes('offline'), 'the offline message');
        expect(await api.log()).to.have.length(0);
      } finally {
        delete (navigator as { onLine?: boolean }).onLine;
      }
      window.dispatchEvent(new Event('online'));
      await oneEvent(el, 'iop-submitted');
      expect(await api.log()).to.have.length(1);
    });

    it('with no endpoint: a configuration notice and a message, not a silent nothing', async () => {
      const el = await form();
      fill(el, minimal);
      const warnings = await captureWarnings(async () => {
        const failed = oneEvent(el, 'iop-submit-failed');
        submit(el);
        expect((await failed).detail.error).to.equal('no-endpoint');
        await el.updateComplete;
      });
      const again = await captureWarnings(async () => {
        const failed = oneEvent(el, 'iop-submit-failed');
        submit(el);
        await failed;
        await el.updateComplete;
      });
      expect(noticeLines(el)).to.deep.equal(['iop-appointment-form: endpoint: no endpoint: set endpoint here or on <iop-facility>']);
      expect(warnings).to.have.length(1);
      expect(again).to.have.length(0);
      expect(part(el, 'failure')!.textContent).to.contain('not connected yet').and.contain('+1 555 010 0199');
      expect(field(el, 'name').value).to.equal('Sam');
    });
  });

  describe('the missing endpoint found at submit', () => {
    it('stays in the notice when another setting changes, and goes once an endpoint is set', async () => {
      const el = await form();
      fill(el, minimal);
      const failed = oneEvent(el, 'iop-submit-failed');
      submit(el);
      await failed;
      await el.updateComplete;
      const line = 'iop-appointment-form: endpoint: no endpoint: set endpoint here or on <iop-facility>';
      expect(noticeLines(el)).to.deep.equal([line]);
      // A configuration update (a new heading, a bad format) re-validates: the submit-time issue stays.
      el.heading = 'Request a call';
      el.format = 'xml';
      await el.updateComplete;
      expect(noticeLines(el)).to.deep.equal(['iop-appointment-form: format: expected one of json, form', line]);
      el.format = 'json';
      await el.updateComplete;
      expect(noticeLines(el)).to.deep.equal([line]);
      el.endpoint = '/api/x';
      await el.updateComplete;
      expect(part(el, 'error')).to.equal(null);
    });
  });

  describe('moved, removed and re-attached while sending', () => {
    it('moved in the page while sending: the request finishes, once, and the form confirms', async () => {
      const api = await endpoint([{ status: 201, delayMs: 300 }]);
      const el = await form({ url: api.url });
      const other = document.createElement('div');
      document.body.append(other);
      try {
        fill(el, minimal);
        const submitted = oneEvent(el, 'iop-submitted');
        submit(el);
        await until(async () => (await api.log()).length === 1, 'the request');
        other.append(el);
        await submitted;
        expect(await api.log()).to.have.length(1);
        await el.updateComplete;
        expect(el.shadowRoot!.activeElement).to.equal(part(el, 'confirmation'));
      } finally {
        other.remove();
      }
    });

    it('moved while offline: still sends when the browser is back online', async () => {
      const api = await endpoint();
      const el = await form({ url: api.url });
      const other = document.createElement('div');
      document.body.append(other);
      fill(el, minimal);
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      try {
        submit(el);
        await until(() => part(el, 'status')!.textContent!.includes('offline'), 'the offline message');
        other.append(el);
      } finally {
        delete (navigator as { onLine?: boolean }).onLine;
      }
      const submitted = oneEvent(el, 'iop-submitted');
      window.dispatchEvent(new Event('online'));
      await submitted;
      expect(await api.log()).to.have.length(1);
      other.remove();
    });

    it('removed while retrying: stops, ready to send again; put back, it resumes under the same key', async () => {
      const api = await endpoint([{ status: 500 }]);
      const el = await form({ url: api.url });
      el.retryDelays = [60_000];
      el.maxWait = 120;
      await el.updateComplete;
      const parent = el.parentElement!;
      fill(el, minimal);
      submit(el);
      await until(() => part(el, 'status')!.textContent!.includes('Still trying'), '"still trying"');
      el.remove();
      await until(() => part(el, 'submit')!.getAttribute('aria-disabled') === 'false', 'the form to stop sending');
      // The sender has returned: no request can follow from this send.
      expect(await api.log()).to.have.length(1);
      expect(part(el, 'submit')!.textContent!.trim()).to.equal('Send request');
      const submitted = oneEvent(el, 'iop-submitted');
      parent.append(el);
      await submitted;
      const log = await api.log();
      expect(log).to.have.length(2);
      expect(log[1].body).to.equal(log[0].body);
    });
  });

  describe('confirmation', () => {
    it('replaces the form with a named confirmation that takes focus, says when and how they will be reached', async () => {
      const api = await endpoint();
      const el = await form({ url: api.url, extra: 'name="Harbor Recovery"' });
      fill(el, { ...minimal, contactMethod: 'text' });
      submit(el);
      await oneEvent(el, 'iop-submitted');
      await el.updateComplete;
      const confirmation = part(el, 'confirmation')!;
      expect(el.shadowRoot!.activeElement).to.equal(confirmation);
      expect(confirmation.getAttribute('role')).to.equal('region');
      expect(el.shadowRoot!.getElementById(confirmation.getAttribute('aria-labelledby')!)!.textContent).to.equal('Thank you, your request was sent');
      expect(confirmation.textContent).to.contain('Harbor Recovery’s intake team will text you at 555 010 0142 within one business day.');
      expect($(el, 'form')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('response-time sets the promise; the method follows the choice, else the contact given', async () => {
      const api = await endpoint();
      const el = await form({ url: api.url, extra: 'response-time="within two hours"' });
      fill(el, { name: 'Ana', email: 'ana@example.org', consent: true });
      submit(el);
      await oneEvent(el, 'iop-submitted');
      await el.updateComplete;
      expect(part(el, 'confirmation')!.textContent).to.contain('Our intake team will email you at ana@example.org within two hours.');
    });
  });

  describe('events and privacy', () => {
    it('iop-submit is cancelable: a CMS plugin delivers the request itself, and nothing is sent', async () => {
      const api = await endpoint();
      const el = await form({ url: api.url });
      fill(el, everything);
      el.addEventListener('iop-submit', (event) => event.preventDefault(), { once: true });
      const submitting = oneEvent(el, 'iop-submit');
      const fetches = countFetches(api.url);
      try {
        submit(el);
        const { detail } = await submitting;
        expect(detail.data).to.include({ name: everything.name, email: everything.email, requestId: detail.requestId });
        await el.updateComplete;
      } finally {
        fetches.restore();
      }
      expect(fetches.calls).to.have.length(0);
      expect(field(el, 'name').value).to.equal(everything.name);
      el.showConfirmation();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'confirmation'));
    });

    it('no event but iop-submit carries a typed value; nothing goes to a URL, a cookie, storage or the console', async () => {
      const api = await endpoint([{ status: 500 }, { status: 500 }, { status: 500 }, { status: 500 }]);
      const el = await form({ url: api.url });
      const seen: [string, unknown][] = [];
      for (const type of ['iop-form-start', 'iop-submit', 'iop-submitted', 'iop-submit-failed', 'iop-config-error']) {
        document.addEventListener(type, (event) => seen.push([type, (event as CustomEvent).detail]));
      }
      const cookies = document.cookie;
      const logged: unknown[] = [];
      const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
      const originals = methods.map((m) => console[m]);
      methods.forEach((m) => (console[m] = (...args: unknown[]) => logged.push(args)));
      try {
        fill(el, everything);
        const failed = oneEvent(el, 'iop-submit-failed');
        submit(el);
        await failed;
      } finally {
        methods.forEach((m, i) => (console[m] = originals[i]));
      }
      expect(seen.map(([type]) => type)).to.deep.equal(['iop-form-start', 'iop-submit', 'iop-submit-failed']);
      expect(seen[0][1]).to.equal(null);
      const typed = [everything.name, everything.phone, everything.email, everything.insurance, 'brother'];
      for (const [type, detail] of seen.filter(([type]) => type !== 'iop-submit')) {
        for (const value of typed) expect(JSON.stringify(detail ?? null), type).not.to.contain(value);
      }
      expect(JSON.stringify(logged)).not.to.contain('Ana');
      for (const request of await api.log()) expect(request.url).to.equal(api.url);
      expect(document.cookie).to.equal(cookies);
      expect(localStorage.length + sessionStorage.length).to.equal(0);
    });

    it('a bot that fills the honeypot sees a confirmation, and nothing is sent', async () => {
      const api = await endpoint();
      const el = await form({ url: api.url });
      const fetches = countFetches(api.url);
      try {
        fill(el, { ...minimal, iop_website: 'http://spam.example' });
        submit(el);
        await until(() => part(el, 'confirmation'), 'the confirmation');
      } finally {
        fetches.restore();
      }
      expect(fetches.calls).to.have.length(0);
    });

    it('a submit faster than min-fill-seconds sends nothing and asks to press again; later it sends', async () => {
      const api = await endpoint();
      const el = await form({ url: api.url });
      el.minFillSeconds = 1;
      await el.updateComplete;
      fill(el, minimal);
      const fetches = countFetches(api.url);
      const now = clock.now;
      try {
        submit(el);
        await el.updateComplete;
        expect(part(el, 'status')!.textContent).to.contain('press “Send request” once more to confirm');
        expect(fetches.calls).to.have.length(0);
        // A second later on the form's clock, no waiting.
        clock.now = () => now() + 1000;
        const submitted = oneEvent(el, 'iop-submitted');
        submit(el);
        await submitted;
      } finally {
        clock.now = now;
        fetches.restore();
      }
      expect(await api.log()).to.have.length(1);
    });
  });

  describe('facility and page', () => {
    it('takes endpoint, phone and name from the facility; its own attributes win', async () => {
      const facilityApi = await endpoint();
      const ownApi = await endpoint();
      const wrapper = await fixture(html`<iop-facility name="Harbor Recovery" phone="555-010-0199" endpoint=${facilityApi.url}>
        <iop-appointment-form min-fill-seconds="0"></iop-appointment-form>
        <iop-appointment-form min-fill-seconds="0" endpoint=${ownApi.url} phone="555-010-0777"></iop-appointment-form>
      </iop-facility>`);
      const [inherits, overrides] = wrapper.querySelectorAll('iop-appointment-form');
      await inherits.updateComplete;
      await overrides.updateComplete;
      expect(part(inherits, 'crisis')!.textContent).to.contain('555-010-0199');
      expect(part(overrides, 'crisis')!.textContent).to.contain('555-010-0777');
      for (const el of [inherits, overrides]) {
        fill(el, minimal);
        submit(el);
        await oneEvent(el, 'iop-submitted');
      }
      expect(await facilityApi.log()).to.have.length(1);
      expect(await ownApi.log()).to.have.length(1);
      expect(part(inherits, 'confirmation')!.textContent).to.contain('Harbor Recovery’s intake team');
    });

    it('several forms on one page keep their own values, errors and ids', async () => {
      const wrapper = await fixture(html`<div>
        <iop-appointment-form min-fill-seconds="0"></iop-appointment-form><iop-appointment-form min-fill-seconds="0"></iop-appointment-form>
      </div>`);
      const [a, b] = wrapper.querySelectorAll('iop-appointment-form');
      await b.updateComplete;
      fill(a, { name: 'Only in A' });
      submit(b);
      await b.updateComplete;
      expect(field(a, 'name').value).to.equal('Only in A');
      expect(field(b, 'name').value).to.equal('');
      expect(part(a, 'error-summary')).to.equal(null);
      expect(part(b, 'error-summary')).to.exist;
      expect($<HTMLLabelElement>(a, 'label[for="f-name"]').control).to.equal(field(a, 'name'));
      expect($<HTMLLabelElement>(b, 'label[for="f-name"]').control).to.equal(field(b, 'name'));
    });

    it('can be completed with the keyboard alone, the crisis links first: Tab, typing, Space to check, Enter to send', async () => {
      const api = await endpoint();
      const el = await form({ url: api.url, extra: `fields='{"contactMethod":"hidden","leaveMessage":"hidden"}'` });
      const before = document.createElement('button');
      el.before(before);
      before.focus();
      const order: string[] = [];
      const at = () => {
        const active = el.shadowRoot!.activeElement as HTMLInputElement | HTMLAnchorElement | null;
        return active instanceof HTMLAnchorElement ? active.getAttribute('href')! : (active?.name ?? '');
      };
      for (let i = 0; i < 5; i++) {
        await sendKeys({ press: 'Tab' });
        order.push(at());
      }
      // For whom: the first radio takes focus, Space chooses it; then the name.
      await sendKeys({ press: 'Tab' });
      order.push(at());
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      order.push(at());
      await sendKeys({ type: 'Sam Keys' });
      await sendKeys({ press: 'Tab' });
      order.push(at());
      await sendKeys({ type: '555 010 0142' });
      await sendKeys({ press: 'Tab' });
      order.push(at());
      await sendKeys({ press: 'Tab' });
      order.push(at());
      await sendKeys({ press: 'Tab' });
      order.push(at());
      await sendKeys({ press: 'Space' });
      expect(order).to.deep.equal(['tel:988', 'sms:988', 'tel:911', 'tel:18006624357', 'tel:+15550100199', 'forWhom', 'name', 'phone', 'email', 'program', 'consent']);
      expect(field(el, 'consent').checked).to.be.true;
      field(el, 'name').focus();
      const submitted = oneEvent(el, 'iop-submitted');
      await sendKeys({ press: 'Enter' });
      await submitted;
      const body = JSON.parse((await api.log())[0].body);
      expect(body).to.include({ forWhom: 'self', name: 'Sam Keys', phone: '555 010 0142', consent: true });
      before.remove();
    });
  });

  describe('bad configuration', () => {
    it('names bad attributes in the notice and still shows the form', async () => {
      const { el } = await fixtureWithError<IopAppointmentForm>(html`<iop-appointment-form
        endpoint="http://example.com/x"
        format="xml"
        fields='{"phone":"hidden","email":"hidden","age":"required"}'
        privacy-url="javascript:alert(1)"
      ></iop-appointment-form>`);
      expect(noticeLines(el)).to.deep.equal([
        'iop-appointment-form: endpoint: expected an https: URL, or a relative one on an https: page',
        'iop-appointment-form: format: expected one of json, form',
        'iop-appointment-form: fields: unknown key "age"; known keys: forWhom, phone, email, contactMethod, leaveMessage, bestTime, program, insurance, memberId, policyHolder, telehealth, message',
        'iop-appointment-form: privacy-url: only http:, https:, tel:, mailto: and relative links are allowed',
      ]);
      expect(field(el, 'name')).to.exist;
      expect(parts(el, 'field').length).to.be.at.least(4);
    });

    it('refuses to hide both phone and email', async () => {
      const { el } = await fixtureWithError<IopAppointmentForm>(html`<iop-appointment-form fields='{"phone":"hidden","email":"hidden"}'></iop-appointment-form>`);
      expect(noticeLines(el)).to.deep.equal(['iop-appointment-form: fields: needs at least one of phone, email']);
      expect(field(el, 'phone')).to.exist;
    });

    for (const endpointUrl of ['//other.example/x', 'http://other.example/x']) {
      it(`refuses ${endpointUrl}: resolved against this page it is not https, so nothing goes there`, async () => {
        // The tests run on http://localhost: a protocol-relative URL would be http to another host.
        const { el } = await fixtureWithError<IopAppointmentForm>(html`<iop-appointment-form endpoint=${endpointUrl} min-fill-seconds="0"></iop-appointment-form>`);
        expect(noticeLines(el)).to.deep.equal(['iop-appointment-form: endpoint: expected an https: URL, or a relative one on an https: page']);
        const fetches = countFetches('other.example');
        try {
          fill(el, minimal);
          const failed = oneEvent(el, 'iop-submit-failed');
          submit(el);
          expect((await failed).detail.error).to.equal('no-endpoint');
        } finally {
          fetches.restore();
        }
        expect(fetches.calls).to.have.length(0);
      });
    }

    for (const [what, value] of [
      ['null', null],
      ['a string', '1000'],
    ] as const) {
      it(`retryDelays set to ${what}: a notice, one warning, and the default retries (never stuck, never a flood)`, async () => {
        const api = await endpoint([{ status: 500 }]);
        const el = await form({ url: api.url });
        const sleep = clock.sleep;
        const waited: number[] = [];
        // The default delays pass at once on the form's clock; the 20 s attempt timeout does not.
        el.timeout = 20;
        clock.sleep = (ms) => (waited.push(ms), [1000, 3000, 9000].includes(ms) ? Promise.resolve() : sleep(ms));
        try {
          const warnings = await captureWarnings(async () => {
            const error = oneEvent(el, 'iop-config-error');
            (el as unknown as { retryDelays: unknown }).retryDelays = value;
            await error;
          });
          expect(warnings).to.have.length(1);
          expect(noticeLines(el)).to.deep.equal(['iop-appointment-form: retry-delays: expected a JSON array']);
          fill(el, minimal);
          const submitted = oneEvent(el, 'iop-submitted');
          submit(el);
          await submitted;
        } finally {
          clock.sleep = sleep;
        }
        expect(await api.log()).to.have.length(2);
        expect(waited).to.include(1000);
      });
    }
  });

  describe('Spanish', () => {
    it('reads naturally in Spanish, crisis lines first, and a Spanish locale in the payload', async () => {
      const api = await endpoint();
      const el = await form({ url: api.url, extra: 'lang="es-US"' });
      expect(part(el, 'heading')!.textContent).to.equal('Pida una cita');
      expect(part(el, 'crisis')!.textContent!.replace(/\s+/g, ' ')).to.contain('Este formulario no es para emergencias.').and.contain('envíe un mensaje de texto al 988 con la palabra AYUDA').and.contain('Línea Nacional de Ayuda de SAMHSA');
      expect(part(el, 'call')!.textContent).to.equal('Llámenos al +1 555 010 0199');
      expect($(el, 'fieldset.contact legend').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Teléfono o correo electrónico (al menos uno es obligatorio)');
      expect(part(el, 'submit')!.textContent!.trim()).to.equal('Enviar solicitud');
      await expect(el).to.be.accessible();
      fill(el, minimal);
      submit(el);
      await el.updateComplete;
      expect(part(el, 'status')!.textContent!.trim()).to.equal('Enviando…');
      await oneEvent(el, 'iop-submitted');
      expect(JSON.parse((await api.log())[0].body).locale).to.equal('es-US');
      await el.updateComplete;
      expect(part(el, 'confirmation')!.textContent).to.contain('Gracias, recibimos su solicitud').and.contain('Nuestro equipo de admisión le llamará al 555 010 0142 en un plazo de un día hábil.');
    });

    it('asks consent in native Spanish, not a word-for-word English sentence', async () => {
      const el = await form({ url: '/x', extra: 'lang="es-MX"' });
      expect(field(el, 'consent').closest('label')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Pueden comunicarse conmigo sobre esta solicitud por el medio que elegí (incluso por mensaje de texto, si lo elegí). (obligatorio)',
      );
      expect(el.shadowRoot!.textContent).not.to.match(/«|»|contactemos|fue enviada|su hora\)|Pulse /);
    });

    it('in Spanish, a failure is an error with the phone and one "Intentar de nuevo"', async () => {
      const api = await endpoint([{ status: 400 }]);
      const el = await form({ url: api.url, extra: 'lang="es"' });
      fill(el, minimal);
      const failed = oneEvent(el, 'iop-submit-failed');
      submit(el);
      await failed;
      await el.updateComplete;
      expect(part(el, 'failure')!.textContent!.replace(/\s+/g, ' ')).to.contain('Nuestro sistema no aceptó la solicitud (error 400).').and.contain('Todo lo que escribió sigue aquí.').and.contain('Llámenos al +1 555 010 0199.');
      expect(part(el, 'retry')!.textContent!.trim()).to.equal('Intentar de nuevo');
      await expect(el).to.be.accessible();
    });
  });
  describe('older browsers and http: pages', () => {
    it('sends without AbortSignal.any (Safari before 17.4, Firefox before 124, Chrome before 116): one POST and iop-submitted', async () => {
      const api = await endpoint();
      const el = await form({ url: api.url });
      const any = AbortSignal.any;
      delete (AbortSignal as { any?: unknown }).any;
      try {
        fill(el, minimal);
        const submitted = oneEvent(el, 'iop-submitted');
        submit(el);
        expect((await submitted).detail.status).to.equal(201);
      } finally {
        AbortSignal.any = any;
      }
      expect(await api.log()).to.have.length(1);
    });

    it('sends on an http: page, where crypto.randomUUID is missing: one POST, a v4 UUID as its key, and iop-submitted', async () => {
      const api = await endpoint();
      const el = await form({ url: api.url });
      const randomUUID = Object.getOwnPropertyDescriptor(Crypto.prototype, 'randomUUID')!;
      delete (Crypto.prototype as { randomUUID?: unknown }).randomUUID;
      try {
        fill(el, minimal);
        const submitted = oneEvent(el, 'iop-submitted');
        submit(el);
        await submitted;
      } finally {
        Object.defineProperty(Crypto.prototype, 'randomUUID', randomUUID);
      }
      const log = await api.log();
      expect(log).to.have.length(1);
      const { requestId } = JSON.parse(log[0].body);
      expect(requestId).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(log[0].headers['idempotency-key']).to.equal(requestId);
    });
  });

  describe('the admissions conversation', () => {
    it('asks for whom first; for someone else, the name is the asker\'s own and the confirmation says so, with the best time (en and es)', async () => {
      for (const [lang, hint, time, other] of [
        ['en', 'Your own name: we will talk with you first.', 'We will try to reach you in the evening, your time.', 'We will talk with you first about how to help them.'],
        ['es', 'Escriba su propio nombre: primero hablaremos con usted.', 'Intentaremos comunicarnos con usted por la noche (hora local).', 'Primero hablaremos con usted sobre cómo ayudar a esa persona.'],
      ]) {
        const api = await endpoint();
        const el = await form({ url: api.url, extra: `lang="${lang}" fields='{"bestTime":"optional"}'` });
        expect(shownFields(el)[0]).to.equal('forWhom');
        expect([...el.shadowRoot!.querySelectorAll('[name="forWhom"]')].map((radio) => radio.closest('label')!.textContent!.trim())).to.deep.equal(
          lang === 'en' ? ['For me', 'For someone I care about'] : ['Para mí', 'Para un ser querido'],
        );
        expect($(el, '#h-name')).to.equal(null);
        fill(el, { forWhom: 'someone-else' });
        await el.updateComplete;
        expect($(el, '#h-name').textContent).to.equal(hint);
        expect(field(el, 'name').getAttribute('aria-describedby')).to.contain('h-name');
        await expect(el).to.be.accessible();
        fill(el, { ...minimal, bestTime: 'evening' });
        submit(el);
        await oneEvent(el, 'iop-submitted');
        await el.updateComplete;
        const text = part(el, 'confirmation')!.textContent!.replace(/\s+/g, ' ');
        expect(text, lang).to.contain(time).and.contain(other);
        // The form is gone: the crisis lines stay, without saying what the form was not for.
        expect(part(el, 'crisis')!.querySelectorAll('a[href="tel:988"], a[href="sms:988"]')).to.have.length(2);
        expect(text).not.to.contain('not for emergencies').and.not.contain('no es para emergencias');
        expect(JSON.parse((await api.log())[0].body)).to.include({ forWhom: 'someone-else', bestTime: 'evening' });
      }
    });

    it('asks whether a message may say who is calling for a call or a text, not for an email; the answer travels', async () => {
      const api = await endpoint();
      const el = await form({ url: api.url });
      expect(shownFields(el)).to.include('leaveMessage');
      expect($(el, '#h-leaveMessage').textContent).to.contain('shared phone');
      fill(el, { contactMethod: 'email' });
      await el.updateComplete;
      expect(shownFields(el)).not.to.include('leaveMessage');
      fill(el, { contactMethod: 'text' });
      await el.updateComplete;
      fill(el, { ...minimal, leaveMessage: 'no' });
      submit(el);
      await oneEvent(el, 'iop-submitted');
      expect(JSON.parse((await api.log())[0].body)).to.include({ contactMethod: 'text', leaveMessage: 'no' });
    });

    describe('the facility line and admissions-hours', () => {
      // Facility in Chicago, visitor in New York (the test browser's zone).
      const hours = `{"mon":"08:00-20:00","tue":"08:00-20:00","wed":"08:00-20:00","thu":"08:00-20:00","fri":"08:00-20:00"}`;
      async function facilityForm(admissions: string | null, lang = 'en') {
        const wrapper = await fixture(html`<iop-facility lang=${lang} phone="+1 555 010 0199" timezone="America/Chicago" admissions-hours=${admissions ?? nothing}>
          <iop-appointment-form></iop-appointment-form>
        </iop-facility>`);
        const el = wrapper.querySelector('iop-appointment-form')!;
        await el.updateComplete;
        return el;
      }
      const at = async (iso: string, run: () => Promise<void>) => {
        const date = clock.date;
        clock.date = () => Date.parse(iso);
        try {
          await run();
        } finally {
          clock.date = date;
        }
      };

      it('"24/7": says so after the facility\'s number', async () => {
        const el = await facilityForm('24/7');
        expect(part(el, 'hours')!.textContent).to.equal('Answered 24/7.');
        expect(part(el, 'call')!.compareDocumentPosition(part(el, 'hours')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
        expect((await facilityForm('24/7', 'es')).shadowRoot!.querySelector('[part~="hours"]')!.textContent).to.equal('Atendemos las 24 horas, todos los días.');
      });

      it('office hours: answered now and until when, in the visitor\'s time', async () => {
        // Monday 09:00 in Chicago is 10:00 in New York; it closes at 20:00 Chicago, 9:00 PM New York.
        await at('2026-12-07T15:00:00Z', async () => {
          expect(part(await facilityForm(hours), 'hours')!.textContent).to.equal('Answered now, until 9:00 PM your time.');
          expect(part(await facilityForm(hours, 'es'), 'hours')!.textContent!.replace(/\s/g, ' ')).to.equal('Estamos atendiendo ahora, hasta las 21:00 (hora local).');
        });
      });

      it('office hours at 2 a.m.: not answered now, and when it is again, in the visitor\'s time', async () => {
        // Saturday 02:00 in New York: the line opens again on Monday at 08:00 Chicago, 9:00 AM New York.
        await at('2026-12-05T07:00:00Z', async () => {
          const el = await facilityForm(hours);
          expect(part(el, 'hours')!.textContent).to.equal('Not answered now; answered from Monday 9:00 AM your time.');
          await expect(el).to.be.accessible();
          expect(part(await facilityForm(hours, 'es'), 'hours')!.textContent!.replace(/\s/g, ' ')).to.equal('En este momento no atendemos; volvemos a atender el lunes, 9:00 (hora local).');
        });
        // Overnight hours (an end before the start) from the day before: still answered at 1 a.m. Chicago.
        await at('2026-12-08T07:00:00Z', async () => {
          expect(part(await facilityForm(`{"mon":"18:00-02:00"}`), 'hours')!.textContent).to.equal('Answered now, until 3:00 AM your time.');
        });
      });

      it('rendered with no visitor (a prerendered page): the week\'s hours in the facility\'s zone, nothing said of "now"', async () => {
        const page = globalThis as { __iopStatic?: boolean };
        // What prerender/index.mjs sets before the kit renders a static page.
        page.__iopStatic = true;
        try {
          await at('2026-12-07T15:00:00Z', async () => {
            const el = await facilityForm(`{"mon":"08:00-20:00","tue":"08:00-20:00","wed":"08:00-20:00","thu":"08:00-20:00","fri":"08:00-20:00","sat":"09:00-13:00"}`);
            expect(part(el, 'hours')!.textContent!.replace(/\s/g, ' ')).to.equal('Answered Monday to Friday, 8:00 AM to 8:00 PM; Saturday, 9:00 AM to 1:00 PM (Central Time).');
            await expect(el).to.be.accessible();
            const es = await facilityForm(hours, 'es');
            expect(part(es, 'hours')!.textContent!.replace(/\s/g, ' ')).to.equal('Atendemos de lunes a viernes, de 8:00 a 20:00 (hora del centro).');
            // A lone day, and a range past midnight.
            expect(part(await facilityForm(`{"sun":"18:00-02:00"}`), 'hours')!.textContent!.replace(/\s/g, ' ')).to.equal('Answered Sunday, 6:00 PM to 2:00 AM (Central Time).');
          });
        } finally {
          delete page.__iopStatic;
        }
        // The module in a visitor's browser: the statement about now.
        await at('2026-12-07T15:00:00Z', async () => {
          expect(part(await facilityForm(hours), 'hours')!.textContent).to.equal('Answered now, until 9:00 PM your time.');
        });
      });

      it('no admissions-hours: nothing is claimed', async () => {
        const el = await facilityForm(null);
        expect(part(el, 'hours')).to.equal(null);
        expect(part(el, 'crisis')!.textContent).not.to.match(/answered/i);
      });
    });

    it('knows the outcome within 30 s by default when the endpoint never answers, and says trying again will not send it twice', async () => {
      const api = await endpoint([{ hang: true }, { hang: true }, { hang: true }, { hang: true }]);
      const wrapper = await fixture(html`<div .innerHTML=${`<iop-appointment-form endpoint="${api.url}" min-fill-seconds="0" phone="+1 555 010 0199"></iop-appointment-form>`}></div>`);
      const el = wrapper.querySelector('iop-appointment-form')!;
      await el.updateComplete;
      // The form's clock runs at once: each wait ends on the next task, and its time is counted.
      const { now, sleep } = clock;
      const start = now();
      let elapsed = start;
      clock.now = () => elapsed;
      clock.sleep = (ms, signal) =>
        new Promise((resolve) => {
          const due = elapsed + ms;
          const timer = setTimeout(() => ((elapsed = Math.max(elapsed, due)), resolve()), 0);
          signal?.addEventListener('abort', () => clearTimeout(timer), { once: true });
        });
      try {
        fill(el, minimal);
        const failed = oneEvent(el, 'iop-submit-failed');
        submit(el);
        expect((await failed).detail.error).to.equal('timeout');
      } finally {
        Object.assign(clock, { now, sleep });
      }
      expect(elapsed - start).to.be.at.most(30_000);
      await el.updateComplete;
      expect(part(el, 'failure')!.textContent).to.contain('Trying again will not send it twice.').and.contain('+1 555 010 0199');
    });

    it('a 429 whose Retry-After is longer than what is left of the wait fails at once, with the phone', async () => {
      const api = await endpoint([{ status: 429, retryAfter: 45 }]);
      const el = await form({ url: api.url, extra: 'lang="es"' });
      fill(el, minimal);
      const failed = oneEvent(el, 'iop-submit-failed');
      submit(el);
      expect((await failed).detail.error).to.equal('http-429');
      expect(await api.log()).to.have.length(1);
      await el.updateComplete;
      expect(part(el, 'failure')!.textContent).to.contain('Si lo intenta de nuevo, no se enviará dos veces.').and.contain('+1 555 010 0199');
    });
  });

  describe('coverage questions', () => {
    it('off by default; fields turns them on: the facility\'s carriers plus Other, none and not sure, a member ID without autocomplete, and whose plan', async () => {
      const api = await endpoint();
      const wrapper = await fixture(html`<iop-facility carriers='["Aetna", { "name": "Blue Cross Blue Shield", "note": "PPO" }]' endpoint=${api.url}>
        <iop-appointment-form min-fill-seconds="0"></iop-appointment-form>
        <iop-appointment-form min-fill-seconds="0" fields='{"insurance":"optional"}'></iop-appointment-form>
      </iop-facility>`);
      const [plain, el] = wrapper.querySelectorAll('iop-appointment-form');
      await el.updateComplete;
      expect(shownFields(plain)).not.to.include.members(['insurance']);
      expect(shownFields(el).slice(-4)).to.deep.equal(['insurance', 'memberId', 'policyHolder', 'consent']);
      expect([...el.shadowRoot!.querySelectorAll('select[name="insurance"] option')].map((o) => [(o as HTMLOptionElement).value, o.textContent])).to.deep.equal([
        ['', 'Choose one'],
        ['Aetna', 'Aetna'],
        ['Blue Cross Blue Shield', 'Blue Cross Blue Shield'],
        ['other', 'Other'],
        ['none', 'I don’t have insurance'],
        ['unsure', 'I’m not sure'],
      ]);
      expect(field(el, 'memberId').autocomplete).to.equal('off');
      expect([...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[name="policyHolder"]')].map((r) => r.value)).to.deep.equal(['self', 'parent', 'spouse', 'other']);
      await expect(el).to.be.accessible();
      fill(el, { ...minimal, insurance: 'unsure', policyHolder: 'spouse' });
      submit(el);
      await oneEvent(el, 'iop-submitted');
      const body = JSON.parse((await api.log())[0].body);
      expect(body).to.include({ insurance: 'unsure', policyHolder: 'spouse' });
      expect(body).not.to.have.property('memberId');
    });

    it('with no carriers known, insurance is free text; in Spanish too', async () => {
      const el = await form({ extra: `lang="es" fields='{"insurance":"required"}'` });
      expect(field(el, 'insurance').localName).to.equal('input');
      expect($(el, 'label[for="f-insurance"]').textContent).to.contain('Seguro médico').and.contain('(obligatorio)');
      expect($(el, 'label[for="f-memberId"]').textContent).to.contain('Número de miembro');
      expect(field(el, 'policyHolder').closest('fieldset')!.querySelector('legend')!.textContent).to.contain('¿Quién es el titular del plan?');
      await expect(el).to.be.accessible();
    });

    it('askInsurance() turns them on, optional, and moves focus to insurance; false once the confirmation shows', async () => {
      const api = await endpoint();
      const el = await form({ url: api.url, extra: '' });
      expect(shownFields(el)).not.to.include('insurance');
      expect(el.askInsurance()).to.equal(true);
      await el.updateComplete;
      await el.updateComplete;
      expect(shownFields(el)).to.include.members(['insurance', 'memberId', 'policyHolder']);
      expect(el.shadowRoot!.activeElement).to.equal(field(el, 'insurance'));
      expect(field(el, 'insurance').required).to.be.false;
      fill(el, minimal);
      submit(el);
      await oneEvent(el, 'iop-submitted');
      await el.updateComplete;
      expect(el.askInsurance()).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'confirmation'));
    });
  });
});
