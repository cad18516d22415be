import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define-all.js';
import type { IopInsurance } from '../src/iop-insurance/iop-insurance.js';
import { captureWarnings, fixtureWithError, noticeLines, part, parts, settle, textOf } from './helpers.js';

/** Carriers and payers a visitor would take for a promise of coverage: none may appear unless the facility wrote it. */
const WELL_KNOWN = /aetna|cigna|united ?health|optum|blue ?cross|blue ?shield|bcbs|humana|kaiser|anthem|elevance|molina|centene|ambetter|wellcare|oscar|highmark|magellan|beacon|tricare|medicaid|medicare/i;
/** Words that would claim coverage the facility never wrote. */
const CLAIMS = /we accept|in[- ]network|is covered|are covered|aceptamos|cubiert[oa]s? por/i;

const names = (el: Element, name: string) => parts(el, name).map((item) => item.textContent!.replace(/\s+/g, ' ').trim());
const button = (el: Element) => part(el, 'verify') as HTMLButtonElement | null;
const callLink = (el: Element) => part(el, 'call')?.querySelector('a') ?? null;

/** `<iop-insurance>` inside a facility, parsed from HTML as a page has it, settled. */
async function page(markup: string, lang = 'en') {
  const wrapper = await fixture(html`<div lang=${lang} .innerHTML=${markup}></div>`);
  await settle(wrapper);
  return { wrapper, el: wrapper.querySelector('iop-insurance')! as IopInsurance };
}

const CARRIERS = JSON.stringify(['Acme Health', { name: 'Lakeside Care Plan', note: 'PPO plans only (network ID: LCP-PPO-7)' }]);

describe('iop-insurance', () => {
  describe('defaults', () => {
    it('with nothing configured, says that checking is free and names no carrier and no payer, in English and Spanish', async () => {
      for (const lang of ['en', 'es']) {
        // The whole page as a facility would paste it, phone and form included: still no carrier.
        const { el, wrapper } = await page(`<iop-facility phone="+1 555 010 0199"><iop-insurance></iop-insurance><iop-appointment-form></iop-appointment-form></iop-facility>`, lang);
        const text = textOf(el);
        expect(text, lang).not.to.match(WELL_KNOWN);
        expect(text, lang).not.to.match(CLAIMS);
        expect(parts(el, 'item'), lang).to.have.length(0);
        expect(part(el, 'intro')!.textContent, lang).to.match(lang === 'en' ? /for free.*commits you to nothing/ : /sin costo.*sin ningún compromiso/);
        expect(part(el, 'heading')!.textContent).to.equal(lang === 'en' ? 'Insurance and payment' : 'Seguro y formas de pago');
        expect(wrapper.querySelector('iop-appointment-form')!.shadowRoot!.textContent).not.to.match(WELL_KNOWN);
      }
    });

    it('alone, with no phone and no form, offers no action and is accessible', async () => {
      const el = await fixture<IopInsurance>(html`<iop-insurance></iop-insurance>`);
      expect(button(el)).to.equal(null);
      expect(part(el, 'call')).to.equal(null);
      expect(part(el, 'error')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('what the facility accepts', () => {
    it('lists the carriers, their notes and the payment options, in the order written', async () => {
      const el = await fixture<IopInsurance>(html`<iop-insurance carriers=${CARRIERS} accepts='["sliding-scale", "medicaid", "self-pay"]'></iop-insurance>`);
      expect(names(el, 'carrier')).to.deep.equal(['Acme Health', 'Lakeside Care Plan — PPO plans only (network ID: LCP-PPO-7)']);
      expect(names(el, 'payment')).to.deep.equal(['Sliding-scale fees based on income', 'Medicaid', 'Self-pay']);
      expect(textOf(el)).to.contain('What each plan covers differs: we check yours.');
      expect(names(el, 'subheading')).to.deep.equal(['Insurance we accept', 'Payment options']);
      expect(parts(el, 'subheading').map((h) => h.localName)).to.deep.equal(['h3', 'h3']);
      await expect(el).to.be.accessible();
    });

    it('takes them from the facility, and its own attributes win', async () => {
      const { el, wrapper } = await page(`<iop-facility carriers='["Acme Health"]' accepts='["tricare", "payment-plan"]'><iop-insurance></iop-insurance></iop-facility>`);
      expect(names(el, 'carrier')).to.deep.equal(['Acme Health']);
      expect(names(el, 'payment')).to.deep.equal(['TRICARE', 'Payment plans']);
      el.setAttribute('carriers', '["Lakeside Care Plan"]');
      el.setAttribute('accepts', '["medicare"]');
      await settle(wrapper);
      expect(names(el, 'carrier')).to.deep.equal(['Lakeside Care Plan']);
      expect(names(el, 'payment')).to.deep.equal(['Medicare']);
    });

    it('in Spanish: headings, payment options and the action', async () => {
      const { el } = await page(`<iop-facility phone="+1 555 010 0199"><iop-insurance carriers='["Acme Health"]' accepts='["self-pay", "payment-plan", "sliding-scale"]'></iop-insurance></iop-facility>`, 'es');
      expect([...el.shadowRoot!.querySelectorAll('h3')].map((h) => h.textContent)).to.deep.equal(['Seguros que aceptamos', 'Formas de pago']);
      expect(names(el, 'payment')).to.deep.equal(['Pago por cuenta propia', 'Planes de pago', 'Tarifas según sus ingresos']);
      expect(part(el, 'call')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Para verificar su cobertura, llame al +1 555 010 0199.');
      await expect(el).to.be.accessible();
    });

    it('follows the theme’s tokens, and fits a 320 px phone in Spanish', async () => {
      const { el, wrapper } = await page(`<iop-facility phone="+1 555 010 0199" style="--iop-color-primary: rgb(122, 31, 92); display: block; width: 288px"><iop-insurance carriers='["Lakeside Care Plan of the Greater Metropolitan Area"]' accepts='["sliding-scale"]'></iop-insurance><iop-appointment-form></iop-appointment-form></iop-facility>`, 'es');
      expect(getComputedStyle(button(el)!).backgroundColor).to.equal('rgb(122, 31, 92)');
      const box = el.getBoundingClientRect();
      for (const node of [button(el)!, ...parts(el, 'item'), part(el, 'intro')!]) {
        const rect = node.getBoundingClientRect();
        expect(rect.right, node.textContent!).to.be.at.most(box.right + 0.5);
      }
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(button(el)!.getBoundingClientRect().height).to.be.at.least(44);
      wrapper.remove();
    });

    it('heading and strings change the text', async () => {
      const el = await fixture<IopInsurance>(html`<iop-insurance heading="Paying for treatment" strings='{"intro": "Ask us about cost."}'></iop-insurance>`);
      expect(part(el, 'heading')!.textContent).to.equal('Paying for treatment');
      expect(part(el, 'intro')!.textContent).to.equal('Ask us about cost.');
    });
  });

  describe('bad configuration', () => {
    it('names the element, attribute and path, and keeps the good payment options', async () => {
      const { el, issues } = await fixtureWithError<IopInsurance>(html`<iop-insurance accepts='["medicaid", "cash"]' carriers='[{"name": "Acme", "network": "x"}]'></iop-insurance>`);
      expect(noticeLines(el)).to.deep.equal([
        'iop-insurance: carriers[0]: unknown key "network"; known keys: name, note',
        'iop-insurance: accepts[1]: expected one of medicaid, medicare, tricare, self-pay, payment-plan, sliding-scale',
      ]);
      expect(issues.map((issue) => issue.path)).to.deep.equal(['carriers[0]', 'accepts[1]']);
      expect(names(el, 'payment')).to.deep.equal(['Medicaid']);
      expect(parts(el, 'carrier')).to.have.length(0);
      expect(part(el, 'intro')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('malformed JSON falls through to the facility’s carriers', async () => {
      let el!: IopInsurance;
      const warnings = await captureWarnings(async () => ({ el } = await page(`<iop-facility carriers='["Acme Health"]'><iop-insurance carriers='["Lakeside",'></iop-insurance></iop-facility>`)));
      expect(warnings.join()).to.contain('iop-insurance: carriers: is not valid JSON');
      expect(noticeLines(el)[0]).to.match(/^iop-insurance: carriers: is not valid JSON/);
      expect(names(el, 'carrier')).to.deep.equal(['Acme Health']);
    });
  });

  describe('check my coverage', () => {
    // The form's `askInsurance()` is built on the form's branch (contracts.md): this test passes once it is merged.
    it('with a form in the facility, the button turns on the coverage questions and moves the focus there (keyboard)', async () => {
      const { el, wrapper } = await page(`<iop-facility phone="+1 555 010 0199"><iop-insurance></iop-insurance><iop-appointment-form></iop-appointment-form></iop-facility>`);
      const form = wrapper.querySelector('iop-appointment-form')!;
      expect(form.shadowRoot!.querySelector('[name="insurance"]')).to.equal(null);
      expect(button(el)!.textContent).to.equal('Check my coverage');
      expect(part(el, 'call')).to.equal(null);
      button(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(wrapper);
      const control = form.shadowRoot!.querySelector<HTMLElement>('[name="insurance"]');
      expect(control).to.exist;
      expect(form.shadowRoot!.activeElement).to.equal(control);
    });

    it('with no form on the page, the phone: a tel: link, in Spanish too', async () => {
      const { el } = await page(`<iop-facility phone="+1 555 010 0199"><iop-insurance></iop-insurance></iop-facility>`);
      expect(button(el)).to.equal(null);
      expect(part(el, 'call')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('To check your coverage, call +1 555 010 0199.');
      expect(callLink(el)!.getAttribute('href')).to.equal('tel:+15550100199');
      await expect(el).to.be.accessible();
    });

    it('its own phone wins over the facility’s', async () => {
      const { el } = await page(`<iop-facility phone="+1 555 010 0199"><iop-insurance phone="+1 555 010 0222"></iop-insurance></iop-facility>`);
      expect(callLink(el)!.getAttribute('href')).to.equal('tel:+15550100222');
    });

    it('a form gone by the time it is pressed: the phone takes the button’s place and the focus (keyboard)', async () => {
      const { el, wrapper } = await page(`<iop-facility phone="+1 555 010 0199"><iop-insurance></iop-insurance><iop-appointment-form></iop-appointment-form></iop-facility>`);
      wrapper.querySelector('iop-appointment-form')!.remove();
      button(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button(el)).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(callLink(el));
    });

    it('finds the first form of the page when its facility has none', async () => {
      const { el } = await page(`<iop-facility phone="+1 555 010 0199"><iop-insurance></iop-insurance></iop-facility><iop-appointment-form></iop-appointment-form>`);
      expect(button(el)).to.exist;
    });

    it('verify="false" (or the property false) offers no action', async () => {
      const { el, wrapper } = await page(`<iop-facility phone="+1 555 010 0199"><iop-insurance verify="false"></iop-insurance><iop-appointment-form></iop-appointment-form></iop-facility>`);
      expect(button(el)).to.equal(null);
      expect(part(el, 'call')).to.equal(null);
      el.removeAttribute('verify');
      await settle(wrapper);
      expect(button(el)).to.exist;
      el.verify = false;
      await settle(wrapper);
      expect(button(el)).to.equal(null);
    });
  });

  describe('structured data', () => {
    const jsonLd = () => JSON.parse(document.head.querySelector('script[type="application/ld+json"]')?.textContent ?? 'null');

    it('publishes the facility’s carriers and payment options as paymentAccepted, and network ids from notes', async () => {
      const { wrapper } = await page(`<iop-facility structured-data name="Harbor" carriers='${CARRIERS}' accepts='["self-pay", "medicaid"]'></iop-facility>`);
      const data = jsonLd();
      // Payment options in the order of the list of options, whatever the order written.
      expect(data.paymentAccepted).to.deep.equal(['Acme Health', 'Lakeside Care Plan', 'Medicaid', 'Self-pay']);
      expect(data.healthPlanNetworkId).to.deep.equal(['LCP-PPO-7']);
      wrapper.remove();
    });

    it('adds the carriers of an insurance element inside, each name once, and follows its changes', async () => {
      const { el, wrapper } = await page(`<iop-facility structured-data name="Harbor" carriers='["Acme Health"]'><iop-insurance accepts='["tricare"]'></iop-insurance><iop-insurance carriers='["Lakeside Care Plan"]'></iop-insurance></iop-facility>`);
      expect(jsonLd().paymentAccepted).to.deep.equal(['Acme Health', 'TRICARE', 'Lakeside Care Plan']);
      expect(jsonLd()).not.to.have.property('healthPlanNetworkId');
      el.setAttribute('accepts', '["sliding-scale"]');
      await settle(wrapper);
      expect(jsonLd().paymentAccepted).to.deep.equal(['Acme Health', 'Sliding scale', 'Lakeside Care Plan']);
      wrapper.remove();
    });

    it('with nothing configured, claims nothing', async () => {
      const { wrapper } = await page(`<iop-facility structured-data name="Harbor"><iop-insurance></iop-insurance></iop-facility>`);
      expect(jsonLd()).to.include({ name: 'Harbor' });
      expect(jsonLd()).not.to.have.property('paymentAccepted');
      expect(jsonLd()).not.to.have.property('healthPlanNetworkId');
      wrapper.remove();
    });
  });
});
