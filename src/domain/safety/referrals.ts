import { and, gte, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { safetyReferrals } from '../../db/schema/index.ts';
import type { SystemContext } from '../context.ts';

/** One safety response, counted: when (UTC day), which category and level, in which language. */
export interface Referral {
  at: Date;
  category: string;
  level: 'crisis' | 'concern';
  language: string;
}

/** Adds one to the day's tally. No user, no words: only the count. */
export async function countReferral(ctx: SystemContext, r: Referral): Promise<void> {
  await ctx.tx
    .insert(safetyReferrals)
    .values({
      day: r.at.toISOString().slice(0, 10),
      category: r.category,
      level: r.level,
      language: r.language,
      count: 1,
    })
    .onConflictDoUpdate({
      target: [
        safetyReferrals.day,
        safetyReferrals.category,
        safetyReferrals.level,
        safetyReferrals.language,
      ],
      set: { count: sql`${safetyReferrals.count} + 1` },
    });
}

export const SafetyReportSchema = z
  .object({
    year: z.number().int(),
    /** Every safety response: full crisis responses and gentle check-ins, each showing the lines. */
    referrals: z.number().int(),
    byCategory: z.record(z.string(), z.number().int()),
    byLevel: z.record(z.string(), z.number().int()),
    byLanguage: z.record(z.string(), z.number().int()),
  })
  .meta({ id: 'SafetyReport' });
export type SafetyReport = z.infer<typeof SafetyReportSchema>;

/** The year's counts (UTC), for the operator's annual report. */
export async function safetyReport(ctx: SystemContext, year: number): Promise<SafetyReport> {
  const rows = await ctx.tx
    .select()
    .from(safetyReferrals)
    .where(and(gte(safetyReferrals.day, `${year}-01-01`), lt(safetyReferrals.day, `${year + 1}-01-01`)));
  const report: SafetyReport = { year, referrals: 0, byCategory: {}, byLevel: {}, byLanguage: {} };
  for (const r of rows) {
    report.referrals += r.count;
    report.byCategory[r.category] = (report.byCategory[r.category] ?? 0) + r.count;
    report.byLevel[r.level] = (report.byLevel[r.level] ?? 0) + r.count;
    report.byLanguage[r.language] = (report.byLanguage[r.language] ?? 0) + r.count;
  }
  return report;
}
