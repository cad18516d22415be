import { html } from 'lit';
import { dialable } from './schema.js';

/** A phone number as a link that dials it: `+1 555 010 0199` → `tel:+15550100199`. */
export const telLink = (phone: string, label: string = phone) => html`<a href=${`tel:${dialable(phone)}`}>${label}</a>`;
