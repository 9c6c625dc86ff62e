import {
  type CallHandler,
  createParamDecorator,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { from, type Observable, switchMap } from 'rxjs';
import type { DataSource } from 'typeorm';
import { clientIp } from '../common/client-ip';
import type { AuditedRecord } from './audit-entry.entity';

const AUDIT_KEY = 'essaim:audit';
/** Set on the request by a handler that wrote its own audit entry (see `ReadAudit`). */
const AUDIT_WRITTEN = Symbol('essaim:audit-written');

/** The audit entry's columns, in the order of its values, and their types. */
const AUDIT_ENTRY_COLUMN_TYPES = {
  territory_id: 'uuid',
  actor_id: 'uuid',
  actor_role: 'varchar',
  action: 'varchar',
  record_type: 'varchar',
  record_id: 'uuid',
  ip: 'varchar',
  request_id: 'varchar',
} as const;
export const AUDIT_ENTRY_COLUMNS = Object.keys(AUDIT_ENTRY_COLUMN_TYPES).join(', ');

/** The placeholders of an audit entry's values from `$firstParam` on, typed (for INSERT … SELECT). */
export function auditEntryPlaceholders(firstParam: number): string {
  return Object.values(AUDIT_ENTRY_COLUMN_TYPES)
    .map((type, index) => `$${firstParam + index}::${type}`)
    .join(', ');
}

interface AuditRule {
  recordType: AuditedRecord;
  action: string;
  /** Holders too (a step they take), not only the staff and funders. */
  everyone: boolean;
}

/**
 * Marks a route that shows a dossier: every successful call by someone other than a holder
 * (advisors, admins, funders) leaves an audit entry naming the record of the `:id` parameter.
 */
export const AuditStaffRead = (recordType: AuditedRecord) =>
  SetMetadata(AUDIT_KEY, { recordType, action: 'read', everyone: false } satisfies AuditRule);

/**
 * Marks a route that takes a step on a dossier (a referral sent, decided, paid…): every successful
 * call, whoever makes it, leaves an audit entry with the step's name and the record of `:id`.
 */
export const AuditStep = (recordType: AuditedRecord, action: string) =>
  SetMetadata(AUDIT_KEY, { recordType, action, everyone: true } satisfies AuditRule);

/**
 * For a route marked `AuditStaffRead` whose handler writes the entry in its own statement (the case
 * page: one round trip fewer on the busiest read). `values` gives the entry's values from
 * `territory_id` to `request_id` as `AUDIT_ENTRY_COLUMNS` lists them, with `record_id` as given;
 * `written()` then tells the interceptor, which otherwise writes it as for any audited route.
 */
export interface ReadAudit {
  values(recordId: string): unknown[];
  written(): void;
}

export const ReadAuditFor = createParamDecorator(
  (recordType: AuditedRecord, context: ExecutionContext): ReadAudit => {
    const request = context.switchToHttp().getRequest<Request & { [AUDIT_WRITTEN]?: boolean }>();
    return {
      values: (recordId) => auditValues(request, 'read', recordType, recordId),
      written: () => {
        request[AUDIT_WRITTEN] = true;
      },
    };
  },
);

function auditValues(
  request: Request,
  action: string,
  recordType: AuditedRecord,
  recordId: string,
): unknown[] {
  const user = request.user!;
  return [
    user.territoryId,
    user.id,
    user.role,
    action,
    recordType,
    recordId,
    clientIp(request).slice(0, 64),
    typeof request.id === 'string' ? request.id : null,
  ];
}

/** Writes the audit entry before the answer leaves, so no shown dossier goes unrecorded. */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const rule = this.reflector.get<AuditRule | undefined>(AUDIT_KEY, context.getHandler());
    const request = context.switchToHttp().getRequest<Request>();
    const user = request.user;
    const recordId = request.params['id'];
    if (!rule || !user || typeof recordId !== 'string') return next.handle();
    if (user.role === 'holder' && !rule.everyone) return next.handle();
    return next.handle().pipe(
      switchMap((body: unknown) =>
        (request as { [AUDIT_WRITTEN]?: boolean })[AUDIT_WRITTEN]
          ? [body]
          : from(
              // A plain INSERT: TypeORM's insert and its RETURNING cost more than the row.
              this.dataSource
                .query(
                  `INSERT INTO audit_entry (${AUDIT_ENTRY_COLUMNS}) VALUES (${auditEntryPlaceholders(1)})`,
                  auditValues(request, rule.action, rule.recordType, recordId),
                )
                .then(() => body),
            ),
      ),
    );
  }
}
