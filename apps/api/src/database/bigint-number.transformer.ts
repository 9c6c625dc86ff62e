import type { ValueTransformer } from 'typeorm';

/**
 * `bigint` columns (money in cents) come back from pg as strings; amounts stay far below 2^53,
 * so they are read as numbers.
 */
export const bigintNumber: ValueTransformer = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
