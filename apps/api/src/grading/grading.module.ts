import { Global, Module } from '@nestjs/common';
import { GradingQueue } from './grading-queue.service';

@Global()
@Module({ providers: [GradingQueue], exports: [GradingQueue] })
export class GradingModule {}
