// Serves the strict-page fixture with the Content-Security-Policy the README promises to work under ("Hostile pages and strict sites").
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'";

export async function strictCspMiddleware(ctx, next) {
  await next();
  if (ctx.path === '/tests/fixtures/strict.html') ctx.set('Content-Security-Policy', STRICT_CSP);
}
