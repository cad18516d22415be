export interface PrerenderOptions {
  /** The page's address, against which relative URLs (a relative `endpoint`, the facility's `url`) are read. Default `https://localhost/`. */
  url?: string;
}

/**
 * The page with every kit element's content written into it as declarative shadow DOM (styles
 * inside), in the page's language, and the facility's JSON-LD in `<head>` where `structured-data`
 * is set. Idempotent; a page with no kit element comes back unchanged. Runs on Node, no browser.
 */
export function prerender(html: string, options?: PrerenderOptions): Promise<string>;
