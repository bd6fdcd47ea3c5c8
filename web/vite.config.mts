import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../dist/web', import.meta.url));

// Three pages, one bundle: the IDE at /, the career picture at /graph/<slug> and the explorer at
// /explore (its career and compare pages are chunks of the same entry). Everything,
// Monaco's workers included, lands in dist/web/assets with content hashes, so the server can
// cache those for a year and no page ever needs the network beyond its own origin.
export default defineConfig({
  root: webRoot,
  base: '/',
  // Nothing is copied verbatim: every asset goes through the bundler and gets a hash.
  publicDir: false,
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    // Monaco alone is ~3 MB minified; the warning would fire on every build without telling news.
    chunkSizeWarningLimit: 5000,
    rolldownOptions: {
      input: {
        ide: fileURLToPath(new URL('index.html', import.meta.url)),
        graph: fileURLToPath(new URL('graph.html', import.meta.url)),
        explore: fileURLToPath(new URL('explore.html', import.meta.url)),
      },
      onwarn(warning, warn) {
        // framer-motion (via GraphiQL) marks its modules "use client", a React Server Components
        // hint that means nothing in a browser bundle; the 100-odd warnings would bury real ones.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  // Module workers, so Monaco's worker entries (ES modules themselves) bundle as they are written;
  // every browser that runs Monaco supports them.
  worker: { format: 'es' },
});
