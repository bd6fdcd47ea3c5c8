import { registerEnumType } from 'type-graphql';
import {
  CREDENTIAL_KIND,
  CREDENTIAL_ROLE,
  EDUCATION_LEVEL,
  EVIDENCED_FACT,
  LICENSURE,
  PEER_GROUP,
  SETTING_SHARE_SCOPE,
  TRAIT_KIND,
  type Vocabulary,
} from '../shared/vocabulary';

/**
 * The GraphQL enums, each made from its vocabulary (src/shared/vocabulary.ts) so the API, the seed
 * schemas and the importer cannot drift apart. Each export is both a value (`CredentialRole.REQUIRED`)
 * and the union type of its strings, which are the strings stored in the graph.
 */
function graphqlEnum<V extends string>(vocabulary: Vocabulary<V>): { readonly [K in V]: K } {
  const values = Object.fromEntries(vocabulary.values.map((v) => [v, v])) as { [K in V]: K };
  registerEnumType(values, {
    name: vocabulary.name,
    description: vocabulary.description,
    valuesConfig: Object.fromEntries(
      vocabulary.values.map((v) => [v, { description: vocabulary.descriptions[v] }]),
    ) as Record<V, { description: string }>,
  });
  return values;
}

/** Stored on Career.licensure; the same strings as the seeds. */
export const LicensureRequirement = graphqlEnum(LICENSURE);
export type LicensureRequirement = (typeof LICENSURE.values)[number];

export const EducationLevelCode = graphqlEnum(EDUCATION_LEVEL);
export type EducationLevelCode = (typeof EDUCATION_LEVEL.values)[number];

export const CredentialKind = graphqlEnum(CREDENTIAL_KIND);
export type CredentialKind = (typeof CREDENTIAL_KIND.values)[number];

export const CredentialRole = graphqlEnum(CREDENTIAL_ROLE);
export type CredentialRole = (typeof CREDENTIAL_ROLE.values)[number];

export const TraitKind = graphqlEnum(TRAIT_KIND);
export type TraitKind = (typeof TRAIT_KIND.values)[number];

/** Stored on WORKS_IN.scope; for Career.settings once the API lists settings with their scope. */
export const SettingShareScope = graphqlEnum(SETTING_SHARE_SCOPE);
export type SettingShareScope = (typeof SETTING_SHARE_SCOPE.values)[number];

/** The peers `Career.payRank` ranks against; not stored, it picks the Cypher's peer set. */
export const PeerGroup = graphqlEnum(PEER_GROUP);
export type PeerGroup = (typeof PEER_GROUP.values)[number];

/** Which fact of a career a phrase of its OOH page states (Career.evidence). */
export const EvidencedFact = graphqlEnum(EVIDENCED_FACT);
export type EvidencedFact = (typeof EVIDENCED_FACT.values)[number];
