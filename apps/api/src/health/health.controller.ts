import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { HealthStatus } from './health.model';
import { HealthService } from './health.service';

/** Plain HTTP probes for load balancers and orchestrators. */
@Controller()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** Ready to serve: the database and Redis answer (the grader's state is reported, not required). */
  @Get('ready')
  async ready(@Res() res: Response): Promise<void> {
    const health = await this.health.check();
    res.status(health.status === HealthStatus.DOWN ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK).json(health);
  }

  /** The process is up. */
  @Get('live')
  live(): { status: string } {
    return { status: 'OK' };
  }
}
