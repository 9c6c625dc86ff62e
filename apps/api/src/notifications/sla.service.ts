import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_INACTIVITY_DAYS, DEFAULT_SLA_DAYS } from '@essaim/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { NotificationsService } from './notifications.service';
import { caseLead, caseLink, territoryAdmins } from './recipients';

interface LateCase {
  id: string;
  territory_id: string;
  reference: string;
  project_name: string;
  days: number;
}

const THRESHOLDS = `
  SELECT c.id, c.territory_id, c.reference, p.name AS project_name, %DAYS% AS days
    FROM case_file c
    JOIN territory t ON t.id = c.territory_id
    JOIN project p ON p.id = c.project_id`;

const SLA_DAYS = `COALESCE((t.settings ->> 'slaDays')::int, ${DEFAULT_SLA_DAYS})`;
const INACTIVITY_DAYS = `COALESCE((t.settings ->> 'inactivityDays')::int, ${DEFAULT_INACTIVITY_DAYS})`;

/** Submitted cases still without a lead past the territory's SLA days, not flagged yet (once per case). */
const UNASSIGNED = `${THRESHOLDS.replace('%DAYS%', SLA_DAYS)}
   WHERE c.stage = 'submitted' AND c.lead_advisor_id IS NULL
     AND c.submitted_at < $1::timestamptz - make_interval(days => ${SLA_DAYS})
     AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.case_id = c.id AND n.kind = 'sla_unassigned')
   ORDER BY c.submitted_at, c.id`;

/**
 * Cases under way with no event for the territory's inactivity days, not flagged since their
 * last event (once per inactivity period: an event starts a new one).
 */
const INACTIVE = `${THRESHOLDS.replace('%DAYS%', INACTIVITY_DAYS)}
   WHERE c.stage NOT IN ('closed', 'on_hold')
     AND c.last_event_at < $1::timestamptz - make_interval(days => ${INACTIVITY_DAYS})
     AND NOT EXISTS (SELECT 1 FROM notification n
                      WHERE n.case_id = c.id AND n.kind = 'sla_inactive' AND n.created_at >= c.last_event_at)
   ORDER BY c.last_event_at, c.id`;

/** The SLA alerts: cases waiting too long for an advisor, cases with nothing happening. */
@Injectable()
export class SlaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  /** Answers how many cases it flagged. */
  run(now: Date): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('sla-check', 6))`);
      const unassigned: LateCase[] = await manager.query(UNASSIGNED, [now.toISOString()]);
      for (const late of unassigned) {
        await this.flag(manager, late, 'sla_unassigned', await territoryAdmins(manager, late.territory_id));
      }
      const inactive: LateCase[] = await manager.query(INACTIVE, [now.toISOString()]);
      for (const late of inactive) {
        const recipients = [
          ...(await caseLead(manager, late.id)),
          ...(await territoryAdmins(manager, late.territory_id)),
        ];
        await this.flag(manager, late, 'sla_inactive', recipients);
      }
      return unassigned.length + inactive.length;
    });
  }

  private flag(
    manager: EntityManager,
    late: LateCase,
    kind: 'sla_unassigned' | 'sla_inactive',
    recipientIds: string[],
  ): Promise<void> {
    return this.notifications.notify(manager, {
      kind,
      recipientIds,
      link: caseLink(late.id),
      params: { reference: late.reference, projectName: late.project_name, days: late.days },
      caseId: late.id,
      territoryId: late.territory_id,
    });
  }
}
