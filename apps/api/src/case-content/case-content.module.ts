import { Module } from '@nestjs/common';
import { MessagesController } from './messages.controller';
import { MessagesService } from './messages.service';
import { NotesController } from './notes.controller';
import { NotesService } from './notes.service';
import { TasksController } from './tasks.controller';
import { TasksService } from './tasks.service';
import { NotificationsModule } from '../notifications/notifications.module';

/** Notes, tasks and messages of a case (docs/contracts/advisor-case-work.md). */
@Module({
  imports: [NotificationsModule],
  controllers: [NotesController, TasksController, MessagesController],
  providers: [NotesService, TasksService, MessagesService],
})
export class CaseContentModule {}
