import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { contrast, mountConfigurator, type ConfigIssueAt } from '../demo/configurator.js';

const scriptUrl = new URL('/dist/iop-widgets.js', location.href).href;

/** The configurator in a fresh fixture, once its first check has run. */
async function configurator() {
  const root = await fixture<HTMLDivElement>(html`<div></div>`);
  let latest: { issues: ConfigIssueAt[]; snippet: string } | undefined;
  root.addEventListener('configurator-checked', (e) => (latest = (e as CustomEvent).detail));
  mountConfigurator(root, { scriptUrl, debounce: 0 });
  const snippet = () => root.querySelector<HTMLTextAreaElement>('textarea.snippet')!.value;
  /** Waits until the snippet as it stands has been run and checked; returns what the kit reported. */
  const settled = async () => {
    await waitUntil(() => latest?.snippet === snippet(), 'the snippet was not checked', { timeout: 4000 });
    return latest!.issues;
  };
  await settled();
  /** The control a label names (a field's label, or the label around a radio or checkbox). */
  const control = <T extends HTMLElement = HTMLInputElement>(label: string, within: ParentNode = root): T => {
    const found = [...within.querySelectorAll('label')].find((l) => l.textContent!.replace(/\s+/g, ' ').trim().startsWith(label));
    if (!found) throw new Error(`no control labelled "${label}"`);
    return (found.htmlFor ? root.querySelector(`#${found.htmlFor}`) : found.querySelector('input')) as T;
  };
  const button = (name: string, within: ParentNode = root) => {
    const found = [...within.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === name);
    if (!found) throw new Error(`no button "${name}"`);
    return found;
  };
  const type = async (label: string, text: string, within?: ParentNode) => {
    control(label, within).focus();
    await sendKeys({ type: text });
    return settled();
  };
  /** Sets a select, colour or time input as the browser would after a pick, and waits for the check. */
  const pick = async (el: HTMLInputElement | HTMLSelectElement, value: string) => {
    el.value = value;
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    return settled();
  };
  const click = async (el: HTMLElement) => {
    el.click();
    return settled();
  };
  const errorOf = (el: HTMLElement) => el.closest('.field')!.querySelector('.error') as HTMLElement;
  const track = (n: number) => root.querySelectorAll('fieldset.track')[n - 1] as HTMLFieldSetElement;
  return { root, settled, control, button, type, pick, click, errorOf, snippet, track };
}

/** Opens `snippet` as a page of its own, as a site would after pasting it; returns its document. */
async function openSnippet(snippet: string) {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  document.body.append(frame);
  await new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${snippet}</body></html>`;
  });
  const win = frame.contentWindow as Window & typeof globalThis;
  const els = [...win.document.querySelectorAll('iop-facility, iop-level-of-care, iop-schedule')];
  await Promise.all(els.map((el) => win.customElements.whenDefined(el.localName)));
  await Promise.all(els.map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
  return { doc: win.document, remove: () => frame.remove() };
}

const fold = (text: string) => text.replace(/[\s\u202f]+/g, ' ').trim();

describe('configurator (demo/configurator.html)', () => {
  it('starts with a working snippet for the level of care, and is accessible', async () => {
    const { root, snippet } = await configurator();
    expect(snippet()).to.equal(`<script type="module" src="${scriptUrl}"></script>\n\n<iop-level-of-care current="2.1" offered='["2.1"]'></iop-level-of-care>\n`);
    const desktop = root.querySelector<HTMLIFrameElement>('iframe[title="Preview at desktop width"]')!;
    const previewed = desktop.contentDocument!.querySelector('iop-level-of-care')!;
    expect(previewed.shadowRoot!.querySelector('[part~="current"]')!.textContent).to.contain('Intensive outpatient (IOP)');
    await expect(root).to.be.accessible();
  });

  it('builds a schedule through the controls; the copied snippet shows exactly that in a fresh page', async () => {
    const c = await configurator();
    await c.click(c.control('Schedule'));
    await c.type('Name', 'Harbor Recovery');
    await c.type('Phone', '+1 555 010 0199');
    await c.pick(c.control<HTMLSelectElement>('Time zone'), 'America/Chicago');
    await c.pick(c.control<HTMLSelectElement>('Language'), 'es');
    await c.type('Program length in weeks', '10');

    // A track: the name takes focus when it is added, and keeps the apostrophe that breaks hand-written JSON.
    await c.click(c.button('Add a track'));
    expect(document.activeElement).to.equal(c.control('Name', c.track(1)));
    await sendKeys({ type: 'Women’s group' });
    await c.type('Note', "Bring a friend's number", c.track(1));
    await c.click(c.control('Also by video', c.track(1)));
    await c.pick(c.control<HTMLSelectElement>('Day, session 1', c.track(1)), 'wed');
    await c.pick(c.control('Starts', c.track(1)), '18:00');
    await c.pick(c.control('Ends', c.track(1)), '20:30');
    const issues = await c.click(c.button('Add a session', c.track(1)));
    expect(issues).to.deep.equal([]);
    expect(document.activeElement).to.equal(c.control('Day, session 2', c.track(1)));

    const snippet = c.snippet();
    expect(snippet).to.contain(`<iop-facility name="Harbor Recovery" phone="+1 555 010 0199" timezone="America/Chicago">`);
    expect(snippet).to.contain('Bring a friend&#39;s number');

    c.button('Copy the snippet').click();
    await waitUntil(() => c.button('Copy the snippet').nextElementSibling!.textContent!.startsWith('Copied'), 'no “Copied” status');
    const copied = await navigator.clipboard.readText();
    expect(copied).to.equal(snippet);

    const page = await openSnippet(copied);
    const schedule = page.doc.querySelector('iop-schedule')!.shadowRoot!;
    expect(schedule.querySelector('[part~="heading"]')!.textContent).to.equal('Horario del programa');
    expect(fold(schedule.querySelector('[part~="summary"]')!.textContent!)).to.contain('10 semanas');
    const rows = [...schedule.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => fold(cell.textContent!)));
    expect(rows).to.have.length(1);
    expect(rows[0][0]).to.equal('Women’s group');
    expect(schedule.querySelector('[part~="telehealth"]')).to.exist;
    expect(schedule.querySelector('[part~="track"]')!.textContent).to.contain("Bring a friend's number");
    // Wednesday 18:00–20:30 and Thursday 18:00–20:30, Chicago time, in Spanish.
    expect([...schedule.querySelectorAll('thead th')].map((th) => fold(th.textContent!))).to.deep.equal(['Turno', 'Lunes', 'Martes', 'Miércoles', 'Jueves', 'Viernes']);
    expect(rows[0].slice(1).map((cell) => /^18:00 ?– ?20:30 hora central/.test(cell)), JSON.stringify(rows)).to.deep.equal([false, false, true, true, false]);
    page.remove();
  });

  it('loads a pasted snippet back into the controls, and gives the same snippet out', async () => {
    const c = await configurator();
    const pasted = `<script type="module" src="https://cdn.example/iop-widgets.js"></script>

<iop-facility name="Harbor &amp; Bay" phone="+1 555 010 0199" style="--iop-color-primary: #7a1f5c">
  <iop-schedule lang="es">
    <script type="application/json">
      {
        "weeks": "8-12",
        "tracks": [
          {
            "name": "Evening <IOP>",
            "telehealth": true,
            "sessions": [
              {
                "day": "mon",
                "start": "18:00",
                "end": "21:00"
              }
            ]
          }
        ],
        "strings": {
          "heading": "Cuándo nos reunimos"
        }
      }
    </script>
  </iop-schedule>
</iop-facility>
`;
    c.control<HTMLTextAreaElement>('Paste a snippet').value = pasted;
    await c.click(c.button('Load this snippet'));
    expect(c.control('Name').value).to.equal('Harbor & Bay');
    expect(c.control('Schedule').checked).to.be.true;
    expect(c.control('In a script child').checked).to.be.true;
    expect(c.control('Name', c.track(1)).value).to.equal('Evening <IOP>');
    expect(c.control<HTMLSelectElement>('Language').value).to.equal('es');
    expect(c.control('Brand colour').value).to.equal('#7a1f5c');
    expect(c.root.querySelector('#kept')!.textContent).to.contain(': strings.');
    // The same snippet, but `<` escaped inside the script child so no value can close it.
    expect(c.snippet()).to.equal(pasted.replace('Evening <IOP>', 'Evening \\u003cIOP>'));

    // And the attribute form of the same thing round-trips too.
    await c.click(c.control('Configuration in attributes'));
    const attributes = c.snippet();
    c.control<HTMLTextAreaElement>('Paste a snippet').value = attributes;
    await c.click(c.button('Load this snippet'));
    expect(c.snippet()).to.equal(attributes);
  });

  it('keeps what it has no control for (custom levels, strings, an address, a class, other styles), and shows an unknown zone as it is', async () => {
    const c = await configurator();
    const pasted = `<script type="module" src="/dist/iop-widgets.js"></script>

<iop-facility name="Harbor" timezone="America/Atlantis" address='{"city":"Tulsa"}' style="margin: 0; --iop-color-primary: #7a1f5c">
  <iop-level-of-care class="wide" current="2.1" offered='["2.1"]' levels='[{"code":"2.1","name":"Evening IOP"}]' strings='{"thisProgram":"You are here"}'></iop-level-of-care>
</iop-facility>
`;
    c.control<HTMLTextAreaElement>('Paste a snippet').value = pasted;
    const issues = await c.click(c.button('Load this snippet'));
    // The same snippet, the element's own attributes first and what was kept after them.
    expect(c.snippet()).to.equal(pasted.replace(` class="wide" current="2.1" offered='["2.1"]'`, ` current="2.1" offered='["2.1"]' class="wide"`));
    expect(c.root.querySelector('#kept')!.textContent).to.equal('Kept from the snippet you loaded, as it was (edit it there): address, class, levels, strings, other styles.');
    const zone = c.control<HTMLSelectElement>('Time zone');
    expect(zone.selectedOptions[0].textContent).to.equal('America/Atlantis (from your snippet)');
    expect(issues.map((i) => `${i.tag} ${i.path}`)).to.deep.equal(['iop-facility timezone']);
    expect(zone.getAttribute('aria-invalid')).to.equal('true');
    // A control still edits around what was kept.
    await c.click(c.control('Table'));
    expect(c.snippet()).to.contain(`<iop-level-of-care current="2.1" offered='["2.1"]' view="table" class="wide" levels='[{"code":"2.1","name":"Evening IOP"}]' strings='{"thisProgram":"You are here"}'>`);
  });

  it('says what is wrong with a pasted snippet, and keeps the settings', async () => {
    const c = await configurator();
    await c.type('Name', 'Harbor Recovery');
    const paste = c.control<HTMLTextAreaElement>('Paste a snippet');
    paste.value = '<p>Our program</p>';
    c.button('Load this snippet').click();
    expect(paste.getAttribute('aria-invalid')).to.equal('true');
    expect(c.root.querySelector('#paste-error')!.textContent).to.contain('No <iop-level-of-care> or <iop-schedule> found');
    expect(document.activeElement).to.equal(paste);
    paste.value = `<iop-schedule tracks='[{"name": "A"'></iop-schedule>`;
    c.button('Load this snippet').click();
    expect(c.root.querySelector('#paste-error')!.textContent).to.contain('The tracks attribute of <iop-schedule> is not valid JSON');
    expect(c.control('Name').value).to.equal('Harbor Recovery');
    await expect(c.root).to.be.accessible();
  });

  it('shows what the kit rejects next to the control at fault, and clears it once fixed', async () => {
    const c = await configurator();
    let issues = await c.type('Phone', 'call us');
    expect(issues.map((i) => `${i.tag} ${i.path}`)).to.deep.equal(['iop-facility phone']);
    let phone = c.control('Phone');
    expect(phone.getAttribute('aria-invalid')).to.equal('true');
    expect(c.errorOf(phone).textContent).to.equal('expected a phone number of 7 to 15 digits');
    expect(phone.getAttribute('aria-describedby')).to.contain(c.errorOf(phone).id);

    await c.click(c.control('Schedule'));
    await c.click(c.button('Add a track'));
    await sendKeys({ type: 'Morning' });
    const end = c.control('Ends', c.track(1));
    await c.pick(end, '08:00');
    issues = await c.type('Program length in weeks', '12-8');
    expect(issues.map((i) => `${i.tag} ${i.path}`)).to.have.members(['iop-facility phone', 'iop-schedule tracks[0].sessions[0].end', 'iop-schedule weeks']);
    expect(c.errorOf(end).textContent).to.equal('the end must be after the start');
    expect(end.getAttribute('aria-invalid')).to.equal('true');
    expect(c.errorOf(c.control('Program length in weeks')).hidden).to.be.false;
    await expect(c.root).to.be.accessible();

    // Two sessions of one track on the same day that overlap: the message sits at the later session.
    await c.pick(end, '12:00');
    await c.click(c.button('Add a session', c.track(1)));
    issues = await c.pick(c.control<HTMLSelectElement>('Day, session 2', c.track(1)), 'mon');
    expect(issues.map((i) => i.path)).to.include('tracks[0].sessions[1]');
    expect(c.errorOf(c.control('Day, session 2', c.track(1))).textContent).to.match(/overlap/);

    // Removing the only session: the track itself says it needs one.
    await c.click(c.button('Remove session 2 of track 1'));
    await c.click(c.button('Remove session 1 of track 1'));
    expect((c.track(1).querySelector(':scope > .error') as HTMLElement).textContent).to.not.equal('');

    // The controls were rebuilt for the schedule: the phone field is a new one, still marked.
    phone = c.control('Phone');
    expect(phone.getAttribute('aria-invalid')).to.equal('true');
    phone.focus();
    phone.select();
    await sendKeys({ type: '+1 555 010 0199' });
    issues = await c.settled();
    expect(phone.value).to.equal('+1 555 010 0199');
    expect(issues.map((i) => i.path)).to.not.include('phone');
    expect(phone.hasAttribute('aria-invalid')).to.be.false;
    expect(c.errorOf(phone).hidden).to.be.true;
  });

  it('adds, reorders and removes tracks from the keyboard, with focus kept on the moved track', async () => {
    const c = await configurator();
    await c.click(c.control('Schedule'));
    for (const name of ['Morning', 'Evening']) {
      await c.click(c.button('Add a track'));
      await sendKeys({ type: name });
    }
    c.button('Move track down, track 1').focus();
    await sendKeys({ press: 'Enter' });
    await c.settled();
    expect([1, 2].map((n) => c.control('Name', c.track(n)).value)).to.deep.equal(['Evening', 'Morning']);
    // Focus follows the track to its new place: the last track's "Move up".
    expect(document.activeElement).to.equal(c.button('Move track up, track 2'));
    expect(c.button('Move track down, track 2').disabled).to.be.true;
    expect(JSON.parse(/tracks='([^']*)'/.exec(c.snippet())![1]).map((t: { name: string }) => t.name)).to.deep.equal(['Evening', 'Morning']);

    // Sessions reorder the same way: a phone lists each track's sessions in this order.
    await c.click(c.button('Add a session', c.track(2)));
    expect(c.control<HTMLSelectElement>('Day, session 2', c.track(2)).value).to.equal('tue');
    c.button('Move up, session 2 of track 2').focus();
    await sendKeys({ press: 'Enter' });
    await c.settled();
    expect([1, 2].map((n) => c.control<HTMLSelectElement>(`Day, session ${n}`, c.track(2)).value)).to.deep.equal(['tue', 'mon']);
    expect(document.activeElement).to.equal(c.button('Move down, session 1 of track 2'));

    c.button('Remove track 1').focus();
    await sendKeys({ press: 'Enter' });
    await c.settled();
    expect(c.root.querySelectorAll('fieldset.track')).to.have.length(1);
    expect(document.activeElement).to.equal(c.button('Add a track'));
    expect(c.root.querySelector('.visually-hidden[role="status"]')!.textContent).to.equal('Track 1 removed.');
    await expect(c.root).to.be.accessible();
  });

  it('warns when the brand colour is too light to read on white', async () => {
    expect(contrast('#000000', '#ffffff')).to.equal(21);
    expect(contrast('#0b5c6b', '#ffffff')).to.be.above(4.5);
    const c = await configurator();
    const colour = c.control('Brand colour');
    await c.pick(colour, '#f2b705');
    const warning = c.root.querySelector('#colour-warning')!;
    expect(warning.textContent).to.match(/^Contrast with white is 1\.\d:1, below the 4\.5:1/);
    expect(colour.getAttribute('aria-describedby')).to.contain('colour-warning');
    expect(c.snippet()).to.contain('style="--iop-color-primary: #f2b705"');
    await c.pick(colour, '#7a1f5c');
    expect(warning.textContent).to.equal('');
  });

  it('level of care: the level, the levels offered and the view reach the snippet and the page', async () => {
    const c = await configurator();
    await c.pick(c.control<HTMLSelectElement>('This program’s level'), '2.5');
    await c.click(c.control('1 Outpatient services'));
    await c.click(c.control('Table'));
    await c.type('Heading', 'Where we fit');
    expect(c.control('2.5 Partial hospitalization (PHP)').checked).to.be.true;
    const page = await openSnippet(c.snippet());
    const el = page.doc.querySelector('iop-level-of-care')!.shadowRoot!;
    expect(el.querySelector('[part~="heading"]')!.textContent).to.equal('Where we fit');
    expect(el.querySelector('table')).to.exist;
    expect(el.querySelector('[part~="current"]')!.textContent).to.contain('Partial hospitalization');
    const offered = [...el.querySelectorAll('tbody tr')].filter((row) => !/Not offered/.test(row.textContent!)).map((row) => fold(row.querySelector('th')!.textContent!));
    expect(offered).to.deep.equal(['1 Outpatient services', '2.1 Intensive outpatient (IOP)', '2.5 Partial hospitalization (PHP)']);
    page.remove();
  });
});
