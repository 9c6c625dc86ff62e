import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AuditInterceptor } from './audit/audit';
import { AuthModule } from './auth/auth.module';
import { CaseListsModule } from './case-lists/case-lists.module';
import { CaseContentModule } from './case-content/case-content.module';
import { CasesModule } from './cases/cases.module';
import { AccessGuard } from './common/access.guard';
import { ErrorFilter } from './common/error.filter';
import { createHttpLogger, HTTP_LOGGER, loggerParams } from './common/logging';
import { SessionMiddleware } from './common/session.middleware';
import { ConfigModule } from './config/config.module';
import type { AppConfig } from './config/env';
import { dataSourceOptions } from './database/data-source-options';
import { DiagnosticsModule } from './diagnostics/diagnostics.module';
import { DirectoryModule } from './directory/directory.module';
import { DocumentsModule } from './documents/documents.module';
import { HealthModule } from './health/health.module';
import { JobsModule } from './jobs/jobs.module';
import { MetaModule } from './meta/meta.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrientationsModule } from './orientations/orientations.module';
import { ProjectsModule } from './projects/projects.module';
import { QuestionnairesModule } from './questionnaires/questionnaires.module';
import { ReferralsModule } from './referrals/referrals.module';
import { StaffModule } from './staff/staff.module';
import { TerritoriesModule } from './territories/territories.module';
import { UsersModule } from './users/users.module';

@Module({})
export class AppModule {
  static register(config: AppConfig & { databaseUrl: string }): DynamicModule {
    const httpLogger = createHttpLogger(config.logLevel);
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerParams(httpLogger)),
        TypeOrmModule.forRoot(dataSourceOptions(config.databaseUrl, config.databasePoolSize)),
        DiscoveryModule,
        UsersModule,
        AuthModule,
        TerritoriesModule,
        DirectoryModule,
        HealthModule,
        MetaModule,
        ProjectsModule,
        QuestionnairesModule,
        DiagnosticsModule,
        CasesModule,
        CaseListsModule,
        CaseContentModule,
        OrientationsModule,
        DocumentsModule,
        ReferralsModule,
        StaffModule,
        NotificationsModule,
        JobsModule,
      ],
      providers: [
        SessionMiddleware,
        { provide: HTTP_LOGGER, useValue: httpLogger },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: ErrorFilter },
        { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
      ],
    };
  }
}
