// html-validate's recommended rules for the built site (scripts/check-site.mjs runs them).
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Formatting choices of Astro's and Preact's HTML output, not errors.
    'no-trailing-whitespace': 'off',
    'attribute-boolean-style': 'off',
    'void-style': 'off',
    'doctype-style': 'off',
    // The CSP already forbids inline styles; this makes the build say where one slipped in.
    'no-inline-style': 'error',
    // Same-origin files only: subresource integrity adds nothing here.
    'require-sri': 'off',
    'no-redundant-role': 'off',
    'long-title': 'off',
    // Checkboxes of one group share a name, as radios do.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    // HTML5 ids may start with a digit (heading slugs like "1-the-profile").
    'valid-id': ['error', { relaxed: true }],
  },
  elements: [
    'html5',
    {
      // Astro's island wrappers are custom elements that take any content.
      'astro-island': { flow: true, phrasing: true },
      'astro-slot': { flow: true, phrasing: true },
      'astro-static-slot': { flow: true, phrasing: true },
      // Astro writes one <style> (hashed in the CSP) just before the first island of a page, in
      // <body>; browsers apply it there, and no option moves it to <head>.
      style: { flow: true, phrasing: true },
    },
  ],
};
