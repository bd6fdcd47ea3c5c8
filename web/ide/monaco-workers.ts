/*
 * Monaco runs its language services in web workers. GraphiQL 5 asks `MonacoEnvironment.getWorker`
 * for them; graphiql's own `setup-workers/*` entries either load them from a CDN (esm.sh) or log on
 * every call, so the wiring is ours. Vite's `?worker` suffix bundles each worker into a same-origin
 * file under /assets, which keeps the IDE offline and lets the CSP stay at `worker-src 'self'`.
 */
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker.js?worker';
import GraphQLWorker from 'monaco-graphql/esm/graphql.worker.js?worker';
import type { Environment } from 'monaco-editor';

// Labels are the language ids GraphiQL registers: 'graphql' for the operation editor, 'json' for
// variables, headers and the response; anything else needs only the base editor worker.
const environment: Environment = {
  getWorker(_workerId, label) {
    switch (label) {
      case 'graphql':
        return new GraphQLWorker();
      case 'json':
        return new JsonWorker();
      default:
        return new EditorWorker();
    }
  },
};
window.MonacoEnvironment = environment;
