import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NOTIFICATION_KINDS_BY_ROLE, type NotificationKind } from '@essaim/domain';
import type { DataSource } from 'typeorm';
import { AppError, notFound } from '../common/app-error';
import type { User } from '../users/user.entity';
import {
  type NotificationDto,
  type NotificationListQueryDto,
  type NotificationPageDto,
  NOTIFICATIONS_PAGE_SIZE,
  type NotificationSettingDto,
} from './dto/notification.dto';
import { NotificationPreference } from './notification-preference.entity';

interface NotificationRow {
  id: string;
  kind: NotificationKind;
  link: string;
  params: Record<string, string | number>;
  created_at: Date;
  read_at: Date | null;
}

/** The caller's own notifications and email settings: nobody reads or marks anyone else's. */
@Injectable()
export class NotificationInboxService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first, with the caller's unread count. */
  async list(user: User, query: NotificationListQueryDto): Promise<NotificationPageDto> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? NOTIFICATIONS_PAGE_SIZE;
    const unreadOnly = query.unread === 'true';
    const where = `recipient_id = $1${unreadOnly ? ' AND read_at IS NULL' : ''}`;
    const [rows, [{ total }], unreadCount] = await Promise.all([
      this.dataSource.query<NotificationRow[]>(
        `SELECT id, kind, link, params, created_at, read_at FROM notification
          WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3`,
        [user.id, pageSize, (page - 1) * pageSize],
      ),
      this.dataSource.query<{ total: number }[]>(
        `SELECT count(*)::int AS total FROM notification WHERE ${where}`,
        [user.id],
      ),
      this.unreadCount(user),
    ]);
    return { items: rows.map(toDto), total, page, pageSize, unreadCount };
  }

  async unreadCount(user: User): Promise<number> {
    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM notification WHERE recipient_id = $1 AND read_at IS NULL`,
      [user.id],
    );
    return count;
  }

  /** Marks one of the caller's notifications read (already read: unchanged); anyone else's is a 404. */
  async markRead(user: User, id: string): Promise<void> {
    const [, affected] = await this.dataSource.query<[unknown, number]>(
      `UPDATE notification SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND recipient_id = $2`,
      [id, user.id],
    );
    if (affected === 0) throw notFound('Notification');
  }

  /** Marks every unread notification of the caller read; answers how many. */
  async markAllRead(user: User): Promise<number> {
    const [, affected] = await this.dataSource.query<[unknown, number]>(
      `UPDATE notification SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL`,
      [user.id],
    );
    return affected;
  }

  /** One entry per kind of the caller's role, in the domain's order; no row means email on. */
  async settings(user: User): Promise<NotificationSettingDto[]> {
    const kinds = NOTIFICATION_KINDS_BY_ROLE[user.role];
    const rows = await this.dataSource
      .getRepository(NotificationPreference)
      .find({ where: { userId: user.id } });
    const email = new Map(rows.map((row) => [row.kind, row.email]));
    return kinds.map((kind) => ({ kind, email: email.get(kind) ?? true }));
  }

  /** Sets the kinds given (others unchanged), all or nothing: a kind not of the role is a 400. */
  async updateSettings(user: User, settings: NotificationSettingDto[]): Promise<NotificationSettingDto[]> {
    const allowed = new Set<string>(NOTIFICATION_KINDS_BY_ROLE[user.role]);
    settings.forEach((setting, index) => {
      if (!allowed.has(setting.kind)) {
        throw AppError.invalidField(
          `settings.${index}.kind`,
          'not_for_role',
          `${setting.kind} is not a notification people of your role receive`,
        );
      }
    });
    const seen = new Set<string>();
    settings.forEach((setting, index) => {
      if (seen.has(setting.kind)) {
        throw AppError.invalidField(
          `settings.${index}.kind`,
          'duplicate',
          `${setting.kind} is given more than once`,
        );
      }
      seen.add(setting.kind);
    });
    if (settings.length > 0) {
      await this.dataSource.getRepository(NotificationPreference).upsert(
        settings.map(({ kind, email }) => ({ userId: user.id, kind, email })),
        ['userId', 'kind'],
      );
    }
    return this.settings(user);
  }
}

function toDto(row: NotificationRow): NotificationDto {
  return {
    id: row.id,
    kind: row.kind,
    link: row.link,
    params: row.params,
    createdAt: row.created_at.toISOString(),
    read: row.read_at !== null,
  };
}
