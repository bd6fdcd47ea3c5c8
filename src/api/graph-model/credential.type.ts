import { Field, ID, ObjectType } from 'type-graphql';
import { CredentialKind, CredentialRole } from '../../common/enums';
import { Career, type CareerRecord } from './career.type';

@ObjectType({ simpleResolvers: true, description: 'A body that issues credentials, e.g. AHIMA.' })
export class Organization {
  @Field(() => ID, { description: 'Readable, stable id, e.g. `ahima`.' })
  id!: string;

  @Field({ description: 'Full name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Acronym, e.g. AHIMA.' })
  acronym!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A license, certification, registration or licensing exam.',
})
export class Credential {
  @Field(() => ID, { description: 'Readable, stable id, e.g. `rhit`.' })
  id!: string;

  @Field({ description: 'Full name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Acronym, e.g. RHIT.' })
  acronym!: string | null;

  @Field(() => CredentialKind, { description: 'What kind of credential it is.' })
  kind!: CredentialKind;

  @Field(() => String, { nullable: true, description: 'What to know about it, in brief.' })
  note!: string | null;

  @Field({ description: 'URL of the source naming this credential.' })
  source!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A credential as a career asks for it.' })
export class CareerCredential {
  @Field(() => CredentialRole, {
    description: 'Required, required in some states, preferred or optional.',
  })
  role!: CredentialRole;

  @Field(() => String, {
    nullable: true,
    description: 'What the source says of it for this career.',
  })
  note!: string | null;

  @Field(() => Credential, { description: 'The credential.' })
  credential!: Credential;

  @Field({ description: 'URL of the source of this fact.' })
  source!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A career as it asks for a credential.' })
export class CareerWithCredential {
  @Field(() => CredentialRole, {
    description: 'Required, required in some states, preferred or optional.',
  })
  role!: CredentialRole;

  @Field(() => String, {
    nullable: true,
    description: 'What the source says of it for this career.',
  })
  note!: string | null;

  @Field(() => Career, { description: 'The career.' })
  career!: CareerRecord;

  @Field({ description: 'URL of the source of this fact.' })
  source!: string;
}
