import {
  type CallHandler,
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
        from(
          // A plain INSERT: on the busiest reads (the case page) TypeORM's insert and its RETURNING cost more than the row.
          this.dataSource
            .query(
              `INSERT INTO audit_entry (territory_id, actor_id, actor_role, action, record_type, record_id, ip, request_id)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
              [
                user.territoryId,
                user.id,
                user.role,
                rule.action,
                rule.recordType,
                recordId,
                clientIp(request).slice(0, 64),
                typeof request.id === 'string' ? request.id : null,
              ],
            )
            .then(() => body),
        ),
      ),
    );
  }
}
