import { cypher } from '../db/cypher';
import type { QueryRunner } from '../db/query-runner';
import type { CredentialKind, TraitKind } from '../common/enums';
import type { Setting } from '../setting/setting.type';
import type { Credential } from '../credential/credential.type';
import type { Trait } from '../trait/trait.type';
import type { EducationLevel } from '../education/education-level.type';

const Q = {
  settings: cypher('api/settings-all'),
  credentials: cypher('api/credentials-all'),
  traits: cypher('api/traits-all'),
  educationLevels: cypher('api/education-levels-all'),
};

/** The small reference lists: settings, credentials, traits, education levels. */
export class CatalogRepository {
  constructor(private readonly runner: QueryRunner) {}

  private async items<T>(query: (typeof Q)[keyof typeof Q], params = {}): Promise<T[]> {
    const rows = await this.runner.read(query, params);
    return rows.map((r) => r.item as T);
  }

  settings(): Promise<Setting[]> {
    return this.items<Setting>(Q.settings);
  }

  credentials(kind: CredentialKind | null): Promise<Credential[]> {
    return this.items<Credential>(Q.credentials, { kind });
  }

  traits(kind: TraitKind | null): Promise<Trait[]> {
    return this.items<Trait>(Q.traits, { kind });
  }

  educationLevels(): Promise<EducationLevel[]> {
    return this.items<EducationLevel>(Q.educationLevels);
  }
}
