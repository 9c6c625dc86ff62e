import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError, notFound } from '../common/app-error';
import { accessCase, type CaseAccess } from '../cases/case-access';
import { CaseNote, CaseNoteRevision } from '../cases/case-note.entity';
import { toPerson } from '../users/person.dto';
import type { User } from '../users/user.entity';
import { accessCaseOf, addCaseEvent, lockRecord, staleRecord } from './case-records';
import type { CreateNoteDto, NoteDto, NoteRevisionDto, UpdateNoteDto } from './dto/note.dto';

/** Notes on a case: the staff write them, internal or shared with the holders. */
@Injectable()
export class NotesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first; holders get the shared ones only. */
  async list(user: User, caseId: string): Promise<NoteDto[]> {
    const { reader } = await accessCase(this.dataSource.manager, user, caseId);
    const notes = await this.dataSource.getRepository(CaseNote).find({
      where: reader === 'holder' ? { caseId, visibility: 'shared' } : { caseId },
      relations: { author: true },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    return notes.map((note) => toNoteDto(note, user));
  }

  /** Staff who see the case add notes (the route asks for `case:work`). */
  async create(user: User, caseId: string, input: CreateNoteDto): Promise<NoteDto> {
    return this.dataSource.transaction(async (manager) => {
      const { caseFile } = await accessCase(manager, user, caseId);
      const { identifiers } = await manager.insert(CaseNote, {
        caseId,
        authorId: user.id,
        visibility: input.visibility,
        body: input.body,
      });
      const noteId = String(identifiers[0]?.['id']);
      await addCaseEvent(manager, caseFile, user, 'note_added', input.visibility, { noteId });
      return this.read(manager, user, noteId);
    });
  }

  /**
   * Its author changes a note's text; the text it replaces is kept as a revision. The same
   * text again changes nothing.
   */
  async update(user: User, noteId: string, input: UpdateNoteDto): Promise<NoteDto> {
    return this.dataSource.transaction(async (manager) => {
      const note = await lockRecord(manager, CaseNote, noteId, 'Note');
      const { caseFile } = await readableNote(manager, user, note);
      if (note.authorId !== user.id) {
        throw new AppError('forbidden', 'Only the author of a note can change it.');
      }
      if (note.version !== input.version) throw staleRecord('note');
      if (note.body !== input.body) {
        await manager.insert(CaseNoteRevision, {
          noteId,
          version: note.version,
          visibility: note.visibility,
          body: note.body,
        });
        // The update builder raises the version and updatedAt itself.
        await manager
          .createQueryBuilder()
          .update(CaseNote)
          .set({ body: input.body })
          .whereInIds(noteId)
          .execute();
        await addCaseEvent(manager, caseFile, user, 'note_edited', note.visibility, { noteId });
      }
      return this.read(manager, user, noteId);
    });
  }

  /** What the note said before each edit, newest first. */
  async revisions(user: User, noteId: string): Promise<NoteRevisionDto[]> {
    const manager = this.dataSource.manager;
    const note = await manager.findOneBy(CaseNote, { id: noteId });
    if (!note) throw notFound('Note');
    await readableNote(manager, user, note);
    const revisions = await manager.find(CaseNoteRevision, {
      where: { noteId },
      order: { version: 'DESC' },
    });
    return revisions.map((revision) => ({
      version: revision.version,
      body: revision.body,
      createdAt: revision.createdAt.toISOString(),
    }));
  }

  private async read(manager: EntityManager, user: User, noteId: string): Promise<NoteDto> {
    const note = await manager.findOneOrFail(CaseNote, {
      where: { id: noteId },
      relations: { author: true },
    });
    return toNoteDto(note, user);
  }
}

/** The note's case as the caller sees it; an internal note does not exist for its holders. */
async function readableNote(manager: EntityManager, user: User, note: CaseNote): Promise<CaseAccess> {
  const access = await accessCaseOf(manager, user, note.caseId, 'Note');
  if (access.reader === 'holder' && note.visibility !== 'shared') throw notFound('Note');
  return access;
}

function toNoteDto(note: CaseNote, user: User): NoteDto {
  return {
    id: note.id,
    visibility: note.visibility,
    body: note.body,
    author: toPerson(note.author!),
    createdAt: note.createdAt.toISOString(),
    updatedAt: note.updatedAt.toISOString(),
    version: note.version,
    // Every edit that changed the text raised the version.
    edited: note.version > 1,
    mine: note.authorId === user.id,
  };
}
