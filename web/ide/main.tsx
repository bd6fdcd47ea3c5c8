import 'graphiql/style.css';
import './ide.css';
import './monaco-workers';
import { GraphiQL, HISTORY_PLUGIN, type GraphiQLProps } from 'graphiql';
import { StrictMode, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { postGraphQL, type GraphQLRequest } from '../shared/graphql-client';
import { CYPHER_PLUGIN } from './cypher-plugin';
import { keepTrace, TRACE_HEADERS } from './cypher-trace-store';
import { EXAMPLES_PLUGIN, graphPath } from './examples-plugin';

// Every run asks for its Cypher trace; the Cypher panel keeps it, the result pane shows the answer.
const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const request = params as GraphQLRequest;
  const answer = await postGraphQL<unknown>(request, {
    ...((options?.headers ?? {}) as Record<string, string>),
    ...TRACE_HEADERS,
  });
  return keepTrace(request.operationName, answer);
};

// Short lines: with the examples panel open the operation editor is narrow.
const WELCOME = `# Healthcare careers, as a graph.
#
# "Examples" (left) has questions
# ready to run; the book icon opens
# the docs. Run with Ctrl-Enter.

query CareerAtAGlance {
  career(
    slug: "medical-records-specialists"
  ) {
    title
    medianPay { annual }
    projectedGrowthPct
    settings {
      sharePct
      setting { name }
    }
  }
}
`;

/**
 * `/?query=…&variables=…` opens that operation in a tab of its own (GraphiQL keeps the user's
 * saved tabs beside it): the explorer's "Open in the IDE" link lands here with the query behind
 * its table. Absent parameters leave GraphiQL to its saved state or the welcome text.
 */
function linkedOperation(search: string): { query?: string; variables?: string } {
  const params = new URLSearchParams(search);
  const query = params.get('query');
  const variables = params.get('variables');
  return {
    ...(query ? { query } : {}),
    ...(query && variables ? { variables } : {}),
  };
}

const LINKED = linkedOperation(window.location.search);

function App(): ReactElement {
  return (
    <GraphiQL
      {...(LINKED.query === undefined ? {} : { initialQuery: LINKED.query })}
      {...(LINKED.variables === undefined ? {} : { initialVariables: LINKED.variables })}
      fetcher={fetcher}
      plugins={[EXAMPLES_PLUGIN, CYPHER_PLUGIN, HISTORY_PLUGIN]}
      visiblePlugin={EXAMPLES_PLUGIN}
      defaultQuery={WELCOME}
      defaultEditorToolsVisibility="variables"
      isHeadersEditorEnabled={false}
    >
      <GraphiQL.Logo>
        <span className="ide-logo">
          Healthcare careers
          <a className="ide-picture-link" href={graphPath('medical-records-specialists')}>
            Career neighbourhood picture
          </a>
          <a className="ide-picture-link" href="/explore">
            Careers explorer
          </a>
        </span>
      </GraphiQL.Logo>
    </GraphiQL>
  );
}

const container = document.getElementById('graphiql');
if (!container) throw new Error('index.html lacks the #graphiql container');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
