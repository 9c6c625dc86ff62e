#!/usr/bin/env node
// Static check of docker-compose.yml (CI has no Docker engine): it parses, and the services the README
// promises are wired together. Usage: node tools/check-compose.mjs [path/to/docker-compose.yml]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseDocument } from 'yaml';

const file = resolve(process.argv[2] ?? 'docker-compose.yml');
const problems = [];
const problem = (message) => problems.push(message);

/** Compose variable interpolation with defaults only: `${X:-default}` / `${X-default}` → default, `${X}` → ''. */
const interpolate = (value) =>
  String(value).replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-?]([^}]*))?\}/g,
    (_, _name, fallback) => fallback ?? '',
  );

/** `environment:` as a map or as a list of KEY=VALUE. */
function environmentOf(service) {
  const env = service?.environment;
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry) => {
        const [key, ...rest] = String(entry).split('=');
        return [key, rest.join('=')];
      }),
    );
  }
  return env && typeof env === 'object' ? env : {};
}

/** `depends_on:` as a list or as a map of service → { condition }. */
function dependsOnOf(service) {
  const deps = service?.depends_on;
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((name) => [String(name), {}]));
  return deps && typeof deps === 'object' ? deps : {};
}

/** Ports as { published, target } pairs, from short ("8025:8025", "127.0.0.1:3000:3000/tcp") or long syntax. */
function portsOf(service) {
  return (service?.ports ?? []).map((port) => {
    if (port && typeof port === 'object')
      return { published: String(port.published ?? ''), target: String(port.target) };
    const parts = interpolate(port)
      .replace(/\/(tcp|udp)$/, '')
      .split(':');
    return { published: parts.length > 1 ? parts.at(-2) : '', target: parts.at(-1) };
  });
}

const exposedOf = (service) =>
  (service?.expose ?? []).map((port) => String(port).replace(/\/(tcp|udp)$/, ''));

/** Named volumes a service mounts (bind mounts — paths — are not named volumes). */
function namedVolumesOf(service) {
  const names = [];
  for (const volume of service?.volumes ?? []) {
    if (volume && typeof volume === 'object') {
      if ((volume.type ?? 'volume') === 'volume' && volume.source) names.push(String(volume.source));
      continue;
    }
    const parts = String(volume).split(':');
    if (parts.length < 2) continue; // an anonymous volume: "/path" only
    const source = parts[0];
    if (!/^[.~/$]/.test(source)) names.push(source);
  }
  return names;
}

function check() {
  if (!existsSync(file)) return problem(`${file} does not exist`);
  const doc = parseDocument(readFileSync(file, 'utf8'), { prettyErrors: true, uniqueKeys: true });
  for (const error of doc.errors) problem(`YAML error: ${error.message}`);
  if (doc.errors.length > 0) return;
  const compose = doc.toJS();
  if (!compose || typeof compose !== 'object') return problem('the file is empty or not a mapping');
  if ('version' in compose)
    problem('top-level `version:` is obsolete in the Compose specification: remove it');

  const services = compose.services ?? {};
  const declaredVolumes = new Set(Object.keys(compose.volumes ?? {}));
  if (Object.keys(services).length === 0) return problem('no `services:` defined');

  // postgres: PostgreSQL 17 with a healthcheck and its data on a volume.
  const postgres = services.postgres;
  if (!postgres) problem('service `postgres` is missing');
  else {
    if (!/^postgres:17(\b|[.-])/.test(String(postgres.image ?? '')))
      problem(`service postgres: image must be postgres:17… (found ${JSON.stringify(postgres.image)})`);
    if (!postgres.healthcheck?.test || postgres.healthcheck.disable)
      problem('service postgres: a `healthcheck` with a `test` is required (the api waits for it)');
    if (!(postgres.volumes ?? []).length) problem('service postgres: its data must live on a volume');
  }

  // mail catcher: SMTP on 1025 for the api, web UI published on 8025.
  const mailName = Object.keys(services).find((name) =>
    /(mailpit|mailhog|maildev|smtp4dev)/i.test(String(services[name].image ?? '')),
  );
  const mail = mailName ? services[mailName] : undefined;
  if (!mail) problem('no mail catcher service (an image such as axllent/mailpit)');
  else {
    const ports = portsOf(mail);
    if (!ports.some((p) => p.target === '1025') && !exposedOf(mail).includes('1025'))
      problem(`service ${mailName}: SMTP port 1025 must be exposed or published`);
    if (!ports.some((p) => p.target === '8025' && p.published))
      problem(`service ${mailName}: the web UI port 8025 must be published`);
  }

  // api: built from the Dockerfile, on PostgreSQL and the mail catcher, port 3000.
  const api = services.api;
  if (!api) problem('service `api` is missing');
  else {
    const build = typeof api.build === 'string' ? { context: api.build } : api.build;
    if (!build) problem('service api: must be built (`build:`) from the Dockerfile');
    else {
      const dockerfile = resolve(dirname(file), build.context ?? '.', build.dockerfile ?? 'Dockerfile');
      if (!existsSync(dockerfile)) problem(`service api: ${dockerfile} does not exist`);
    }
    const env = environmentOf(api);
    if (!env.DATABASE_URL) problem('service api: DATABASE_URL is not set');
    else {
      try {
        const url = new URL(interpolate(env.DATABASE_URL));
        if (!/^postgres(ql)?:$/.test(url.protocol))
          problem('service api: DATABASE_URL must be a postgres:// URL');
        if (url.hostname !== 'postgres')
          problem(`service api: DATABASE_URL must point at the postgres service (host ${url.hostname})`);
      } catch {
        problem(`service api: DATABASE_URL is not a URL (${env.DATABASE_URL})`);
      }
    }
    if (!env.SESSION_SECRET) problem('service api: SESSION_SECRET is required with DATABASE_URL');
    if (mailName && !String(env.SMTP_URL ?? '').includes(`${mailName}:1025`))
      problem(`service api: SMTP_URL must point at the mail catcher (smtp://${mailName}:1025)`);
    const postgresDep = dependsOnOf(api).postgres;
    if (!postgresDep) problem('service api: must depend on postgres');
    else if (postgresDep.condition !== 'service_healthy')
      problem('service api: depends_on postgres must use `condition: service_healthy`');
    if (!portsOf(api).some((p) => p.target === '3000'))
      problem('service api: container port 3000 must be published');
  }

  // Whole-file consistency.
  for (const [name, service] of Object.entries(services)) {
    for (const dependency of Object.keys(dependsOnOf(service)))
      if (!services[dependency])
        problem(`service ${name}: depends_on names an undefined service "${dependency}"`);
    for (const volume of namedVolumesOf(service))
      if (!declaredVolumes.has(volume))
        problem(`service ${name}: volume "${volume}" is not declared under top-level volumes`);
  }
}

check();
if (problems.length > 0) {
  console.error(`✖ ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`✔ ${file}: postgres, api and mail catcher are wired correctly`);
