import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { NotificationsService } from './notifications.service';

interface TerritoryCount {
  territory_id: string;
  operator_id: string;
  count: number;
  day: string;
}

/**
 * Per territory with an operator: the cases submitted in the 24 hours before `now` and still
 * waiting in the queue (no lead), unless that day's digest was already written.
 */
const NEW_CASES = `
  WITH today AS (SELECT to_char($1::timestamptz AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD') AS day)
  SELECT t.id AS territory_id, t.operator_organisation_id AS operator_id, count(*)::int AS count, today.day
    FROM case_file c
    JOIN territory t ON t.id = c.territory_id
    CROSS JOIN today
   WHERE t.operator_organisation_id IS NOT NULL
     AND c.stage = 'submitted' AND c.lead_advisor_id IS NULL
     AND c.submitted_at >= $1::timestamptz - interval '24 hours' AND c.submitted_at < $1::timestamptz
     AND NOT EXISTS (SELECT 1 FROM notification n
                      WHERE n.territory_id = t.id AND n.kind = 'new_cases_digest' AND n.params ->> 'day' = today.day)
   GROUP BY t.id, t.operator_organisation_id, today.day
   ORDER BY t.id`;

/** The daily digest of new cases in the queue, for the operator's advisors. */
@Injectable()
export class DigestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  /** Answers how many territories got a digest. */
  run(now: Date): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('new-cases-digest', 6))`);
      const territories: TerritoryCount[] = await manager.query(NEW_CASES, [now.toISOString()]);
      for (const territory of territories) {
        const advisors: { id: string }[] = await manager.query(
          `SELECT id FROM app_user WHERE organisation_id = $1 AND territory_id = $2
              AND role = 'advisor' AND status = 'active'`,
          [territory.operator_id, territory.territory_id],
        );
        await this.notifications.notify(manager, {
          kind: 'new_cases_digest',
          recipientIds: advisors.map((advisor) => advisor.id),
          link: '/app/cases',
          params: { count: territory.count, day: territory.day },
          territoryId: territory.territory_id,
        });
      }
      return territories.length;
    });
  }
}
