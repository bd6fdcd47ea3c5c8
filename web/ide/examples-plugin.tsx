import { useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { ReactElement } from 'react';
import { EXAMPLES, type Example } from '../examples';

/** Careers whose neighbourhood pictures the panel links to, beyond those tied to an example. */
const PICTURE_SLUGS: readonly { slug: string; title: string }[] = [
  { slug: 'medical-records-specialists', title: 'Medical records specialists' },
  { slug: 'registered-nurses', title: 'Registered nurses' },
  { slug: 'medical-assistants', title: 'Medical assistants' },
  { slug: 'medical-and-health-services-managers', title: 'Medical and health services managers' },
];

export function graphPath(slug: string): string {
  return `/graph/${encodeURIComponent(slug)}`;
}

/** Examples hold exactly one named operation (see examples.ts). */
export function operationNameOf(query: string): string | undefined {
  const operation = parse(query).definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  );
  return operation?.name?.value;
}

function variablesText(example: Example): string {
  return example.variables ? JSON.stringify(example.variables, null, 2) : '';
}

function ExamplesIcon(): ReactElement {
  return (
    <svg
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      aria-hidden="true"
    >
      <path d="M4 5h16M4 10h16M4 15h10M4 20h7" strokeLinecap="round" />
    </svg>
  );
}

function ExamplesContent(): ReactElement {
  const { addTab, changeTab, setOperationName } = useGraphiQLActions();
  const tabs = useGraphiQL((state) => state.tabs);
  const activeTabIndex = useGraphiQL((state) => state.activeTabIndex);
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const variableEditor = useGraphiQL((state) => state.variableEditor);

  // Reuses the tab that already holds the example, or the active tab while it is blank, so that
  // browsing the library does not pile up tabs; otherwise the example opens in a new tab.
  function open(example: Example): void {
    const existing = tabs.findIndex((tab) => tab.query === example.query);
    if (existing >= 0) {
      if (existing !== activeTabIndex) changeTab(existing);
    } else {
      if (tabs[activeTabIndex]?.query?.trim()) addTab();
      queryEditor?.setValue(example.query);
      variableEditor?.setValue(variablesText(example));
    }
    // GraphiQL learns the operation name from a parse of the editor debounced by 100 ms; a run
    // inside that window would send the previous tab's name, which the server rejects.
    const name = operationNameOf(example.query);
    if (name) setOperationName(name);
  }

  return (
    <section className="examples" aria-label="Examples">
      <div className="graphiql-doc-explorer-title">Examples</div>
      <p className="examples-hint">Pick a question to open its query, then press the run button.</p>
      <ul className="examples-list">
        {EXAMPLES.map((example) => (
          <li key={example.title} className="examples-item">
            <button
              type="button"
              className="examples-open"
              // Monaco loads after the panel renders; until the editors exist there is nowhere to
              // put the example, so the buttons wait rather than drop the click.
              disabled={!queryEditor || !variableEditor}
              onClick={() => open(example)}
            >
              {example.title}
            </button>
            <p className="examples-description">{example.description}</p>
            {example.pictureSlug ? (
              <a className="examples-picture" href={graphPath(example.pictureSlug)}>
                See the career’s neighbourhood
              </a>
            ) : null}
          </li>
        ))}
      </ul>
      <div className="graphiql-doc-explorer-title examples-subtitle">Career pictures</div>
      <ul className="examples-pictures">
        {PICTURE_SLUGS.map(({ slug, title }) => (
          <li key={slug}>
            <a href={graphPath(slug)}>{title}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export const EXAMPLES_PLUGIN: GraphiQLPlugin = {
  title: 'Examples',
  icon: ExamplesIcon,
  content: ExamplesContent,
};
