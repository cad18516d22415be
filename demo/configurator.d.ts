// Types of demo/configurator.js, for the tests (the page itself needs no build).
export interface ConfigIssueAt {
  tag: string;
  path: string;
  message: string;
}
export const PLACEHOLDER_URL: string;
export function contrast(a: string, b: string): number;
export function mountConfigurator(
  root: Element,
  options: { previewUrl: string; scriptUrl?: string; debounce?: number; timezone?: string; include?: string[]; content?: boolean },
): { readonly ready: Promise<void>; readonly snippet: string };
