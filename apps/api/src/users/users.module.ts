import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from '@sankofa/db';
import { PasswordHasher } from './password-hasher';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity])],
  providers: [UsersService, UsersResolver, PasswordHasher],
  exports: [UsersService],
})
export class UsersModule {}
