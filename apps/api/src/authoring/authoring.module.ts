import { Module } from '@nestjs/common';
import { CourseStore } from './course-store.service';

@Module({ providers: [CourseStore], exports: [CourseStore] })
export class AuthoringModule {}
