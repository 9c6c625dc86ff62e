import type { Role } from '@essaim/domain';

export type DemoOrganisation = 'operator' | 'partner' | 'funder';

export interface DemoAccount {
  email: string;
  role: Role;
  firstName: string;
  lastName: string;
  organisation?: DemoOrganisation;
}

/** The demo accounts; all share DEMO_PASSWORD. Names are fictional. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@demo.essaim.test', role: 'platform_admin', firstName: 'Alix', lastName: 'Martin' },
  {
    email: 'cress@demo.essaim.test',
    role: 'territory_admin',
    firstName: 'Claire',
    lastName: 'Rousseau',
    organisation: 'operator',
  },
  {
    email: 'conseil@demo.essaim.test',
    role: 'advisor',
    firstName: 'Karim',
    lastName: 'Benali',
    organisation: 'operator',
  },
  {
    email: 'partenaire@demo.essaim.test',
    role: 'advisor',
    firstName: 'Léa',
    lastName: 'Guérin',
    organisation: 'partner',
  },
  {
    email: 'financeur@demo.essaim.test',
    role: 'funder',
    firstName: 'Paul',
    lastName: 'Lemoine',
    organisation: 'funder',
  },
  { email: 'porteur@demo.essaim.test', role: 'holder', firstName: 'Inès', lastName: 'Morel' },
];
