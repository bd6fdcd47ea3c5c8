import type { GraphiQLPlugin } from '@graphiql/react';
import { editor } from 'monaco-editor';
import type { PlanAnswer, PlanOperator, TracedStatement } from '../../src/db/statement-trace';
import { useEffect, useState, useSyncExternalStore, type ReactElement } from 'react';
import {
  browserLink,
  localBrowserUrl,
  pasteable,
  traceStore,
  whyThisMany,
} from './cypher-trace-store';

function CypherIcon(): ReactElement {
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
      <circle cx="6" cy="6" r="2.5" />
      <circle cx="18" cy="8" r="2.5" />
      <circle cx="10" cy="18" r="2.5" />
      <path d="M8.3 7l7.3 1M7 8.3l2.2 7.4M16.4 10l-4.6 6.3" strokeLinecap="round" />
    </svg>
  );
}

/** The statement with Monaco's own Cypher colouring (bundled with the editor, no network). */
function CypherText({ text }: { text: string }): ReactElement {
  const [html, setHtml] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    editor.colorize(text, 'cypher', {}).then(
      (coloured) => live && setHtml(coloured),
      () => live && setHtml(null),
    );
    return () => {
      live = false;
    };
  }, [text]);
  return html === null ? (
    <pre className="cypher-text">{text}</pre>
  ) : (
    // colorize escapes the text and adds only its own spans.
    <pre className="cypher-text" dangerouslySetInnerHTML={{ __html: html }} />
  );
}

function widest(node: PlanOperator): number {
  return Math.max(node.dbHits, ...node.children.map(widest));
}

function PlanTree({ node, most }: { node: PlanOperator; most: number }): ReactElement {
  return (
    <li>
      <span className={node.dbHits === most && most > 0 ? 'plan-op plan-widest' : 'plan-op'}>
        <b>{node.operator}</b> {node.rows} rows, {node.dbHits} db hits
        {node.details ? <span className="plan-details"> · {node.details}</span> : null}
      </span>
      {node.children.length > 0 ? (
        <ul>
          {node.children.map((child, i) => (
            <PlanTree key={i} node={child} most={most} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function useBrowserUrl(): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void localBrowserUrl().then((found) => live && setUrl(found));
    return () => {
      live = false;
    };
  }, []);
  return url;
}

function StatementView({
  statement,
  index,
}: {
  statement: TracedStatement;
  index: number;
}): ReactElement {
  const browser = useBrowserUrl();
  const [plan, setPlan] = useState<PlanAnswer | string | null>(null);
  const [copied, setCopied] = useState(false);
  const ms = statement.ms.database ?? statement.ms.total;

  async function askPlan(): Promise<void> {
    setPlan('Asking Neo4j for the plan…');
    const body =
      statement.arguments !== undefined
        ? { name: statement.name, arguments: statement.arguments }
        : { name: statement.name, parameters: statement.parameters };
    const response = await fetch('/cypher/plan', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as PlanAnswer & { errors?: Array<{ message: string }> };
    setPlan(response.ok ? answer : (answer.errors?.[0]?.message ?? `HTTP ${response.status}`));
  }

  async function copy(): Promise<void> {
    await navigator.clipboard.writeText(pasteable(statement));
    setCopied(true);
  }

  return (
    <li className="cypher-statement" data-statement={statement.name}>
      <div className="cypher-head">
        <b>
          {index + 1}. {statement.name}
        </b>
        <span>
          {statement.rows} row{statement.rows === 1 ? '' : 's'} · {ms} ms
          {statement.keys !== null ? ` · batch of ${statement.keys}` : ''}
        </span>
        <span className="cypher-path">{statement.path.join(', ')}</span>
      </div>
      <CypherText text={statement.query} />
      <details>
        <summary>Parameters</summary>
        <pre className="cypher-params">{JSON.stringify(statement.parameters, null, 2)}</pre>
      </details>
      <div className="cypher-actions">
        <button type="button" onClick={() => void copy()}>
          {copied ? 'Copied' : 'Copy for cypher-shell and Browser'}
        </button>
        <button type="button" onClick={() => void askPlan()}>
          Plan
        </button>
        {browser ? (
          <a
            className="cypher-browser"
            href={browserLink(browser, statement)}
            target="_blank"
            rel="noopener noreferrer"
          >
            Open in Neo4j Browser
          </a>
        ) : null}
      </div>
      {typeof plan === 'string' ? <p className="plan-message">{plan}</p> : null}
      {plan !== null && typeof plan === 'object' ? (
        <div className="plan" aria-label={`Plan of ${statement.name}`}>
          <p>
            {plan.total.dbHits} db hits in all · page cache {plan.total.pageCacheHits} hits,{' '}
            {plan.total.pageCacheMisses} misses
          </p>
          <ul className="plan-tree">
            <PlanTree node={plan.plan} most={widest(plan.plan)} />
          </ul>
        </div>
      ) : null}
    </li>
  );
}

function CypherContent(): ReactElement {
  const run = useSyncExternalStore(traceStore.subscribe, traceStore.get);
  return (
    <section className="cypher-panel" aria-label="Cypher">
      <div className="graphiql-doc-explorer-title">Cypher</div>
      {run === null ? (
        <p className="examples-hint">
          Run an operation: the Cypher statements behind its answer appear here.
        </p>
      ) : run.statements === null ? (
        <p className="examples-hint">
          This server sends no Cypher trace (CYPHER_TRACE is off, or the request was refused before
          it ran).
        </p>
      ) : (
        <>
          <p className="cypher-why">{whyThisMany(run.statements)}</p>
          <ol className="cypher-statements">
            {run.statements.map((statement, i) => (
              <StatementView key={`${i}-${statement.name}`} statement={statement} index={i} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

export const CYPHER_PLUGIN: GraphiQLPlugin = {
  title: 'Cypher',
  icon: CypherIcon,
  content: CypherContent,
};
