// The limit for a page with one form: Lit alone, one element rendering the same native form.
import { LitElement, css, html } from 'lit';

class LitForm extends LitElement {
  static styles = css`
    :host { display: block; font: inherit; }
    label { display: block; margin: 0.75rem 0 0.25rem; font-weight: 600; }
    input[type='text'], input[type='tel'], input[type='email'] { width: 100%; box-sizing: border-box; padding: 0.5rem; font: inherit; }
    fieldset { border: 0; padding: 0; margin: 0.75rem 0 0; }
    button { margin-top: 1rem; padding: 0.6rem 1.2rem; font: inherit; }
  `;
  render() {
    return html`<form @submit=${(e) => e.preventDefault()}>
      <h2>Ask for an appointment</h2>
      <p>Not for emergencies: call or text <a href="tel:988">988</a>, or call 911.</p>
      <label for="name">Your name</label><input id="name" name="name" type="text" autocomplete="name" required />
      <label for="phone">Phone</label><input id="phone" name="phone" type="tel" autocomplete="tel" />
      <label for="email">Email</label><input id="email" name="email" type="email" autocomplete="email" />
      <fieldset><legend>How should we contact you?</legend>
        <label><input type="radio" name="contactMethod" value="phone" /> Phone call</label>
        <label><input type="radio" name="contactMethod" value="text" /> Text message</label>
        <label><input type="radio" name="contactMethod" value="email" /> Email</label>
      </fieldset>
      <label><input type="checkbox" name="consent" required /> You may contact me about this request</label>
      <button>Send request</button>
    </form>`;
  }
}
customElements.define('lit-form', LitForm);
