import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionEntity } from '@sankofa/db';
import { UsersModule } from '../users/users.module';
import { AccessTokenService } from './access-token.service';
import { AuthRateLimits } from './auth-rate-limits.service';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { SessionsService } from './sessions.service';

@Module({
  imports: [JwtModule.register({}), TypeOrmModule.forFeature([SessionEntity]), UsersModule],
  providers: [
    AccessTokenService,
    AuthRateLimits,
    AuthService,
    SessionsService,
    AuthResolver,
    // Guarded by default: every operation needs a signed-in user unless marked @Public().
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AccessTokenService],
})
export class AuthModule {}
