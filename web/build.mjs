/**
 * Builds the web UI into dist/web: esbuild bundles web/src/main.tsx (Preact, uPlot, d3-force)
 * and web/src/styles.css into content-hashed files under dist/web/assets/, and index.html is
 * written with their names. Everything is local: the page loads nothing from other hosts.
 * Type checking is `tsc -p web/tsconfig.json --noEmit`, run by `npm run build` before this.
 */
import { build } from 'esbuild';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const outdir = here('../dist/web');

await rm(outdir, { recursive: true, force: true });
await mkdir(`${outdir}/assets`, { recursive: true });
const result = await build({
  entryPoints: [here('src/main.tsx'), here('src/styles.css')],
  outdir: `${outdir}/assets`,
  entryNames: '[name]-[hash]',
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['chrome110', 'firefox110', 'safari16'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});

const outputs = Object.entries(result.metafile.outputs);
const named = (entry) => basename(outputs.find(([, meta]) => meta.entryPoint?.endsWith(entry))[0]);
const template = await readFile(here('index.html'), 'utf8');
const page = template.replace('{{script}}', `assets/${named('main.tsx')}`).replace('{{styles}}', `assets/${named('styles.css')}`);
await writeFile(`${outdir}/index.html`, page);
