import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { SubmissionEvents } from './submission-events';
import { SubmissionStaffResolver } from './submission-staff.resolver';
import { SubmissionStaffService } from './submission-staff.service';
import { SubmissionsResolver } from './submissions.resolver';
import { SubmissionsService } from './submissions.service';

@Module({
  imports: [CatalogModule],
  providers: [SubmissionEvents, SubmissionsService, SubmissionsResolver, SubmissionStaffService, SubmissionStaffResolver],
})
export class SubmissionsModule {}
