import { Module } from '@nestjs/common';
import { MessagesController } from './messages.controller';
import { MessagesService } from './messages.service';
import { NotesController } from './notes.controller';
import { NotesService } from './notes.service';
import { TasksController } from './tasks.controller';
import { TasksService } from './tasks.service';

/** Notes, tasks and messages of a case (docs/contracts/advisor-case-work.md). */
@Module({
  controllers: [NotesController, TasksController, MessagesController],
  providers: [NotesService, TasksService, MessagesService],
})
export class CaseContentModule {}
