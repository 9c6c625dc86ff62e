import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { User } from '../users/user.entity';
import { CaseFile } from './case-file.entity';
import type { CaseEventVisibility } from './case-event.entity';

/** A markdown note on a case: `internal` to the staff or `shared` with the holder. */
@Entity()
@Index(['caseId', 'createdAt'])
export class CaseNote {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseFile, { onDelete: 'CASCADE' })
  @JoinColumn()
  case?: CaseFile;

  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn()
  author?: User;

  @Column({ type: 'varchar', length: 8 })
  visibility: CaseEventVisibility;

  @Column({ type: 'text' })
  body: string;

  /** Edits send the version they started from: a stale one is a 409. */
  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** What a note said before an edit: the history is kept, never rewritten. */
@Entity()
@Index(['noteId', 'createdAt'])
export class CaseNoteRevision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  noteId: string;

  @ManyToOne(() => CaseNote, { onDelete: 'CASCADE' })
  @JoinColumn()
  note?: CaseNote;

  /** The version this text had. */
  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 8 })
  visibility: CaseEventVisibility;

  @Column({ type: 'text' })
  body: string;

  /** When this text was replaced. */
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
