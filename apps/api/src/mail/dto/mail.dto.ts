import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const MAIL_STATUSES = ['pending', 'sent', 'failed', 'console'] as const;

export class MailPageQueryDto {
  @ApiProperty({ required: false, type: 'integer', minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page: number = 1;
}

/** A mail of the outbox, as the platform admins see it in the demo (no SMTP). */
export class OutboxMailDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() to: string;
  @ApiProperty({ description: 'A notification kind, `invitation`, `staff_invitation`, `password_reset`…' })
  kind: string;
  @ApiProperty() subject: string;
  @ApiProperty({ enum: MAIL_STATUSES }) status: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sentAt: string | null;
}

export class OutboxMailDetailDto extends OutboxMailDto {
  @ApiProperty() text: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Escaped HTML of the mail, without remote content.',
  })
  html: string | null;
}

export class OutboxMailPageDto {
  @ApiProperty({ type: [OutboxMailDto] }) items: OutboxMailDto[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) pageSize: number;
}

/** A mail of the territory that could not be delivered after its last attempt. */
export class MailFailureDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() to: string;
  @ApiProperty() kind: string;
  @ApiProperty() subject: string;
  @ApiProperty({ type: 'integer' }) attempts: number;
  @ApiProperty({ type: String, nullable: true, description: 'The mail server’s last answer.' })
  lastError: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class MailFailurePageDto {
  @ApiProperty({ type: [MailFailureDto] }) items: MailFailureDto[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) pageSize: number;
}
