import { expect, fixture, html } from '@open-wc/testing';
import './define-all.js';
import type { IopFacility } from '../src/iop-facility/iop-facility.js';
import type { IopLevelOfCare } from '../src/iop-level-of-care/iop-level-of-care.js';
import { captureWarnings, fixtureWithError, noticeLines, part } from './helpers.js';
import { LitElement } from 'lit';
import { consume } from '@lit/context';
import { facilityContext, type Facility } from '../src/shared/facility-context.js';

/** Sees what the facility shares, as any element of the kit would. */
class FacilityProbe extends LitElement {
  @consume({ context: facilityContext, subscribe: true }) facility?: Facility;
}
customElements.define('facility-probe', FacilityProbe);

const note = (el: Element) => part(el, 'note')!.textContent!.replace(/\s+/g, ' ');
const settle = async (...els: (IopFacility | IopLevelOfCare)[]) => {
  for (const el of els) await el.updateComplete;
  for (const el of els) await el.updateComplete;
};

describe('iop-facility', () => {
  it('hands its name and phone to the elements inside it', async () => {
    const facility = await fixture<IopFacility>(html`<iop-facility name="Harbor Recovery" phone="+1 555 010 0199">
      <section><iop-level-of-care></iop-level-of-care></section>
    </iop-facility>`);
    const loc = facility.querySelector('iop-level-of-care')!;
    await settle(facility, loc);
    expect(note(loc)).to.contain('call Harbor Recovery at +1 555 010 0199');
    expect(part(loc, 'note')!.querySelector('a')!.getAttribute('href')).to.equal('tel:+15550100199');
  });

  it('lets an element’s own attribute win', async () => {
    const facility = await fixture<IopFacility>(html`<iop-facility name="Harbor Recovery" phone="555-010-0199">
      <iop-level-of-care phone="555-010-0777"></iop-level-of-care>
    </iop-facility>`);
    const loc = facility.querySelector('iop-level-of-care')!;
    await settle(facility, loc);
    expect(note(loc)).to.contain('call Harbor Recovery at 555-010-0777');
  });

  it('passes on a change made after upgrade', async () => {
    const facility = await fixture<IopFacility>(html`<iop-facility phone="555-010-0199"><iop-level-of-care></iop-level-of-care></iop-facility>`);
    const loc = facility.querySelector('iop-level-of-care')!;
    facility.setAttribute('name', 'Harbor Evening IOP');
    await settle(facility, loc);
    expect(note(loc)).to.contain('call Harbor Evening IOP at 555-010-0199');
  });

  it('reaches elements moved in by script, and lets go of them when moved out', async () => {
    const wrapper = await fixture(html`<div><iop-facility phone="555-010-0199"></iop-facility><iop-level-of-care></iop-level-of-care></div>`);
    const facility = wrapper.querySelector('iop-facility')!;
    const loc = wrapper.querySelector('iop-level-of-care')!;
    await settle(facility, loc);
    const phoneLink = () => Boolean(part(loc, 'note')!.querySelector('a'));
    expect(phoneLink()).to.be.false;
    facility.append(loc);
    await settle(facility, loc);
    expect(note(loc)).to.contain('555-010-0199');
    wrapper.append(loc);
    await settle(facility, loc);
    expect(phoneLink()).to.be.false;
  });

  it('leaves the page’s own layout and text styles alone', async () => {
    const wrapper = await fixture(html`<div style="display: flex; gap: 8px; color: rgb(1, 2, 3); font-family: serif">
      <iop-facility><p id="a">Welcome</p><p id="b">Call us</p></iop-facility>
    </div>`);
    const [a, b] = [wrapper.querySelector('#a')!, wrapper.querySelector('#b')!];
    expect(getComputedStyle(a).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(a).fontFamily).to.equal('serif');
    // display: contents, so the paragraphs are flex items of the page's container, side by side.
    expect(a.getBoundingClientRect().top).to.equal(b.getBoundingClientRect().top);
  });

  describe('bad configuration', () => {
    it('a javascript: url gives the notice and the event, and the elements inside keep working', async () => {
      const { el, issues } = await fixtureWithError<IopFacility>(html`<iop-facility url="javascript:alert(1)" phone="555-010-0199">
        <iop-level-of-care></iop-level-of-care>
      </iop-facility>`);
      expect(issues).to.deep.equal([{ path: 'url', message: 'only http:, https:, tel:, mailto: and relative links are allowed' }]);
      expect(noticeLines(el)).to.deep.equal(['iop-facility: url: only http:, https:, tel:, mailto: and relative links are allowed']);
      const loc = el.querySelector('iop-level-of-care')!;
      await settle(el, loc);
      expect(Boolean(part(loc, 'error'))).to.be.false;
      expect(note(loc)).to.contain('555-010-0199');
      await expect(el).to.be.accessible();
    });

    it('a mistyped timezone on a schedule inside a Chicago facility falls through to Chicago, and the notice names the attribute', async () => {
      const { el: facility, issues } = await fixtureWithError<IopFacility>(html`<iop-facility timezone="America/Chicago">
        <iop-schedule
          timezone="America/Chicgo"
          tracks='[{"name": "Evening track", "sessions": [{"day": "wed", "start": "18:00", "end": "21:00"}]}]'
        ></iop-schedule>
      </iop-facility>`);
      const schedule = facility.querySelector('iop-schedule')!;
      await settle(facility, schedule as unknown as IopFacility);
      expect(issues).to.deep.equal([{ path: 'timezone', message: 'expected an IANA time zone such as America/Chicago' }]);
      expect(noticeLines(schedule)).to.deep.equal(['iop-schedule: timezone: expected an IANA time zone such as America/Chicago']);
      // The visitor is in New York: the times stay the program's own, labelled Central, not Eastern.
      expect(part(schedule, 'week')!.textContent!.replace(/\s+/g, ' ')).to.match(/Evening track.*6:00\s*–\s*9:00\s*PM CT/);
    });

    it('a bad value in the script child falls through to the facility, for that key alone', async () => {
      const { el: facility } = await fixtureWithError<IopFacility>(html`<iop-facility phone="555-010-0199" name="Harbor Recovery">
        <iop-level-of-care><script type="application/json">{"phone": "call us", "heading": "Our levels"}</script></iop-level-of-care>
      </iop-facility>`);
      const loc = facility.querySelector('iop-level-of-care')!;
      await settle(facility, loc);
      expect(noticeLines(loc)).to.deep.equal(['iop-level-of-care: phone: expected a phone number with its area code (10 to 15 digits), or + and the country code (in the <script> config)']);
      expect(note(loc)).to.contain('call Harbor Recovery at 555-010-0199');
      expect(part(loc, 'heading')!.textContent).to.equal('Our levels');
    });

    const cases: [string, string, string][] = [
      ['phone', 'call us', 'phone: expected a phone number with its area code (10 to 15 digits), or + and the country code'],
      ['email', 'intake@', 'email: expected an email address'],
      ['timezone', 'Mars/Olympus_Mons', 'timezone: expected an IANA time zone such as America/Chicago'],
      ['endpoint', 'http://example.com/requests', 'endpoint: expected an https: URL, or a relative one on an https: page'],
      ['address', '{"city": "Austin",}', 'address: is not valid JSON'],
      ['address', '{"town": "Austin"}', 'address: unknown key "town"; known keys: street, city, region, postalCode, country'],
      ['admissions-hours', '{"mon": "8-20"}', 'admissions-hours.mon: expected "24/7" or hours such as "08:00-20:00"'],
      ['accepts', '["cash"]', 'accepts[0]: expected one of'],
      ['carriers', '[""]', 'carriers[0]'],
    ];
    // A list keeps its good items: here none.
    const kept: Record<string, unknown> = { accepts: { accepts: [] }, carriers: { carriers: [] } };
    for (const [attribute, value, expected] of cases) {
      it(`${attribute}="${value}" is reported as "${expected}", and not passed on`, async () => {
        const facility = await fixture<IopFacility>(html`<iop-facility name="Harbor"><facility-probe></facility-probe></iop-facility>`);
        await captureWarnings(async () => {
          facility.setAttribute(attribute, value);
          await facility.updateComplete;
        });
        expect(noticeLines(facility)[0]).to.contain(`iop-facility: ${expected}`);
        const probe = facility.querySelector<FacilityProbe>('facility-probe')!;
        expect(probe.facility).to.deep.equal({ name: 'Harbor', ...(kept[attribute] as object) });
      });
    }
  });

  it('shares its admissions hours, carriers and payment options, "24/7" as a plain attribute', async () => {
    const facility = await fixture<IopFacility>(html`<iop-facility admissions-hours="24/7" carriers='["Aetna", {"name": "Blue Cross", "note": "PPO plans"}]' accepts='["self-pay", "medicaid"]'>
      <facility-probe></facility-probe>
    </iop-facility>`);
    await facility.updateComplete;
    const probe = facility.querySelector<FacilityProbe>('facility-probe')!;
    expect(probe.facility).to.deep.equal({ admissionsHours: '24/7', carriers: ['Aetna', { name: 'Blue Cross', note: 'PPO plans' }], accepts: ['self-pay', 'medicaid'] });
    facility.setAttribute('admissions-hours', '{"mon": "08:00-20:00", "sat": "22:00-02:00"}');
    await facility.updateComplete;
    expect(probe.facility!.admissionsHours).to.deep.equal({ mon: '08:00-20:00', sat: '22:00-02:00' });
  });

  describe('structured data', () => {
    // The schema.org properties each type may use here (schema.org/MedicalClinic and the types it links to).
    const allowed: Record<string, string[]> = {
      MedicalClinic: ['@context', '@type', 'name', 'telephone', 'email', 'url', 'address', 'availableService', 'openingHoursSpecification'],
      PostalAddress: ['@type', 'streetAddress', 'addressLocality', 'addressRegion', 'postalCode', 'addressCountry'],
      MedicalTherapy: ['@type', 'name', 'description'],
      PsychologicalTreatment: ['@type', 'name', 'description'],
      OpeningHoursSpecification: ['@type', 'dayOfWeek', 'opens', 'closes'],
    };
    function checkShape(node: Record<string, unknown>) {
      const type = node['@type'] as string;
      expect(allowed, `unknown type ${type}`).to.have.property(type);
      for (const key of Object.keys(node)) expect(allowed[type], `${type}.${key}`).to.include(key);
      for (const value of Object.values(node).flat()) if (value && typeof value === 'object') checkShape(value as Record<string, unknown>);
    }
    const jsonLd = () => [...document.head.querySelectorAll('script[type="application/ld+json"]')];
    const settle = async (root: Element) => {
      for (let i = 0; i < 3; i++) for (const el of [root, ...root.querySelectorAll('*')]) await (el as IopFacility).updateComplete;
    };

    it('adds one MedicalClinic description to the document, and removes it with the element', async () => {
      const facility = await fixture<IopFacility>(html`<iop-facility
        structured-data
        name="Harbor Recovery"
        phone="+1 555 010 0199"
        url="/harbor"
        address='{"street": "12 Quay St", "city": "Austin", "region": "TX", "postalCode": "78701", "country": "US"}'
      ><iop-level-of-care></iop-level-of-care></iop-facility>`);
      await settle(facility);
      expect(jsonLd()).to.have.length(1);
      const data = JSON.parse(jsonLd()[0].textContent!);
      expect(data).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'MedicalClinic',
        name: 'Harbor Recovery',
        telephone: '+1 555 010 0199',
        url: new URL('/harbor', document.baseURI).href,
        address: { '@type': 'PostalAddress', streetAddress: '12 Quay St', addressLocality: 'Austin', addressRegion: 'TX', postalCode: '78701', addressCountry: 'US' },
      });
      checkShape(data);
      facility.setAttribute('name', 'Harbor Recovery Austin');
      await settle(facility);
      expect(JSON.parse(jsonLd()[0].textContent!).name).to.equal('Harbor Recovery Austin');
      facility.remove();
      expect(jsonLd()).to.have.length(0);
    });

    it('lists the therapies and sessions of the elements inside, and follows their changes', async () => {
      const facility = await fixture<IopFacility>(html`<iop-facility structured-data name="Harbor">
        <iop-therapy-list therapies='[{"name": "CBT", "category": "evidence-based", "description": "Thoughts and actions."}, {"name": "Medication management", "category": "medical"}]'></iop-therapy-list>
        <iop-schedule tracks='[{"name": "Evening", "sessions": [{"day": "mon", "start": "18:00", "end": "21:00"}]}]'></iop-schedule>
      </iop-facility>`);
      await settle(facility);
      const data = JSON.parse(jsonLd()[0].textContent!);
      expect(data.availableService).to.deep.equal([
        { '@type': 'PsychologicalTreatment', name: 'CBT', description: 'Thoughts and actions.' },
        { '@type': 'MedicalTherapy', name: 'Medication management' },
      ]);
      expect(data.openingHoursSpecification).to.deep.equal([{ '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Monday', opens: '18:00', closes: '21:00' }]);
      checkShape(data);
      facility.querySelector('iop-therapy-list')!.setAttribute('therapies', '[{"name": "Art therapy", "category": "experiential"}]');
      await settle(facility);
      expect(JSON.parse(jsonLd()[0].textContent!).availableService).to.deep.equal([{ '@type': 'PsychologicalTreatment', name: 'Art therapy' }]);
    });

    it('publishes only what the facility wrote: elements showing their default catalogue and week add no services or hours', async () => {
      const facility = await fixture<IopFacility>(html`<iop-facility structured-data name="Harbor">
        <iop-therapy-list></iop-therapy-list>
        <iop-schedule timezone="America/Chicago"></iop-schedule>
      </iop-facility>`);
      await settle(facility);
      // The visitor still sees the defaults; search engines are not told they are this facility's.
      expect(facility.querySelector('iop-therapy-list')!.shadowRoot!.querySelectorAll('[part~="item"]').length).to.be.greaterThan(10);
      const data = JSON.parse(jsonLd()[0].textContent!);
      expect(data).not.to.have.property('availableService');
      expect(data).not.to.have.property('openingHoursSpecification');
    });

    it('writes nothing without the attribute, and a name with </script> stays text', async () => {
      const plain = await fixture<IopFacility>(html`<iop-facility name="Harbor"></iop-facility>`);
      await settle(plain);
      expect(jsonLd()).to.have.length(0);
      const odd = await fixture<IopFacility>(html`<iop-facility structured-data name="Harbor </script><script>window.pwned=1</script>"></iop-facility>`);
      await settle(odd);
      expect(jsonLd()[0].textContent).not.to.contain('</script>');
      expect(JSON.parse(jsonLd()[0].textContent!).name).to.equal('Harbor </script><script>window.pwned=1</script>');
      expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
    });
  });
});
