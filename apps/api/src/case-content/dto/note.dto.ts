import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import type { CaseEventVisibility } from '../../cases/case-event.entity';
import { PersonDto } from '../../users/person.dto';
import { TextField, VersionField } from './fields';

export const NOTE_VISIBILITIES = ['internal', 'shared'] as const;
export const NOTE_MAX_LENGTH = 20_000;

export class NoteDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: NOTE_VISIBILITIES, description: 'Holders only ever get shared notes.' })
  visibility: CaseEventVisibility;
  @ApiProperty({ description: 'Markdown, as its author typed it: render it safely.' }) body: string;
  @ApiProperty({ type: PersonDto }) author: PersonDto;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ description: 'Send it back with an edit: a stale one is a 409.' }) version: number;
  @ApiProperty({ description: 'Whether its text was changed after it was written.' }) edited: boolean;
  @ApiProperty({ description: 'Whether the caller wrote it (only its author edits it).' }) mine: boolean;
}

/** A text a note had before an edit. */
export class NoteRevisionDto {
  @ApiProperty({ description: 'The version of the note that had this text.' }) version: number;
  @ApiProperty() body: string;
  @ApiProperty({ format: 'date-time', description: 'When this text was replaced.' }) createdAt: string;
}

export class CreateNoteDto {
  @TextField({ required: true, maxLength: NOTE_MAX_LENGTH, description: 'Markdown.' })
  body: string;

  @ApiProperty({
    enum: NOTE_VISIBILITIES,
    description: '`internal`: the staff only; `shared`: the holders see it too. Fixed once written.',
  })
  @IsIn(NOTE_VISIBILITIES)
  visibility: CaseEventVisibility;
}

export class UpdateNoteDto {
  @TextField({ required: true, maxLength: NOTE_MAX_LENGTH, description: 'Markdown.' })
  body: string;

  @VersionField()
  version: number;
}
