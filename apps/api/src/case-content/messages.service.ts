import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../common/app-error';
import { accessCase } from '../cases/case-access';
import { CaseMessage } from '../cases/case-message.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { caseAdvisors, caseHolders, caseLabel, caseLink, territoryAdmins } from '../notifications/recipients';
import type { User } from '../users/user.entity';
import { addCaseEvent } from './case-records';
import type { AttachmentDto, CreateMessageDto, MessageDto, MessageThreadDto } from './dto/message.dto';

interface MessageRow {
  id: string;
  body: string;
  author_id: string;
  first_name: string;
  last_name: string;
  holder: boolean;
  created_at: Date;
  read_by_other_side: boolean;
}

interface AttachmentRow {
  message_id: string;
  document_id: string;
  file_name: string;
  content_type: string;
  size_bytes: string;
}

/**
 * The case's one thread between its holders and its staff. A message is read by the other side
 * once one of them has read the thread since it was posted (the side is the reader's role).
 */
const MESSAGES = `
  SELECT m.id, m.body, m.author_id, u.first_name, u.last_name, u.role = 'holder' AS holder, m.created_at,
         EXISTS (SELECT 1 FROM case_thread_read r JOIN app_user reader ON reader.id = r.user_id
                  WHERE r.case_id = m.case_id AND r.read_at >= m.created_at
                    AND (reader.role = 'holder') <> (u.role = 'holder')) AS read_by_other_side
    FROM case_message m JOIN app_user u ON u.id = m.author_id`;

/** The latest version of each document sent with a message of the case. */
const ATTACHMENTS = `
  SELECT d.message_id, d.id AS document_id, v.file_name, v.content_type, v.size_bytes
    FROM case_document d
    JOIN case_document_version v ON v.document_id = d.id AND v.version = d.current_version
   WHERE d.case_id = $1 AND d.message_id = ANY($2)
   ORDER BY d.created_at, d.id`;

/** Marks the thread read up to now for a user; never moves their mark back. */
const MARK_READ = `
  INSERT INTO case_thread_read (case_id, user_id, read_at) VALUES ($1, $2, now())
  ON CONFLICT (case_id, user_id) DO UPDATE SET read_at = GREATEST(case_thread_read.read_at, EXCLUDED.read_at)`;

@Injectable()
export class MessagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  /** Oldest first, with how many the caller has not read yet. */
  async thread(user: User, caseId: string): Promise<MessageThreadDto> {
    const manager = this.dataSource.manager;
    await accessCase(manager, user, caseId);
    const items = await this.messages(manager, user, caseId);
    const [{ unread }]: { unread: number }[] = await manager.query(
      `SELECT count(*)::int AS unread FROM case_message m
        WHERE m.case_id = $1 AND m.author_id <> $2
          AND m.created_at > COALESCE(
                (SELECT read_at FROM case_thread_read WHERE case_id = $1 AND user_id = $2), '-infinity')`,
      [caseId, user.id],
    );
    return { items, unreadCount: unread };
  }

  /** Holders of the project and staff who see the case write; the author has then read the thread. */
  async post(user: User, caseId: string, input: CreateMessageDto): Promise<MessageDto> {
    return this.dataSource.transaction(async (manager) => {
      const { caseFile } = await accessCase(manager, user, caseId);
      const attachmentIds = input.attachmentIds ?? [];
      await lockAttachable(manager, user, caseId, attachmentIds);
      const { identifiers } = await manager.insert(CaseMessage, {
        caseId,
        authorId: user.id,
        body: input.body,
      });
      const messageId = String(identifiers[0]?.['id']);
      if (attachmentIds.length > 0) {
        await manager.query(`UPDATE case_document SET message_id = $1 WHERE id = ANY($2)`, [
          messageId,
          attachmentIds,
        ]);
      }
      await addCaseEvent(manager, caseFile, user, 'message_posted', 'shared', { messageId });
      await manager.query(MARK_READ, [caseId, user.id]);
      await this.notifications.notify(manager, {
        kind: 'message_received',
        recipientIds: await messageRecipients(manager, user, caseFile),
        link: caseLink(caseId),
        params: await caseLabel(manager, caseFile),
        caseId,
        territoryId: caseFile.territoryId,
        actorId: user.id,
      });
      const [message] = await this.messages(manager, user, caseId, messageId);
      return message;
    });
  }

  async markRead(user: User, caseId: string): Promise<void> {
    await accessCase(this.dataSource.manager, user, caseId);
    await this.dataSource.query(MARK_READ, [caseId, user.id]);
  }

  private async messages(
    manager: EntityManager,
    user: User,
    caseId: string,
    messageId?: string,
  ): Promise<MessageDto[]> {
    const rows: MessageRow[] = messageId
      ? await manager.query(`${MESSAGES} WHERE m.case_id = $1 AND m.id = $2`, [caseId, messageId])
      : await manager.query(`${MESSAGES} WHERE m.case_id = $1 ORDER BY m.created_at, m.id`, [caseId]);
    const attachments = await attachmentsOf(
      manager,
      caseId,
      rows.map((row) => row.id),
    );
    return rows.map((row) => ({
      id: row.id,
      body: row.body,
      author: {
        id: row.author_id,
        firstName: row.first_name,
        lastName: row.last_name,
        side: row.holder ? 'holder' : 'staff',
      },
      createdAt: row.created_at.toISOString(),
      mine: row.author_id === user.id,
      readByOtherSide: row.read_by_other_side,
      attachments: attachments.get(row.id) ?? [],
    }));
  }
}

/**
 * Who hears of a new message: from a holder, the case's lead and followers (the territory's
 * admins when nobody leads it); from the staff, the project's holders.
 */
async function messageRecipients(
  manager: EntityManager,
  author: User,
  caseFile: { id: string; territoryId: string; leadAdvisorId: string | null },
): Promise<string[]> {
  if (author.role !== 'holder') return caseHolders(manager, caseFile.id);
  const advisors = await caseAdvisors(manager, caseFile.id);
  return caseFile.leadAdvisorId && advisors.includes(caseFile.leadAdvisorId)
    ? advisors
    : [...advisors, ...(await territoryAdmins(manager, caseFile.territoryId))];
}

async function attachmentsOf(
  manager: EntityManager,
  caseId: string,
  messageIds: string[],
): Promise<Map<string, AttachmentDto[]>> {
  const byMessage = new Map<string, AttachmentDto[]>();
  if (messageIds.length === 0) return byMessage;
  const rows: AttachmentRow[] = await manager.query(ATTACHMENTS, [caseId, messageIds]);
  for (const row of rows) {
    const list = byMessage.get(row.message_id) ?? [];
    list.push({
      documentId: row.document_id,
      fileName: row.file_name,
      contentType: row.content_type,
      sizeBytes: Number(row.size_bytes),
    });
    byMessage.set(row.message_id, list);
  }
  return byMessage;
}

/**
 * Locks the documents to attach: each must be of this case, its latest version uploaded by the
 * caller, and not yet sent with a message (a concurrent send of the same file finds it taken).
 */
async function lockAttachable(
  manager: EntityManager,
  user: User,
  caseId: string,
  documentIds: string[],
): Promise<void> {
  if (documentIds.length === 0) return;
  const rows: { id: string }[] = await manager.query(
    `SELECT d.id FROM case_document d
       JOIN case_document_version v ON v.document_id = d.id AND v.version = d.current_version
      WHERE d.id = ANY($1) AND d.case_id = $2 AND d.message_id IS NULL AND v.uploaded_by_id = $3
      FOR UPDATE OF d`,
    [documentIds, caseId, user.id],
  );
  if (rows.length !== documentIds.length) {
    const found = new Set(rows.map((row) => row.id));
    const refused = documentIds.filter((id) => !found.has(id));
    throw AppError.invalidField(
      'attachmentIds',
      'not_attachable',
      `attachmentIds must be documents of this case you uploaded and have not sent yet, not ${refused.join(', ')}`,
    );
  }
}
