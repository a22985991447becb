import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/auth.decorators';
import { Health } from './health.model';
import { HealthService } from './health.service';

@Resolver(() => Health)
export class HealthResolver {
  constructor(private readonly healthService: HealthService) {}

  @Public()
  @Query(() => Health, { description: 'Database, Redis and grader status. Public.' })
  health(): Promise<Health> {
    return this.healthService.check();
  }
}
