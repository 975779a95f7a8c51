import type { z } from 'zod';
import type { ContextSource, PublicContext, UserContext } from '../../domain/context.ts';
import type { PublicLocation } from '../../domain/locations/schemas.ts';
import type { Exercise } from '../exercises.ts';
import type { SummaryLang } from './summaries.ts';

/**
 * none: reads only. write: changes the user's own data when they plainly asked (a check-in, a
 * reminder). confirm: acts only after the user agreed to that exact proposal (booking, cancelling).
 */
export type SideEffect = 'none' | 'write' | 'confirm';

export interface Coordinates {
  lat: number;
  lng: number;
  /** Metres, as the device reported it (chat:send location.accuracy), when it did. */
  accuracy?: number;
}

/** What a tool runs with: the signed-in user and this turn's facts. There is no other user to name. */
export interface ToolContext {
  deps: ContextSource;
  userId: string;
  /** Where the user's device said they are, sent with this message (chat:send location). */
  location: Coordinates | undefined;
  timeZone: string;
  /** The conversation's language: what a proposal's summary is written in (summaries.ts). */
  lang: SummaryLang;
  now: Date;
  /** Runs fn as the signed-in user in one transaction (withUser); rolled back in a dry run. */
  asUser<T>(fn: (ctx: UserContext) => Promise<T>): Promise<T>;
  /** Runs fn over public rows only (places), as nobody in particular. */
  asPublic<T>(fn: (ctx: PublicContext) => Promise<T>): Promise<T>;
}

/** Structured results for the client's cards, in the public API's shapes. */
export interface ToolDisplay {
  /** Places as GET /api/locations returns them: cards and map pins. */
  places?: (PublicLocation & { distanceKm?: number })[];
  /** A guided exercise, step by step with durations: the client's pacer. */
  exercise?: Exercise;
}

/** A tool as data: the model sees its name, description and the JSON Schema of `input`. */
export interface ToolDef<I, R> {
  name: string;
  description: string;
  input: z.ZodType<I>;
  sideEffect: SideEffect;
  run(args: { ctx: ToolContext; input: I }): Promise<R>;
  /** One short line for chat:tool and the stored context (no free text the user typed). */
  summarize(result: R, input: I): string;
  /** What the client shows beside the reply (place cards), sent with chat:tool `done`; not for the model. */
  display?(result: R): ToolDisplay;
  /** For confirm tools: the proposal in words, checked by a dry run of `run` first. */
  propose?(result: R, input: I, ctx: ToolContext): string;
}

export type AnyTool = ToolDef<unknown, unknown>;

/** Erases a tool's types for the registry (its own input schema still checks every call). */
export function defineTool<I, R>(def: ToolDef<I, R>): AnyTool {
  return def as unknown as AnyTool;
}
