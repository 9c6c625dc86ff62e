import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsOptional, IsUUID } from 'class-validator';
import { PersonDto } from '../../users/person.dto';
import { TextField } from './fields';

export const MESSAGE_MAX_LENGTH = 10_000;
export const MESSAGE_MAX_ATTACHMENTS = 5;
export const THREAD_SIDES = ['holder', 'staff'] as const;
export type ThreadSide = (typeof THREAD_SIDES)[number];

export class MessageAuthorDto extends PersonDto {
  @ApiProperty({ enum: THREAD_SIDES, description: 'A holder of the project, or the staff.' })
  side: ThreadSide;
}

/** A document sent with a message (download it with GET /api/documents/:id/download). */
export class AttachmentDto {
  @ApiProperty() documentId: string;
  @ApiProperty() fileName: string;
  @ApiProperty() contentType: string;
  @ApiProperty() sizeBytes: number;
}

export class MessageDto {
  @ApiProperty() id: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: MessageAuthorDto }) author: MessageAuthorDto;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ description: 'Whether the caller wrote it.' }) mine: boolean;
  @ApiProperty({
    description: 'Whether someone of the other side (holders, or staff) has read the thread since.',
  })
  readByOtherSide: boolean;
  @ApiProperty({ type: [AttachmentDto] }) attachments: AttachmentDto[];
}

export class MessageThreadDto {
  @ApiProperty({ type: [MessageDto], description: 'Oldest first.' }) items: MessageDto[];
  @ApiProperty({ description: 'Messages by others since the caller last read the thread.' })
  unreadCount: number;
}

export class CreateMessageDto {
  @TextField({ required: true, maxLength: MESSAGE_MAX_LENGTH })
  body: string;

  @ApiPropertyOptional({
    type: [String],
    maxItems: MESSAGE_MAX_ATTACHMENTS,
    description: 'Documents of this case you uploaded and have not sent with another message.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MESSAGE_MAX_ATTACHMENTS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  attachmentIds?: string[];
}
