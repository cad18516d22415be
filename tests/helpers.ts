import { fixture, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { ConfigIssue } from '../src/shared/events.js';

/** The element's rendered text as a person would read it, whitespace folded. */
export const textOf = (el: Element): string => (el.shadowRoot ?? el).textContent!.replace(/\s+/g, ' ').trim();

export const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
export const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];

/** Lines of the error notice, e.g. `iop-level-of-care: current: …`. */
export const noticeLines = (el: Element): string[] =>
  [...(part(el, 'error')?.querySelectorAll('li') ?? [])].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

/** Records console.warn calls while `run` goes on. */
export async function captureWarnings(run: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/**
 * Renders a fixture that is expected to fire `iop-config-error`, keeping its console warnings out of
 * the test output. Resolves with the element, the event's issues and the warnings logged meanwhile.
 */
export async function fixtureWithError<T extends Element>(template: TemplateResult): Promise<{ el: T; issues: ConfigIssue[]; warnings: string[] }> {
  let el!: T;
  let issues!: ConfigIssue[];
  const warnings = await captureWarnings(async () => {
    const event = oneEvent(document, 'iop-config-error');
    el = await fixture<T>(template);
    issues = ((await event) as CustomEvent<{ issues: ConfigIssue[] }>).detail.issues;
  });
  return { el, issues, warnings };
}
