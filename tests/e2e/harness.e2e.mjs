// Proves the browser checks can fail: the same helpers the real tests use, pointed at a fixture
// that breaks each rule on purpose.
import path from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { axeViolations } from './context.mjs';

async function withBrokenSite(root, fn) {
  const { server, url } = await serve(path.join(root, 'tests/fixtures/broken-site'), { port: 0 });
  try {
    await fn(url);
  } finally {
    server.close();
  }
}

export default {
  async 'axe reports the violations of a broken page'({ newPage, assert, root }) {
    await withBrokenSite(root, async (url) => {
      const page = await newPage();
      await page.goto(url);
      const found = (await axeViolations(page)).join('\n');
      assert.match(found, /image-alt/);
      assert.match(found, /button-name/);
    });
  },

  async 'a CSP violation on a page is caught'({ newPage, assert, root }) {
    await withBrokenSite(root, async (url) => {
      const page = await newPage();
      await page.goto(new URL('/lessons/heavy/', url).href);
      await page.waitForLoadState('load');
      assert.notEqual(await page.title(), 'inline scripts are blocked by this page policy');
      assert.ok(page.problems.csp.length > 0, 'the inline script was reported as a violation');
    });
  },
};
