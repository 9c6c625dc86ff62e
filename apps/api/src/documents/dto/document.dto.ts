import { type ApiBodyOptions, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { DOCUMENT_CATEGORIES, type DocumentCategory } from '@essaim/domain';
import { PersonDto } from '../../users/person.dto';

/** The form fields of an upload; the file itself comes in the `file` part. */
export class UploadDocumentDto {
  @ApiProperty({ enum: DOCUMENT_CATEGORIES })
  @IsIn(DOCUMENT_CATEGORIES)
  category: DocumentCategory;

  @ApiPropertyOptional({ format: 'uuid', description: 'Upload a new version of this document of the case.' })
  @IsOptional()
  @IsUUID()
  documentId?: string;
}

export class DownloadDocumentQueryDto {
  @ApiPropertyOptional({ minimum: 1, description: 'Default: the latest version.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version?: number;
}

export class DocumentVersionDto {
  @ApiProperty() version: number;
  @ApiProperty({ description: 'The name the uploader gave.' }) fileName: string;
  @ApiProperty({ description: 'The type read from the bytes.', example: 'application/pdf' })
  contentType: string;
  @ApiProperty() sizeBytes: number;
  @ApiProperty({ description: 'SHA-256 of the bytes, hex.' }) sha256: string;
  @ApiProperty({ type: PersonDto }) uploadedBy: PersonDto;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class DocumentDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: DOCUMENT_CATEGORIES }) category: DocumentCategory;
  @ApiProperty({ type: String, nullable: true, description: 'Set when it came attached to a message.' })
  messageId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() currentVersion: number;
  @ApiProperty({ type: [DocumentVersionDto], description: 'Newest first.' }) versions: DocumentVersionDto[];
}

/** What the multipart body of an upload looks like, for the OpenAPI document. */
export const UPLOAD_DOCUMENT_BODY: ApiBodyOptions = {
  schema: {
    type: 'object',
    required: ['file', 'category'],
    properties: {
      file: { type: 'string', format: 'binary' },
      category: { type: 'string', enum: [...DOCUMENT_CATEGORIES] },
      documentId: { type: 'string', format: 'uuid', description: 'A new version of this document.' },
    },
  },
};
