import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { CasesController } from './cases.controller';
import { CaseAssignmentService } from './case-assignment.service';
import { CaseWorkflowService } from './case-workflow.service';
import { CasesService } from './cases.service';
import { NotificationsModule } from '../notifications/notifications.module';

@Module({
  imports: [ProjectsModule, NotificationsModule],
  controllers: [CasesController],
  providers: [CasesService, CaseWorkflowService, CaseAssignmentService],
})
export class CasesModule {}
