import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { QuestionnairesModule } from '../questionnaires/questionnaires.module';
import { DiagnosticSubmissionService } from './diagnostic-submission.service';
import { DiagnosticsController } from './diagnostics.controller';
import { DiagnosticsService } from './diagnostics.service';

@Module({
  imports: [ProjectsModule, QuestionnairesModule],
  controllers: [DiagnosticsController],
  providers: [DiagnosticsService, DiagnosticSubmissionService],
})
export class DiagnosticsModule {}
