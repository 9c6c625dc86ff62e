import { Module } from '@nestjs/common';
import { BulkAssignmentService } from './bulk-assignment.service';
import { CaseListsService } from './case-lists.service';
import { SavedFiltersController } from './saved-filters.controller';
import { SavedFiltersService } from './saved-filters.service';
import { StaffCasesController } from './staff-cases.controller';
import { NotificationsModule } from '../notifications/notifications.module';

/** The advisor's queue, the case list, saved filters and bulk assignment. */
@Module({
  imports: [NotificationsModule],
  controllers: [StaffCasesController, SavedFiltersController],
  providers: [CaseListsService, BulkAssignmentService, SavedFiltersService],
})
export class CaseListsModule {}
