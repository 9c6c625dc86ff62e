import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsDefined, IsOptional, IsUUID, ValidateBy } from 'class-validator';
import { PersonDto } from '../../users/person.dto';
import { Omittable, TextField, VersionField } from './fields';

export const TASK_TITLE_MAX_LENGTH = 200;

/** `YYYY-MM-DD` naming a day that exists (no 31 April), in years PostgreSQL and people use. */
export function isCalendarDay(value: unknown): boolean {
  if (typeof value !== 'string' || !/^[12]\d{3}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

const DueDateField = (required: boolean) =>
  applyDecorators(
    ApiProperty({ required, format: 'date', example: '2026-06-30' }),
    required ? IsDefined() : Omittable(),
    ValidateBy({
      name: 'isCalendarDay',
      validator: {
        validate: isCalendarDay,
        defaultMessage: () => 'dueDate must be a calendar day written YYYY-MM-DD',
      },
    }),
  );

export class TaskDto {
  @ApiProperty() id: string;
  @ApiProperty() caseId: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date', example: '2026-06-30' }) dueDate: string;
  @ApiProperty({ type: PersonDto }) assignee: PersonDto;
  @ApiProperty({ type: PersonDto }) createdBy: PersonDto;
  @ApiProperty() done: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) doneAt: string | null;
  @ApiProperty({ description: 'Open and due before today (Europe/Paris).' }) overdue: boolean;
  @ApiProperty({ description: 'Send it back with an edit: a stale one is a 409.' }) version: number;
}

export class CreateTaskDto {
  @TextField({ required: true, maxLength: TASK_TITLE_MAX_LENGTH })
  title: string;

  @DueDateField(true)
  dueDate: string;

  @ApiPropertyOptional({
    description:
      'An active advisor or territory admin of the territory who sees the case; yourself when left out.',
  })
  @IsOptional()
  @IsUUID()
  assigneeId?: string;
}

export class UpdateTaskDto {
  @VersionField()
  version: number;

  @TextField({ required: false, maxLength: TASK_TITLE_MAX_LENGTH })
  title?: string;

  @DueDateField(false)
  dueDate?: string;

  @ApiPropertyOptional({
    description: 'An active advisor or territory admin of the territory who sees the case.',
  })
  @Omittable()
  @IsUUID()
  assigneeId?: string;

  @ApiPropertyOptional({ description: '`true` marks it done (by you, now); `false` opens it again.' })
  @Omittable()
  @IsBoolean()
  done?: boolean;
}
