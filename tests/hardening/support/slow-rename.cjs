// Preloaded into the CLI by cli.test.ts (node --require): every rename of a file into place first
// says "RENAME <from>" on stderr and then waits 3 s, so a test can interrupt the CLI while a
// temporary output exists. Nothing else changes.
const fsp = require('node:fs/promises');
const { syncBuiltinESMExports } = require('node:module');
const rename = fsp.rename;
fsp.rename = async (from, to) => {
  process.stderr.write(`RENAME ${from}\n`);
  await new Promise((resolve) => setTimeout(resolve, 3000));
  return rename(from, to);
};
syncBuiltinESMExports();
