import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditStaffRead } from '../audit/audit';
import { Authenticated, RequirePermission } from '../common/access';
import { CurrentUser } from '../common/current-user.decorator';
import { UuidParam } from '../common/uuid-param';
import type { User } from '../users/user.entity';
import { CreateNoteDto, NoteDto, NoteRevisionDto, UpdateNoteDto } from './dto/note.dto';
import { NotesService } from './notes.service';

@ApiTags('case-notes')
@Controller()
export class NotesController {
  constructor(private readonly notes: NotesService) {}

  /** Holders of its project (shared notes only); staff who see the case (all of them). */
  @Get('cases/:id/notes')
  @AuditStaffRead('case')
  @Authenticated()
  @ApiOkResponse({ type: [NoteDto], description: 'Newest first.' })
  list(@CurrentUser() user: User, @UuidParam() id: string): Promise<NoteDto[]> {
    return this.notes.list(user, id);
  }

  @Post('cases/:id/notes')
  @RequirePermission('case:work')
  @ApiCreatedResponse({ type: NoteDto })
  create(@CurrentUser() user: User, @UuidParam() id: string, @Body() body: CreateNoteDto): Promise<NoteDto> {
    return this.notes.create(user, id, body);
  }

  /** Its author only (403 for other staff); the text it replaces is kept as a revision. */
  @Patch('notes/:id')
  @RequirePermission('case:work')
  @ApiOkResponse({ type: NoteDto })
  update(@CurrentUser() user: User, @UuidParam() id: string, @Body() body: UpdateNoteDto): Promise<NoteDto> {
    return this.notes.update(user, id, body);
  }

  /** Whoever may read the note. */
  @Get('notes/:id/revisions')
  @Authenticated()
  @ApiOkResponse({ type: [NoteRevisionDto], description: 'Newest first.' })
  revisions(@CurrentUser() user: User, @UuidParam() id: string): Promise<NoteRevisionDto[]> {
    return this.notes.revisions(user, id);
  }
}
