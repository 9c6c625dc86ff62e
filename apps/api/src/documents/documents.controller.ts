import {
  Body,
  Controller,
  Get,
  Header,
  Post,
  Query,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { AuditStaffRead } from '../audit/audit';
import { Authenticated } from '../common/access';
import { CurrentUser } from '../common/current-user.decorator';
import { UuidParam } from '../common/uuid-param';
import type { User } from '../users/user.entity';
import { DocumentsService } from './documents.service';
import {
  DocumentDto,
  DownloadDocumentQueryDto,
  UPLOAD_DOCUMENT_BODY,
  UploadDocumentDto,
} from './dto/document.dto';
import { attachmentDisposition } from './file-names';
import { type UploadedFileBytes, UploadTooLargeInterceptor } from './upload';

/**
 * The documents of a case. Every logged-in user may call these routes; the case decides who
 * sees it (its project's holders, the staff of case-access.ts), others get a 404.
 */
@ApiTags('documents')
@Controller()
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  /** Adds a document to the case, or a new version of one (`documentId`). */
  @Post('cases/:id/documents')
  @Authenticated()
  @UseInterceptors(UploadTooLargeInterceptor, FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_DOCUMENT_BODY)
  @ApiCreatedResponse({ type: DocumentDto })
  upload(
    @CurrentUser() user: User,
    @UuidParam() id: string,
    @Body() body: UploadDocumentDto,
    @UploadedFile() file: UploadedFileBytes | undefined,
  ): Promise<DocumentDto> {
    return this.documents.upload(user, id, body, file);
  }

  /** The case's documents, newest first. */
  @Get('cases/:id/documents')
  @Authenticated()
  @ApiOkResponse({ type: [DocumentDto] })
  list(@CurrentUser() user: User, @UuidParam() id: string): Promise<DocumentDto[]> {
    return this.documents.list(user, id);
  }

  /** The file, to save rather than to open in the page (staff downloads are audited). */
  @Get('documents/:id/download')
  @AuditStaffRead('document')
  @Authenticated()
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'private, no-store')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The bytes, with the type read from them at upload.' })
  async download(
    @CurrentUser() user: User,
    @UuidParam() id: string,
    @Query() query: DownloadDocumentQueryDto,
  ): Promise<StreamableFile> {
    const file = await this.documents.download(user, id, query.version);
    return new StreamableFile(file.stream, {
      type: file.contentType.startsWith('text/') ? `${file.contentType}; charset=utf-8` : file.contentType,
      length: file.sizeBytes,
      disposition: attachmentDisposition(file.fileName),
    });
  }
}
