// TEMPORARY (removed before the end of this session): `jest --selectProjects p path` makes
// jest read the path as a second project name and run every test of p; this narrows the
// project's testMatch to the paths so that such a command runs what it names.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

export function narrowed(testMatch: string[]): string[] {
  const index = process.argv.indexOf('--selectProjects');
  if (index < 0) return testMatch;
  const paths = process.argv
    .slice(index + 1)
    .filter((arg) => !arg.startsWith('-') && arg.includes('/') && existsSync(resolve(arg)));
  if (paths.length === 0) return testMatch;
  return paths.map((path) =>
    statSync(resolve(path)).isDirectory() ? `${resolve(path)}/**/*.spec.{ts,tsx}` : resolve(path),
  );
}
