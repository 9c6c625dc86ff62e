import { can, permissionsOf, rolesWith } from './permissions';
import { ROLES } from './roles';
import { navigationFor } from './navigation';

describe('permissions', () => {
  it('gives every role the right to read its own account', () => {
    for (const role of ROLES) expect(can(role, 'account:read')).toBe(true);
  });

  it('lets only advisors and territory admins work on cases', () => {
    expect(rolesWith('case:work').sort()).toEqual(['advisor', 'territory_admin']);
  });

  it('keeps funders out of case work and holders out of review', () => {
    expect(can('funder', 'case:work')).toBe(false);
    expect(can('holder', 'referral:review')).toBe(false);
  });

  it('gives platform management to the platform admin alone', () => {
    expect(rolesWith('platform:manage')).toEqual(['platform_admin']);
    expect(permissionsOf('platform_admin')).toContain('platform:manage');
  });

  it('builds each role navigation from its permissions', () => {
    expect(navigationFor('holder').map((item) => item.key)).toEqual(['home', 'projects', 'directory']);
    expect(navigationFor('funder').map((item) => item.key)).toEqual(['home', 'referrals', 'directory']);
    expect(navigationFor('territory_admin').map((item) => item.key)).toEqual([
      'home',
      'cases',
      'orientations',
      'users',
      'territory',
      'organisations',
      'questionnaire',
      'directory',
    ]);
  });
});
