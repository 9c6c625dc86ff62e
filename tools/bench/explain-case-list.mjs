#!/usr/bin/env node
// EXPLAIN (ANALYZE, BUFFERS) of the case list's statement (the page and its capped count) as
// GET /api/staff/cases runs it for an advisor, on the database at DATABASE_URL (after
// `npm run build` and `npm run seed:large`):
//   DATABASE_URL=postgres://… node tools/bench/explain-case-list.mjs ['stage=orientation&q=recyclerie&sort=lastEventAt']
// ADVISOR_EMAIL picks the advisor (default: the demo operator advisor). Without a query string, the
// queries of the `case_list_*` figures of tools/bench/run.mjs.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { CASE_LIST_QUERIES } from './case-list-queries.mjs';

const root = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const app = (path) => require(resolve(root, 'dist/apps/api', path));
const { DataSource } = require('typeorm');
const { plainToInstance } = require('class-transformer');
const { dataSourceOptions } = app('database/data-source-options.js');
const { User } = app('users/user.entity.js');
const { CaseListFilter } = app('case-lists/case-list-query.js');
const { CaseListQueryDto } = app('case-lists/dto/case-list-query.dto.js');

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL must name the database to explain on (the one seed:large filled).');
  process.exit(2);
}
const email = process.env.ADVISOR_EMAIL ?? 'conseil@demo.essaim.test';
const queries = process.argv[2] ? { given: process.argv[2] } : CASE_LIST_QUERIES;

const dataSource = new DataSource(dataSourceOptions(url));
await dataSource.initialize();
try {
  const user = await dataSource.getRepository(User).findOneByOrFail({ email });
  for (const [name, search] of Object.entries(queries)) {
    const query = plainToInstance(CaseListQueryDto, queryObject(search));
    const filter = (await CaseListFilter.visibleTo(dataSource.manager, user)).apply(query, user);
    const pageSize = query.pageSize ?? 25;
    const order = { sort: query.sort ?? 'submittedAt', order: query.order ?? 'desc' };
    const { sql, params } = filter.pageQuery(order, pageSize, ((query.page ?? 1) - 1) * pageSize);
    const plan = await dataSource.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
    console.log(`\n=== ${name} as ${email}: ?${search}\n`);
    console.log(plan.map((row) => row['QUERY PLAN']).join('\n'));
  }
} finally {
  await dataSource.destroy();
}

/** A query string as the API's query parser gives it: repeated keys become arrays. */
function queryObject(search) {
  const object = {};
  for (const [key, value] of new URLSearchParams(search)) {
    object[key] = key in object ? [object[key], value].flat() : value;
  }
  return object;
}
