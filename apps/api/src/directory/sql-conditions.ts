/** WHERE clauses and their positional parameters, built together so that numbers never drift. */
export class SqlConditions {
  readonly clauses: string[] = [];
  readonly params: unknown[] = [];

  /** Adds a parameter and returns its placeholder (`$3`). */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  add(clause: string): void {
    this.clauses.push(clause);
  }

  get where(): string {
    // Parenthesised, so that a clause's own OR never leaks into its neighbours.
    return this.clauses.length > 0
      ? `WHERE ${this.clauses.map((clause) => `(${clause})`).join(' AND ')}`
      : '';
  }
}

/** What a free-text query becomes for the French full-text index and for the trigram fallback. */
export interface TextQuery {
  /** For websearch_to_tsquery: lower-cased, hyphens as spaces ("tiers-lieu" is two words). */
  words: string;
  /** For LIKE on unaccented lower-case text: spaces, hyphens and apostrophes match any one of them. */
  pattern: string;
}

export function textQuery(q: string | undefined): TextQuery | null {
  const text = (q ?? '').trim().toLowerCase();
  if (!/[\p{L}\p{N}]/u.test(text)) return null;
  const escaped = text.replace(/[\\%_]/g, (char) => `\\${char}`);
  return {
    words: text.replace(/-/g, ' '),
    pattern: `%${escaped.replace(/[\s'’-]+/g, '_')}%`,
  };
}
