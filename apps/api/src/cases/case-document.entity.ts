import type { DocumentCategory } from '@essaim/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { User } from '../users/user.entity';
import { CaseFile } from './case-file.entity';
import { CaseMessage } from './case-message.entity';

/** A document of a case (statutes, business plan…); its file lives in its versions. */
@Entity()
@Index(['caseId', 'createdAt'])
export class CaseDocument {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseFile, { onDelete: 'CASCADE' })
  @JoinColumn()
  case?: CaseFile;

  @Column({ type: 'varchar', length: 20 })
  category: DocumentCategory;

  /** Set when the document came as a message's attachment. */
  @Column({ type: 'uuid', nullable: true })
  messageId: string | null;

  @ManyToOne(() => CaseMessage, { onDelete: 'SET NULL' })
  @JoinColumn()
  message?: CaseMessage | null;

  /** The number of its latest version. */
  @Column({ type: 'int', default: 1 })
  currentVersion: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** One uploaded file of a document: stored under a generated key, its type read from its bytes. */
@Entity()
@Unique(['documentId', 'version'])
export class CaseDocumentVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  documentId: string;

  @ManyToOne(() => CaseDocument, { onDelete: 'CASCADE' })
  @JoinColumn()
  document?: CaseDocument;

  @Column({ type: 'int' })
  version: number;

  /** The storage key, generated; never derived from the user's file name. */
  @Column({ type: 'varchar', length: 200, unique: true })
  storageKey: string;

  /** The name the uploader gave, shown and offered on download only. */
  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  /** The type read from the file's bytes. */
  @Column({ type: 'varchar', length: 120 })
  contentType: string;

  @Column({ type: 'bigint' })
  sizeBytes: number;

  /** SHA-256 of the bytes, hex. */
  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ type: 'uuid' })
  uploadedById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn()
  uploadedBy?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
