// Publishing: a link made on this computer's own address (the test server is on 127.0.0.1) gets a
// warning under it; the same builder opened from a local-network address (a room served with
// HOST=0.0.0.0) makes a link without one.
import path from 'node:path';
import { lanAddresses, serve } from '../../scripts/serve.mjs';
import { buildAssignment } from './assignment-steps.mjs';
import { axeViolations } from './context.mjs';

/** Makes a one-scenario link in the builder at `url`; returns the link. */
const makeLink = (page, url) =>
  buildAssignment(page, { url, title: 'Week 1', ids: ['betty-same-school'] });

export default {
  async 'the builder warns when its link opens on this computer only'({
    newPage,
    assert,
    url,
    root,
  }) {
    const page = await newPage();
    const local = await makeLink(page, url('/instructor/assignments/'));
    assert.match(local, /^http:\/\/127\.0\.0\.1:/);
    const warning = page.locator('#builder-local-warning');
    assert.match(await warning.textContent(), /This link only opens on this computer/);
    assert.match(await warning.textContent(), /HOST=0\.0\.0\.0 npm start/);
    assert.deepEqual(await axeViolations(page), [], 'the warning passes axe');

    const [lan] = lanAddresses();
    if (!lan) return; // No network here: the local half is all that can be checked.
    const dist = process.env.E2E_DIST
      ? path.resolve(process.env.E2E_DIST)
      : path.join(root, 'dist');
    const { server } = await serve(dist, { port: 0, host: lan });
    try {
      const room = await newPage();
      const address = `http://${lan}:${server.address().port}/instructor/assignments/`;
      const link = await makeLink(room, address);
      assert.ok(link.startsWith(`http://${lan}:`), link);
      assert.equal(await room.locator('#builder-local-warning').count(), 0);
    } finally {
      server.close();
    }
    assert.deepEqual(page.problems, { csp: [], errors: [] });
  },
};
