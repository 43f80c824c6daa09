/**
 * The CommonJS entry of the package (`require('plangraf')`, the `require` condition of
 * package.json's `exports`). plangraf is an ES module; Node 20.19+ and 22.12+ can `require()` an
 * ES module, so this entry hands over the very same module (`dist/index.js`): one copy of the
 * code and of its caches for `import` and `require` alike. Older Node (20.10–20.18) cannot, and
 * gets an error that says what to do instead of ERR_REQUIRE_ESM.
 */
type Plangraf = typeof import('./index.js', { with: { 'resolution-mode': 'import' } });

function loadEsm(): Plangraf {
  try {
    return require('./index.js') as Plangraf;
  } catch (e) {
    const code = (e as { code?: unknown } | null)?.code;
    if (code !== 'ERR_REQUIRE_ESM') throw e;
    throw new Error(
      `plangraf is an ES module, and this Node.js (${process.version}) cannot require() ES modules. ` +
        "Use `import { loadRoadmapFile, render } from 'plangraf'` in an ES module (a .mjs file, or \"type\": \"module\" in package.json), " +
        "or `const plangraf = await import('plangraf')` in CommonJS, or Node.js 20.19+ / 22.12+, where require('plangraf') works.",
      { cause: e },
    );
  }
}

export = loadEsm();
