import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { accessCase } from '../cases/case-access';
import { CaseDocument, CaseDocumentVersion } from '../cases/case-document.entity';
import { CaseEvent } from '../cases/case-event.entity';
import type { CaseFile } from '../cases/case-file.entity';
import { AppError, notFound } from '../common/app-error';
import { APP_CONFIG, type AppConfig } from '../config/env';
import { FILE_STORAGE, type FileStorage } from '../storage/file-storage';
import { toPerson } from '../users/person.dto';
import type { User } from '../users/user.entity';
import { documentTypeOf } from './document-types';
import type { DocumentDto, UploadDocumentDto } from './dto/document.dto';
import { cleanFileName } from './file-names';
import { fileTooLarge, type UploadedFileBytes } from './upload';

/** A file checked and ready to store. */
export interface CheckedFile {
  bytes: Buffer;
  fileName: string;
  contentType: string;
  sha256: string;
}

/** One version of a document, ready to send. */
export interface DocumentDownload {
  fileName: string;
  contentType: string;
  sizeBytes: number;
  stream: Readable;
}

/**
 * The documents of a case: their holders and the staff who see the case upload and read them.
 * Bytes go to the file storage under a generated key, what they are to the database.
 */
@Injectable()
export class DocumentsService {
  private readonly logger = new Logger(DocumentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new document of the case, or a new version of one of its documents. */
  async upload(
    user: User,
    caseId: string,
    request: UploadDocumentDto,
    file: UploadedFileBytes | undefined,
  ): Promise<DocumentDto> {
    const { caseFile } = await accessCase(this.dataSource.manager, user, caseId);
    if (request.documentId)
      await this.findDocumentOfCase(this.dataSource.manager, request.documentId, caseId);
    const checked = await this.check(file);

    // The bytes first: rows never name a file that is not there. Should the rows fail, the
    // file goes, so that nothing of a refused upload stays behind.
    const storageKey = randomUUID();
    await this.storage.put(storageKey, checked.bytes, checked.contentType);
    let documentId: string;
    try {
      documentId = await this.dataSource.transaction((manager) =>
        this.record(manager, user, caseFile, request, checked, storageKey),
      );
    } catch (error) {
      await this.storage
        .delete(storageKey)
        .catch((cleanup: unknown) =>
          this.logger.error({ err: cleanup, storageKey }, 'could not remove the file of a failed upload'),
        );
      throw error;
    }
    const manager = this.dataSource.manager;
    const [document] = await this.toDtos(manager, [
      await manager.findOneByOrFail(CaseDocument, { id: documentId }),
    ]);
    return document;
  }

  /** Every document of the case, newest first, each with its versions, newest first. */
  async list(user: User, caseId: string): Promise<DocumentDto[]> {
    const manager = this.dataSource.manager;
    await accessCase(manager, user, caseId);
    const documents = await manager.find(CaseDocument, {
      where: { caseId },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    return this.toDtos(manager, documents);
  }

  /** The bytes of a version (by default the latest) of a document of a case the caller sees. */
  async download(user: User, documentId: string, version?: number): Promise<DocumentDownload> {
    const manager = this.dataSource.manager;
    const document = await manager.findOneBy(CaseDocument, { id: documentId });
    if (!document) throw notFound('Document');
    await accessDocumentCase(manager, user, document);
    const stored = await manager.findOneBy(CaseDocumentVersion, {
      documentId,
      version: version ?? document.currentVersion,
    });
    if (!stored) throw notFound('Document version');
    return {
      fileName: stored.fileName,
      contentType: stored.contentType,
      sizeBytes: Number(stored.sizeBytes),
      stream: await this.storage.get(stored.storageKey),
    };
  }

  /**
   * Checks and stores files that another service records in its own transaction (a referral's
   * answer): the storage keys, in order. Should anything fail later, `discardStored` removes them.
   */
  async checkAndStore(files: UploadedFileBytes[]): Promise<{ file: CheckedFile; storageKey: string }[]> {
    const checked: CheckedFile[] = [];
    for (const file of files) checked.push(await this.check(file));
    const stored: { file: CheckedFile; storageKey: string }[] = [];
    try {
      for (const file of checked) {
        const storageKey = randomUUID();
        await this.storage.put(storageKey, file.bytes, file.contentType);
        stored.push({ file, storageKey });
      }
    } catch (error) {
      await this.discardStored(stored.map((entry) => entry.storageKey));
      throw error;
    }
    return stored;
  }

  /** Removes stored files whose rows were never written. */
  async discardStored(storageKeys: string[]): Promise<void> {
    for (const storageKey of storageKeys) {
      await this.storage
        .delete(storageKey)
        .catch((cleanup: unknown) =>
          this.logger.error({ err: cleanup, storageKey }, 'could not remove the file of a failed upload'),
        );
    }
  }

  /**
   * A new document of the case for a file `checkAndStore` stored, in the caller's transaction,
   * with its shared event: the ids of the document and of its version.
   */
  async recordNewDocument(
    manager: EntityManager,
    user: User,
    caseFile: CaseFile,
    category: UploadDocumentDto['category'],
    stored: { file: CheckedFile; storageKey: string },
  ): Promise<{ documentId: string; versionId: string }> {
    const documentId = await this.record(
      manager,
      user,
      caseFile,
      { category },
      stored.file,
      stored.storageKey,
    );
    const version = await manager.findOneByOrFail(CaseDocumentVersion, { documentId, version: 1 });
    return { documentId, versionId: version.id };
  }

  /** The bytes of a version the caller has already been allowed to read. */
  async openVersion(stored: CaseDocumentVersion): Promise<DocumentDownload> {
    return {
      fileName: stored.fileName,
      contentType: stored.contentType,
      sizeBytes: Number(stored.sizeBytes),
      stream: await this.storage.get(stored.storageKey),
    };
  }

  /** Refuses a missing, empty, too large file, or one of a type a case document may not have. */
  private async check(file: UploadedFileBytes | undefined): Promise<CheckedFile> {
    if (!file) throw AppError.invalidField('file', 'required', 'Choose a file to upload.');
    if (file.size === 0) {
      throw AppError.invalidField('file', 'empty', 'The file is empty: choose another one.');
    }
    if (file.size > this.config.uploadMaxBytes) throw fileTooLarge(this.config.uploadMaxBytes);
    const fileName = cleanFileName(file.originalname);
    const contentType = await documentTypeOf(file.buffer, fileName);
    if (!contentType) {
      throw new AppError(
        'unsupported_media_type',
        'This kind of file is not accepted. Send a PDF, an image (PNG, JPEG, GIF, WebP), a Word, ' +
          'Excel, PowerPoint or OpenDocument file, or a CSV or text file.',
      );
    }
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    return { bytes: file.buffer, fileName, contentType, sha256 };
  }

  /** The rows of an upload and its shared event; the id of the document. */
  private async record(
    manager: EntityManager,
    user: User,
    caseFile: CaseFile,
    request: UploadDocumentDto,
    file: CheckedFile,
    storageKey: string,
  ): Promise<string> {
    let documentId: string;
    let version: number;
    if (request.documentId) {
      // Locked, so that two new versions sent at once get two numbers.
      const document = await this.findDocumentOfCase(manager, request.documentId, caseFile.id, true);
      documentId = document.id;
      version = document.currentVersion + 1;
      await manager.update(CaseDocument, documentId, { currentVersion: version, category: request.category });
    } else {
      const inserted = await manager.insert(CaseDocument, {
        caseId: caseFile.id,
        category: request.category,
        currentVersion: 1,
      });
      documentId = (inserted.identifiers[0] as { id: string }).id;
      version = 1;
    }
    await manager.insert(CaseDocumentVersion, {
      documentId,
      version,
      storageKey,
      fileName: file.fileName,
      contentType: file.contentType,
      sizeBytes: file.bytes.length,
      sha256: file.sha256,
      uploadedById: user.id,
    });
    await manager.insert(CaseEvent, {
      caseId: caseFile.id,
      territoryId: caseFile.territoryId,
      kind: 'document_uploaded',
      visibility: 'shared',
      actorId: user.id,
      payload: { documentId, version, category: request.category, fileName: file.fileName },
    });
    return documentId;
  }

  /** A document of this case, or a 404: another case's document is not one to add a version to. */
  private async findDocumentOfCase(
    manager: EntityManager,
    documentId: string,
    caseId: string,
    lock = false,
  ): Promise<CaseDocument> {
    const query = manager
      .getRepository(CaseDocument)
      .createQueryBuilder('document')
      .where('document.id = :documentId AND document.case_id = :caseId', { documentId, caseId });
    if (lock) query.setLock('pessimistic_write');
    const document = await query.getOne();
    if (!document) throw notFound('Document');
    return document;
  }

  private async toDtos(manager: EntityManager, documents: CaseDocument[]): Promise<DocumentDto[]> {
    if (documents.length === 0) return [];
    const versions = await manager.find(CaseDocumentVersion, {
      where: { documentId: In(documents.map((document) => document.id)) },
      relations: { uploadedBy: true },
      order: { version: 'DESC' },
    });
    return documents.map((document) => ({
      id: document.id,
      category: document.category,
      messageId: document.messageId,
      createdAt: document.createdAt.toISOString(),
      currentVersion: document.currentVersion,
      versions: versions
        .filter((version) => version.documentId === document.id)
        .map((version) => ({
          version: version.version,
          fileName: version.fileName,
          contentType: version.contentType,
          sizeBytes: Number(version.sizeBytes),
          sha256: version.sha256,
          uploadedBy: toPerson(version.uploadedBy!),
          createdAt: version.createdAt.toISOString(),
        })),
    }));
  }
}

/** Refuses a document whose case the caller may not see, with a 404 that names the document. */
async function accessDocumentCase(manager: EntityManager, user: User, document: CaseDocument): Promise<void> {
  try {
    await accessCase(manager, user, document.caseId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') throw notFound('Document');
    throw error;
  }
}
