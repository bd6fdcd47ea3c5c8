import DataLoader from 'dataloader';
import { cypher, type CypherQuery } from '../../db/cypher';
import type { QueryRunner } from '../../db/query-runner';
import type { CareerRecord } from '../graph-model/career.type';
import type { CareerSetting } from '../graph-model/setting.type';
import type { CareerCredential, Organization } from '../graph-model/credential.type';
import type { Trait } from '../graph-model/trait.type';
import type { Source } from '../graph-model/source.type';
import { below, type Selection } from '../shared/selection';

/** Which nested lists of a career the request selects; each becomes a flag of the one statement. */
export type CareerIncludes = {
  settings: boolean;
  credentials: boolean;
  issuers: boolean;
  traits: boolean;
  sources: boolean;
  similar: boolean;
};

/** The includes a Career selection set asks for (`selection` is the fields below a Career). */
export function careerIncludes(selection: Selection): CareerIncludes {
  return {
    settings: selection.has('settings'),
    credentials: selection.has('credentials'),
    issuers: below(selection, 'credentials', 'credential').has('issuer'),
    traits: selection.has('traits'),
    sources: selection.has('sources'),
    similar: selection.has('similarOccupations'),
  };
}

export const includesAnything = (i: CareerIncludes): boolean => Object.values(i).some(Boolean);

/** The loaders a bundle's answer primes; the field resolvers read from them. */
export interface PrimedLoaders {
  careerBySlug: DataLoader<string, CareerRecord | null>;
  settings: DataLoader<string, CareerSetting[]>;
  credentials: DataLoader<string, CareerCredential[]>;
  issuer: DataLoader<string, Organization | null>;
  traits: DataLoader<string, Trait[]>;
  sources: DataLoader<string, Source[]>;
  similarOccupations: DataLoader<string, CareerRecord[]>;
}

interface BundleRow {
  key: string;
  item: CareerRecord;
  settings: CareerSetting[];
  credentials: CareerCredential[];
  issuers: Array<{ key: string; item: Organization }>;
  traits: Trait[];
  sources: Source[];
  similar: string[];
}

// A line of its own, so the template's comments can name the syntax.
const INLINE = /^[ \t]*\{\{(\S+) AS (\w+)\}\}[ \t]*$/gm;
const LIST_QUERY = /^\s*UNWIND \$keys AS key\s*\n([\s\S]*)\nRETURN key, ([\s\S]*) AS items\s*$/;

/**
 * Reads careers-with-relations.cypher and inlines each `{{file AS name}}`: the per-career list
 * query's body, its `RETURN key, <list> AS items` turned into `RETURN <list> AS name` (inside a
 * `CALL (key)` the key is already bound, and the aggregate alone yields one row even when the
 * career has none). A list query in another shape fails start-up, not a request.
 */
export function composeBundleQuery(name = 'api/careers-with-relations'): CypherQuery {
  const template = cypher(name);
  const text = template.text.replace(INLINE, (_all, file: string, alias: string) => {
    const body = cypher(file)
      .text.split('\n')
      .filter((line) => !line.trimStart().startsWith('//'))
      .join('\n');
    const m = LIST_QUERY.exec(body);
    if (!m)
      throw new Error(
        `${name}: ${file} is not an 'UNWIND $keys AS key … RETURN key, … AS items' query`,
      );
    return `${m[1]}\nRETURN ${m[2]} AS ${alias}`;
  });
  return { name, text };
}

const BUNDLE = composeBundleQuery();

/**
 * Careers by slug with the lists `include` names, one statement per batch. The answer primes
 * `primed`, so the field resolvers of this request find the lists cached.
 */
export function careerBundleLoader(
  runner: QueryRunner,
  include: CareerIncludes,
  primed: PrimedLoaders,
): DataLoader<string, CareerRecord | null> {
  return new DataLoader<string, CareerRecord | null>(async (keys) => {
    const [answer] = await runner.read(BUNDLE, { keys: [...keys], include });
    const rows = (answer?.rows ?? []) as BundleRow[];
    const similarCareers = new Map<string, CareerRecord>();
    for (const c of (answer?.similarCareers ?? []) as CareerRecord[]) {
      similarCareers.set(c.slug, c);
      primed.careerBySlug.prime(c.slug, c);
    }
    const found = new Map<string, CareerRecord>();
    for (const r of rows) {
      found.set(r.key, r.item);
      primed.careerBySlug.prime(r.key, r.item);
      if (include.settings) primed.settings.prime(r.key, r.settings);
      if (include.credentials) primed.credentials.prime(r.key, r.credentials);
      if (include.issuers) {
        const issuers = new Map(r.issuers.map((i) => [i.key, i.item]));
        for (const c of r.credentials) {
          primed.issuer.prime(c.credential.id, issuers.get(c.credential.id) ?? null);
        }
      }
      if (include.traits) primed.traits.prime(r.key, r.traits);
      if (include.sources) primed.sources.prime(r.key, r.sources);
      if (include.similar) {
        primed.similarOccupations.prime(
          r.key,
          r.similar.map((slug) => {
            const career = similarCareers.get(slug);
            if (!career) throw new Error(`${BUNDLE.name}: career ${slug} listed but not sent`);
            return career;
          }),
        );
      }
    }
    return keys.map((k) => found.get(k) ?? null);
  });
}
