import { isApiError } from '@essaim/api-client';
import type { Answers, AnswerValue } from '@essaim/domain';

import { isTransientError } from '../../api/diagnostics';

/**
 * - `saved`: the API has every answer given;
 * - `saving`: an answer is being sent, or waits for a pause in typing;
 * - `retrying`: a save failed (offline, server error): it is tried again, later and later;
 * - `invalid`: the API refused an answer (400), shown under its question;
 * - `session`, `submitted`, `gone`: saving stopped (401; 409, the diagnostic was submitted; 404).
 */
export type SaveStatus = 'saved' | 'saving' | 'retrying' | 'invalid' | 'session' | 'submitted' | 'gone';

export interface SaverSnapshot {
  answers: Answers;
  status: SaveStatus;
  /** Per question key, the reason the API gave for refusing its answer. */
  problems: Readonly<Record<string, string>>;
  /** Something the holder gave is not confirmed by the API yet. */
  unsaved: boolean;
}

/** Sends one answer; `undefined` clears it. */
export type SendAnswer = (key: string, value: AnswerValue | undefined) => Promise<void>;

export interface SaverOptions {
  /** Pause in typing after which a text or number answer is sent. */
  debounceMs?: number;
  /** First wait before a retry; it doubles on each failure, up to `retryMaxMs`. */
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** Where answers not yet saved are kept, so that closing the tab offline loses nothing. */
  backup?: { storage: Storage; key: string } | null;
}

type Halt = 'session' | 'submitted' | 'gone';

/**
 * Saves a diagnostic's answers one by one as they are given. Answers are shown at once; each
 * question's latest value is sent in order (one request at a time, so an older value never lands
 * after a newer one); failures that may pass are retried with a growing delay.
 */
export class AnswerSaver {
  private answers: Answers;
  /** The latest value of each question not yet confirmed by the API (`undefined`: clear it). */
  private readonly waiting = new Map<string, AnswerValue | undefined>();
  /** Questions whose value can be sent now, in the order they were given. */
  private readonly ready: string[] = [];
  private readonly debounces = new Map<string, ReturnType<typeof setTimeout>>();
  private sending: string | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private attempts = 0;
  private problems: Record<string, string> = {};
  private halted: Halt | null = null;
  private detached = false;
  private snapshot: SaverSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly debounceMs: number;
  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;

  constructor(
    initial: Answers,
    private readonly send: SendAnswer,
    private readonly options: SaverOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? 600;
    this.retryBaseMs = options.retryBaseMs ?? 1000;
    this.retryMaxMs = options.retryMaxMs ?? 30_000;
    this.answers = { ...initial };
    // Answers given on this device that never reached the API (tab closed offline) come back.
    for (const [key, value] of Object.entries(this.readBackup())) {
      const restored = value ?? undefined;
      if (JSON.stringify(restored) === JSON.stringify(this.answers[key])) continue;
      this.answers = withAnswer(this.answers, key, restored);
      this.waiting.set(key, restored);
      this.ready.push(key);
    }
    this.snapshot = this.computeSnapshot();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SaverSnapshot => this.snapshot;

  /** Starts sending what the constructor restored. */
  start(): void {
    this.detached = false;
    this.pump();
    this.emit();
  }

  /** The holder gave (or cleared) an answer: shown at once, sent now or after a pause in typing. */
  change(key: string, value: AnswerValue | undefined, { debounce = false } = {}): void {
    this.answers = withAnswer(this.answers, key, value);
    this.waiting.set(key, value);
    if (key in this.problems) this.problems = withoutKey(this.problems, key);
    this.writeBackup();
    this.cancelDebounce(key);
    const index = this.ready.indexOf(key);
    if (index !== -1) this.ready.splice(index, 1);
    if (debounce) {
      this.debounces.set(
        key,
        setTimeout(() => {
          this.debounces.delete(key);
          this.markReady(key);
        }, this.debounceMs),
      );
      this.emit();
    } else {
      this.markReady(key);
    }
  }

  /** Sends a typed answer now instead of after the pause (the field lost focus). */
  flush(key: string): void {
    if (!this.debounces.has(key)) return;
    this.cancelDebounce(key);
    this.markReady(key);
  }

  /** Sends everything now: the page is going away. Failures are then left to the backup. */
  detach(): void {
    for (const key of [...this.debounces.keys()]) this.flush(key);
    this.detached = true;
  }

  /** Tries again at once (the connection is back, or the holder asked). */
  retryNow(): void {
    if (this.halted === 'session') this.halted = null;
    if (this.retryTimer !== null) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
    }
    this.attempts = 0;
    this.pump();
    this.emit();
  }

  private markReady(key: string): void {
    if (!this.ready.includes(key)) this.ready.push(key);
    this.pump();
    this.emit();
  }

  private cancelDebounce(key: string): void {
    const timer = this.debounces.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.debounces.delete(key);
  }

  private pump(): void {
    if (this.halted !== null || this.sending !== null || this.retryTimer !== null) return;
    let key = this.ready.shift();
    while (key !== undefined && !this.waiting.has(key)) key = this.ready.shift();
    if (key === undefined) return;
    const value = this.waiting.get(key);
    const sentKey = key;
    this.sending = sentKey;
    this.send(sentKey, value).then(
      () => this.onSaved(sentKey, value),
      (error: unknown) => this.onFailed(sentKey, value, error),
    );
  }

  private stillWaiting(key: string, value: AnswerValue | undefined): boolean {
    return this.waiting.has(key) && this.waiting.get(key) === value;
  }

  private onSaved(key: string, value: AnswerValue | undefined): void {
    this.sending = null;
    this.attempts = 0;
    if (this.stillWaiting(key, value)) this.waiting.delete(key);
    this.writeBackup();
    this.pump();
    this.emit();
  }

  private onFailed(key: string, value: AnswerValue | undefined, error: unknown): void {
    this.sending = null;
    const status = isApiError(error) ? error.status : 0;
    if (isTransientError(error) || !isApiError(error) || error.code === 'csrf_failed') {
      if (!this.ready.includes(key)) this.ready.unshift(key);
      if (!this.detached) this.scheduleRetry(isApiError(error) ? error.retryAfter : null);
    } else if (status === 400) {
      if (this.stillWaiting(key, value)) {
        this.waiting.delete(key);
        const detail = isApiError(error) ? (error.detailFor('value') ?? error.details[0]) : undefined;
        this.problems = { ...this.problems, [key]: detail?.reason ?? 'generic' };
      }
      this.writeBackup();
      this.pump();
    } else if (status === 401) {
      if (!this.ready.includes(key)) this.ready.unshift(key);
      this.halted = 'session';
    } else if (status === 409) {
      this.halted = 'submitted';
      this.clearBackup();
    } else {
      this.halted = 'gone';
    }
    this.emit();
  }

  private scheduleRetry(retryAfterSeconds: number | null): void {
    const backoff = Math.min(this.retryBaseMs * 2 ** this.attempts, this.retryMaxMs);
    const delay = Math.max(backoff, (retryAfterSeconds ?? 0) * 1000);
    this.attempts += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.pump();
      this.emit();
    }, delay);
  }

  private computeSnapshot(): SaverSnapshot {
    let status: SaveStatus;
    if (this.halted !== null) status = this.halted;
    else if (this.retryTimer !== null) status = 'retrying';
    else if (this.sending !== null || this.ready.length > 0 || this.debounces.size > 0) status = 'saving';
    else if (Object.keys(this.problems).length > 0) status = 'invalid';
    else status = 'saved';
    return { answers: this.answers, status, problems: this.problems, unsaved: this.waiting.size > 0 };
  }

  private emit(): void {
    const next = this.computeSnapshot();
    const previous = this.snapshot;
    if (
      next.answers === previous.answers &&
      next.status === previous.status &&
      next.problems === previous.problems &&
      next.unsaved === previous.unsaved
    )
      return;
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }

  private readBackup(): Record<string, AnswerValue | null> {
    const backup = this.options.backup;
    if (!backup) return {};
    try {
      const parsed: unknown = JSON.parse(backup.storage.getItem(backup.key) ?? '{}');
      return typeof parsed === 'object' && parsed !== null
        ? (parsed as Record<string, AnswerValue | null>)
        : {};
    } catch {
      return {};
    }
  }

  private writeBackup(): void {
    const backup = this.options.backup;
    if (!backup) return;
    try {
      if (this.waiting.size === 0) backup.storage.removeItem(backup.key);
      else
        backup.storage.setItem(
          backup.key,
          JSON.stringify(Object.fromEntries([...this.waiting].map(([key, value]) => [key, value ?? null]))),
        );
    } catch {
      // Storage full or disabled: the answers still go to the API.
    }
  }

  private clearBackup(): void {
    this.waiting.clear();
    this.writeBackup();
  }
}

function withAnswer(answers: Answers, key: string, value: AnswerValue | undefined): Answers {
  if (value === undefined) return withoutKey(answers, key);
  return { ...answers, [key]: value };
}

function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}
