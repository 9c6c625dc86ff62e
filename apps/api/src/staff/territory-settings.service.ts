import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_INACTIVITY_DAYS, DEFAULT_SLA_DAYS } from '@essaim/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { notFound } from '../common/app-error';
import { Territory, type TerritorySettings } from '../territories/territory.entity';
import type { User } from '../users/user.entity';
import { adminTerritoryId } from './admin-users.service';
import type { TerritorySettingsDto, UpdateTerritorySettingsDto } from './dto/territory-settings.dto';

export type SettingsChanges = Partial<
  Pick<UpdateTerritorySettingsDto, 'slaDays' | 'inactivityDays' | 'contactEmail'>
>;

/** The territory's settings with their defaults filled in. */
export function settingsOf(territory: Pick<Territory, 'code' | 'name' | 'settings'>): TerritorySettingsDto {
  return {
    code: territory.code,
    name: territory.name,
    slaDays: territory.settings.slaDays ?? DEFAULT_SLA_DAYS,
    inactivityDays: territory.settings.inactivityDays ?? DEFAULT_INACTIVITY_DAYS,
    contactEmail: territory.settings.contactEmail ?? null,
  };
}

/** Merges the changes into the stored settings (a null contact email removes it), other keys untouched. */
export async function updateSettings(
  manager: EntityManager,
  territoryId: string,
  changes: SettingsChanges,
): Promise<void> {
  const set: TerritorySettings = {};
  const removed: string[] = [];
  if (changes.slaDays !== undefined) set.slaDays = changes.slaDays;
  if (changes.inactivityDays !== undefined) set.inactivityDays = changes.inactivityDays;
  if (changes.contactEmail === null) removed.push('contactEmail');
  else if (changes.contactEmail !== undefined) set.contactEmail = changes.contactEmail;
  await manager.query(
    `UPDATE territory SET settings = (settings || $2::jsonb) - $3::text[], updated_at = now() WHERE id = $1`,
    [territoryId, JSON.stringify(set), removed],
  );
}

/** A territory admin's settings of their own territory: alert thresholds and contact address. */
@Injectable()
export class TerritorySettingsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async read(admin: User): Promise<TerritorySettingsDto> {
    return settingsOf(await this.territoryOf(this.dataSource.manager, admin));
  }

  update(admin: User, input: UpdateTerritorySettingsDto): Promise<TerritorySettingsDto> {
    return this.dataSource.transaction(async (manager) => {
      const territory = await this.territoryOf(manager, admin);
      await updateSettings(manager, territory.id, input);
      return settingsOf(await this.territoryOf(manager, admin));
    });
  }

  private async territoryOf(manager: EntityManager, admin: User): Promise<Territory> {
    const territory = await manager.findOneBy(Territory, { id: adminTerritoryId(admin) });
    if (!territory) throw notFound('Territory');
    return territory;
  }
}
