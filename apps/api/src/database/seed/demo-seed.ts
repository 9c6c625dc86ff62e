import type { DataSource } from 'typeorm';
import { Organisation } from '../../territories/organisation.entity';
import { Territory } from '../../territories/territory.entity';
import { User } from '../../users/user.entity';
import { PAYS_DE_LA_LOIRE, seedCommunes } from './communes';
import { DEMO_ACCOUNTS, type DemoOrganisation } from './demo-accounts';
import { seedDemoCases } from './demo-cases';
import { seedDemoCatalogue } from './demo-catalogue';
import { publishDefaultQuestionnaire } from './default-questionnaire';

/**
 * Fills an empty database with the demo territory, its organisations and one account per
 * role. Does nothing when any territory exists, so a restart never seeds twice.
 */
export async function seedDemoData(
  dataSource: DataSource,
  hashPassword: (password: string) => Promise<string>,
  demoPassword: string,
): Promise<boolean> {
  const passwordHash = await hashPassword(demoPassword);
  return dataSource.transaction(async (manager) => {
    await manager.query('LOCK TABLE territory IN EXCLUSIVE MODE');
    if ((await manager.count(Territory)) > 0) return false;

    const territory = await manager.save(
      manager.create(Territory, { code: 'pdl', name: 'Pays de la Loire', settings: { slaDays: 5 } }),
    );
    const [operator, partner, funder] = await manager.save([
      manager.create(Organisation, {
        territoryId: territory.id,
        name: 'CRESS Pays de la Loire',
        kind: 'support',
      }),
      manager.create(Organisation, {
        territoryId: territory.id,
        name: 'Coop’Accompagne Loire',
        kind: 'support',
      }),
      manager.create(Organisation, {
        territoryId: territory.id,
        name: 'Fonds Solidaire de l’Ouest',
        kind: 'funder',
      }),
    ]);
    await manager.update(Territory, territory.id, { operatorOrganisationId: operator.id });
    const organisations: Record<DemoOrganisation, Organisation> = {
      operator: operator,
      partner: partner,
      funder: funder,
    };
    await seedCommunes(manager, territory, PAYS_DE_LA_LOIRE);
    await seedDemoCatalogue(manager, territory, organisations);

    await manager.insert(
      User,
      DEMO_ACCOUNTS.map((account) => ({
        email: account.email,
        passwordHash,
        firstName: account.firstName,
        lastName: account.lastName,
        role: account.role,
        territoryId: account.role === 'platform_admin' ? null : territory.id,
        organisationId: account.organisation ? organisations[account.organisation].id : null,
        status: 'active' as const,
        termsAcceptedAt: new Date(),
        // Demo accounts are ready to use: no confirmation link to click.
        emailConfirmedAt: new Date(),
      })),
    );
    await publishDefaultQuestionnaire(manager, territory.id);
    await seedDemoCases(manager, territory, partner);
    return true;
  });
}
