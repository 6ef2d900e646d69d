/**
 * The report audit (issue 10's promises, checked on a finished report): (a) every number and date of
 * an agreeing fact or a summary sentence is in each cited supporter's evidence; (b) no shown fact is
 * a fragment or has a bare pronoun subject; (c) no ✓ rests on an editor's note, a repeated headline
 * or a denial; (d) no ◷ on an article published after the fact's event.
 */
import type { Evidence, Fact, Report } from '../../src/model/index.ts';
import { worthRow } from '../../src/report/sections/coverage.ts';
import { isoOf, parseIsoDay } from '../../src/text/dates/days.ts';
import { holds, type Written, writtenIn } from './audit-numbers.ts';
import { evidenceFault, shapeFault } from './audit-shape.ts';

/** The audit's four checks. */
export type Check = 'a numbers' | 'b shape' | 'c evidence' | 'd pre-event';
export const CHECKS: readonly Check[] = ['a numbers', 'b shape', 'c evidence', 'd pre-event'];

/** One fault found, with what to show of it. */
export interface Case {
  readonly check: Check;
  readonly story: string;
  /** What kind of fault, e.g. "summary: number", "bare pronoun subject". */
  readonly kind: string;
  readonly lines: readonly string[];
}

/** The cases of one report, and how many items each check looked at. */
export interface Audited {
  readonly cases: Case[];
  readonly looked: Record<Check, number>;
  /** (a) items a date's day could not be told for (no article date): neither held nor missing. */
  readonly unknown: number;
}

const dayOf = (iso: string | null | undefined): number | null => (iso ? parseIsoDay(iso.slice(0, 10)) : null);

/** Audit every story of a report; `key` names the input in each case. */
export function auditReport(report: Report, key: string): Audited {
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  const textAt = (e: Evidence) => byId.get(e.articleId)?.text.slice(e.span.start, e.span.end) ?? '';
  const refOf = (id: string) => dayOf(byId.get(id)?.publishedAt);
  const label = (id: string) => byId.get(id)?.label ?? id;
  const cases: Case[] = [];
  const looked: Record<Check, number> = { 'a numbers': 0, 'b shape': 0, 'c evidence': 0, 'd pre-event': 0 };
  let unknown = 0;
  // (a): each number and date of `text` (read against `ref`) in the evidence
  const numbers = (what: string, text: string, ref: number | null, evidence: Evidence) => {
    looked['a numbers']++;
    const told = writtenIn(text, ref);
    if (!told.length) return;
    const held = writtenIn(textAt(evidence), refOf(evidence.articleId));
    const missing: Written[] = [];
    for (const item of told) {
      const h = holds(item, held);
      if (h === 'no') missing.push(item);
      else if (h === 'unknown') unknown++;
    }
    if (missing.length)
      cases.push({
        check: 'a numbers',
        story: key,
        kind: `${what}: ${[...new Set(missing.map((m) => m.kind))].join(' and ')}`,
        lines: [
          `${what}: ${text}`,
          `  ${label(evidence.articleId)} cited: ${textAt(evidence)}`,
          `  missing: ${missing.map((m) => m.text).join(', ')}`,
        ],
      });
  };
  for (const story of report.stories) {
    const events = story.timeline.filter((e) => !e.planned && e.precision === 'day');
    for (const fact of story.facts) {
      const own = fact.evidence[0];
      if (!own) continue;
      const agreeing = fact.sources.length >= 2;
      if (worthRow(fact)) {
        looked['b shape']++;
        const fault = shapeFault(fact.text);
        if (fault)
          cases.push({ check: 'b shape', story: key, kind: fault, lines: [`fact ${fact.id}: ${fact.text}`] });
      }
      const eventDay = agreeing || worthRow(fact) ? eventDayOf(fact, events) : null;
      for (const [articleId, mark] of Object.entries(fact.coverage)) {
        if (articleId === own.articleId) continue;
        if (mark.mark === 'supports' && mark.evidence) {
          if (agreeing) numbers('fact', fact.text, refOf(own.articleId), mark.evidence);
          looked['c evidence']++;
          const fault = evidenceFault(textAt(mark.evidence), fact.text, byId.get(articleId)?.title ?? null);
          if (fault)
            cases.push({
              check: 'c evidence',
              story: key,
              kind: fault,
              lines: [`fact: ${fact.text}`, `  ✓ ${label(articleId)}: ${textAt(mark.evidence)}`],
            });
        }
        if (mark.mark === 'published-before') {
          looked['d pre-event']++;
          const published = refOf(articleId);
          if (eventDay !== null && published !== null && published > eventDay)
            cases.push({
              check: 'd pre-event',
              story: key,
              kind: 'published after the event',
              lines: [
                `fact (event ${isoOf(eventDay)}): ${fact.text}`,
                `  ◷ ${label(articleId)}, published ${isoOf(published)}`,
              ],
            });
        }
      }
    }
    for (const sentence of story.summary) {
      const ref = sentence.citations[0] ? refOf(sentence.citations[0].articleId) : null;
      for (const c of sentence.citations) numbers('summary', sentence.text, ref, c);
    }
  }
  return { cases, looked, unknown };
}

// The day of a fact's event: the timeline's day event (told as done) that cites one of its sentences,
// as the pre-event audit reads it (bench/lib/pre-event-items.ts); null when none does.
function eventDayOf(fact: Fact, events: Report['stories'][number]['timeline']): number | null {
  if (fact.modality !== 'happened') return null;
  const event = events.find((e) =>
    e.citations.some((c) =>
      fact.evidence.some(
        (v) => v.articleId === c.articleId && v.span.start < c.span.end && c.span.start < v.span.end,
      ),
    ),
  );
  return event ? dayOf(event.date) : null;
}
