import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum HealthStatus {
  OK = 'OK',
  DEGRADED = 'DEGRADED',
  DOWN = 'DOWN',
}
registerEnumType(HealthStatus, { name: 'HealthStatus' });

@ObjectType()
export class ComponentHealth {
  @Field(() => HealthStatus)
  status!: HealthStatus;

  @Field(() => Int, { nullable: true })
  latencyMs?: number | null;

  @Field(() => String, { nullable: true, description: 'Why it is not OK, in a few words (no internals).' })
  detail?: string | null;
}

@ObjectType()
export class QueueCounts {
  @Field(() => Int) waiting!: number;
  @Field(() => Int) active!: number;
  @Field(() => Int) delayed!: number;
  @Field(() => Int) failed!: number;
  @Field(() => Int) completed!: number;
}

@ObjectType()
export class GraderHealth {
  @Field(() => HealthStatus)
  status!: HealthStatus;

  @Field(() => Int, { description: 'Grader workers connected to the grading queue.' })
  workers!: number;

  @Field(() => QueueCounts, { nullable: true })
  queue?: QueueCounts | null;

  @Field(() => String, { nullable: true, description: 'How the graders run Python: bubblewrap, unsandboxed or unavailable; null when no grader reports.' })
  pythonSandbox?: string | null;
}

@ObjectType()
export class Health {
  @Field(() => HealthStatus, { description: 'DOWN when the database or Redis is; DEGRADED when no grader is running.' })
  status!: HealthStatus;

  @Field(() => ComponentHealth)
  database!: ComponentHealth;

  @Field(() => ComponentHealth)
  redis!: ComponentHealth;

  @Field(() => GraderHealth)
  grader!: GraderHealth;
}
