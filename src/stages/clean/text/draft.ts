import type { LineKind, LineRule } from './data/rules.ts';

/** Mutable per-line state while the passes run. */
export interface Draft {
  kind: LineKind | null;
  rule: string;
  reason: string;
  name?: string;
  /** The outlet an imprint line names ("The Tarrow Courier · May 4, 2026 · By Ann Roe"). */
  outlet?: string;
  /** Boilerplate score from hint rules. */
  hint: number;
  hintRule: LineRule | null;
  prose: boolean;
}

/** Set a draft's kind, rule and reason. */
export function decide(draft: Draft, kind: LineKind, rule: string, reason: string): void {
  draft.kind = kind;
  draft.rule = rule;
  draft.reason = reason;
  draft.prose = false;
}
