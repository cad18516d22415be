// The demo's language switch: `?lang=es` sets the page's language before the kit's module runs,
// as a CMS would write <html lang="es">. Every element follows the nearest `lang`.
const lang = new URLSearchParams(location.search).get('lang') === 'es' ? 'es' : 'en';
document.documentElement.lang = lang;
addEventListener('DOMContentLoaded', () => {
  for (const link of document.querySelectorAll('[data-lang]')) {
    if (link.dataset.lang === lang) link.setAttribute('aria-current', 'page');
  }
});
