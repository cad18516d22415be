// Types of demo/configurator.js, for the tests (the page itself needs no build).
export interface ConfiguratorState {
  element: 'iop-level-of-care' | 'iop-schedule';
  scriptUrl: string;
  form: 'attributes' | 'script';
  lang: '' | 'en' | 'es';
  primary: string;
  facility: Record<'name' | 'phone' | 'email' | 'url' | 'timezone', string>;
  structuredData: boolean;
  heading: string;
  current: string;
  offered: string[];
  view: 'chart' | 'table';
  weeks: string;
  tracks: { name: string; telehealth: boolean; note: string; sessions: { day: string; start: string; end: string }[] }[];
}
export interface ConfigIssueAt {
  tag: string;
  path: string;
  message: string;
}
export function initialState(scriptUrl: string): ConfiguratorState;
export function elementConfig(state: ConfiguratorState): Record<string, unknown>;
export function makeSnippet(state: ConfiguratorState): string;
export function parseSnippet(html: string, base: { scriptUrl: string }): { state?: ConfiguratorState; error?: string };
export function contrast(a: string, b: string): number;
export function mountConfigurator(root: Element, options: { scriptUrl: string; previewUrl?: string; debounce?: number }): { readonly snippet: string };
