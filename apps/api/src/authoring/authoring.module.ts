import { Module } from '@nestjs/common';
import { AuthoringResolver } from './authoring.resolver';
import { AuthoringService } from './authoring.service';
import { CourseStore } from './course-store.service';

@Module({ providers: [CourseStore, AuthoringService, AuthoringResolver], exports: [CourseStore] })
export class AuthoringModule {}
