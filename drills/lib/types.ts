/** One measured promise of a drill: its figure, and whether it holds. */
export interface Check {
  name: string;
  ok: boolean;
  /** What was measured, as printed (e.g. "0 lost", "3.2 s"). */
  value: string;
}

export interface Verdict {
  pass: boolean;
  /** The one-line summary printed after PASS|FAIL. */
  figure: string;
  checks: Check[];
  /** Raw figures for the docs and tests. */
  figures: Record<string, number | string>;
}

export interface DrillContext {
  quick: boolean;
  /** Sizes after defaults, --quick and --<name> <value> overrides. */
  sizes: Record<string, number>;
  log(line: string): void;
}

export interface Drill {
  name: string;
  summary: string;
  /** Full sizes (the issue's); quick overrides them for npm test. */
  sizes: Record<string, number>;
  quick: Record<string, number>;
  run(ctx: DrillContext): Promise<Verdict>;
}

/** Collects checks and builds the verdict; the figure lists every check's value. */
export function verdictOf(checks: Check[], figures: Record<string, number | string> = {}): Verdict {
  return {
    pass: checks.every((c) => c.ok),
    figure: checks.map((c) => `${c.name} ${c.value}${c.ok ? '' : ' ✗'}`).join(', '),
    checks,
    figures,
  };
}

export const check = (name: string, ok: boolean, value: string): Check => ({ name, ok, value });
