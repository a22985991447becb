import { Test } from '@nestjs/testing';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AuthResolver } from '../auth/auth.resolver';
import { AuthoringResolver } from '../authoring/authoring.resolver';
import { CatalogResolver } from '../catalog/catalog.resolver';
import { LearningResolver } from '../learning/learning.resolver';
import { HealthResolver } from '../health/health.resolver';
import { UsersResolver } from '../users/users.resolver';
import { GradingAdminResolver } from '../grading/grading-admin.resolver';
import { LeaderboardsResolver } from '../leaderboards/leaderboards.resolver';
import { SubmissionStaffResolver } from '../submissions/submission-staff.resolver';
import { SubmissionsResolver } from '../submissions/submissions.resolver';
import { LessonModelsResolver, OpenModelsResolver } from '../open-models/open-models.resolver';

/** Every resolver of the API; the schema-walk integration test fails if one is missing here. */
export const RESOLVERS = [
  AuthResolver,
  AuthoringResolver,
  CatalogResolver,
  GradingAdminResolver,
  HealthResolver,
  LeaderboardsResolver,
  LearningResolver,
  LessonModelsResolver,
  OpenModelsResolver,
  SubmissionStaffResolver,
  SubmissionsResolver,
  UsersResolver,
];

const SCHEMA_FILE = path.join(__dirname, '../../schema.gql');
const HEADER = '# Generated from the code-first resolvers: do not edit. Regenerate with `UPDATE_SCHEMA=1 npx nx run api:schema-check`.\n\n';

describe('schema.gql', () => {
  it('matches the schema the resolvers generate', async () => {
    const module = await Test.createTestingModule({ imports: [GraphQLSchemaBuilderModule] }).compile();
    const schema = await module.get(GraphQLSchemaFactory).create(RESOLVERS);
    const generated = HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
    if (process.env['UPDATE_SCHEMA'] === '1') fs.writeFileSync(SCHEMA_FILE, generated);
    const committed = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
    expect(committed).toBe(generated);
  });
});
