import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { AdvancementStepResolver, PathStepResolver } from './career/advancement-step.resolver';
import { CareerFiguresResolver } from './career/career-figures.resolver';
import { CareerResolver } from './career/career.resolver';
import { CareerEvidenceResolver } from './career/evidence.resolver';
import { CredentialResolver } from './credential/credential.resolver';
import { EducationLevelResolver } from './education/education-level.resolver';
import { ExploreResolver } from './explore/explore.resolver';
import { CareerMovesResolver, StepAddsResolver } from './explore/career-moves.resolver';
import { FacetsResolver } from './facets/facets.resolver';
import { SearchResolver } from './search/search.resolver';
import { SettingResolver } from './setting/setting.resolver';
import { StatsResolver } from './stats/stats.resolver';
import { TraitResolver } from './trait/trait.resolver';

export const RESOLVERS = [
  CareerResolver,
  CareerFiguresResolver,
  CareerEvidenceResolver,
  AdvancementStepResolver,
  SettingResolver,
  CredentialResolver,
  TraitResolver,
  EducationLevelResolver,
  SearchResolver,
  ExploreResolver,
  PathStepResolver,
  CareerMovesResolver,
  StepAddsResolver,
  FacetsResolver,
  StatsResolver,
] as const;

/**
 * Builds the executable schema from the resolver classes; the API is read-only (no mutations).
 * Every object type is declared with `simpleResolvers: true`: its plain fields then resolve with
 * graphql-js's default resolver instead of type-graphql's wrapper, which only adds middleware and
 * auth checks (this schema has neither) and costs an allocation per field of every answer.
 */
export async function createSchema(): Promise<GraphQLSchema> {
  const built = await buildSchema({ resolvers: RESOLVERS, validate: false });
  // type-graphql cannot describe the root type; the IDE shows this text at the top of the docs.
  const config = built.toConfig();
  if (!config.query) throw new Error('schema has no Query type');
  return new GraphQLSchema({
    ...config,
    query: new GraphQLObjectType({
      ...config.query.toConfig(),
      description:
        'Healthcare careers from the BLS Occupational Outlook Handbook 2024–34: settings, credentials, traits, pay and outlook, with the source of every fact. Read-only.',
    }),
    types: config.types.filter((t) => t.name !== 'Query'),
  });
}
