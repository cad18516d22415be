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

type Updating = Element & { updateComplete: Promise<boolean>; isUpdatePending: boolean };

/**
 * Waits until every kit element under `root` (and `root` itself) has rendered and asked for no
 * further update: a condition, not a sleep. The facility hands values to its children, which then
 * update again, so this loops until a whole pass finds nothing pending. Each pass yields a task, so
 * an element that never settles fails the test by name instead of starving the page.
 */
export async function settle(root: Element, passes = 50): Promise<void> {
  for (let pass = 0; pass < passes; pass++) {
    const els = [root, ...root.querySelectorAll('*')].filter((el): el is Updating => 'updateComplete' in el);
    const done = await Promise.all(els.map((el) => el.updateComplete));
    if (done.every(Boolean) && els.every((el) => !el.isUpdatePending)) return;
    await new Promise((resolve) => setTimeout(resolve));
  }
  const pending = [root, ...root.querySelectorAll('*')].filter((el) => (el as Updating).isUpdatePending).map((el) => el.localName);
  throw new Error(`still updating after ${passes} passes: ${pending.join(', ')}`);
}
