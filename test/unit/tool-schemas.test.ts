import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toolNamed } from '../../src/assistant/tools/registry.ts';
import { CheckInInput } from '../../src/domain/checkins/schemas.ts';
import { SearchLocationsQuery } from '../../src/domain/locations/schemas.ts';
import { BookSessionInput, SessionListQuery } from '../../src/domain/mentor-sessions/schemas.ts';
import { MentorSearchQuery } from '../../src/domain/mentors/schemas.ts';
import { ScheduleReminderInput } from '../../src/domain/notifications/schedule-reminder.ts';
import { ListRewardsQuery } from '../../src/domain/rewards/schemas.ts';

/**
 * A tool's input is the domain verb's input as the model sends it. Each field a tool shares with
 * its verb's schema must accept what the verb accepts, bound for bound: a drifted bound (a check-in
 * note of 500 in the tool against 1,000 in the domain) fails here. Deliberate differences are
 * listed with their reason.
 */
const pairs: {
  tool: string;
  domain: z.ZodType;
  renamed?: Record<string, string>;
  narrower?: Record<string, string>;
}[] = [
  { tool: 'check_in', domain: CheckInInput },
  { tool: 'book_mentor_session', domain: BookSessionInput },
  { tool: 'create_reminder', domain: ScheduleReminderInput },
  {
    tool: 'search_mentors',
    domain: MentorSearchQuery,
    renamed: { availableOnly: 'available' },
    narrower: { limit: 'a reply lists at most 10', availableOnly: 'a boolean, not a query-string flag' },
  },
  {
    tool: 'search_locations',
    domain: SearchLocationsQuery,
    narrower: {
      limit: 'a reply lists at most 10',
      beginnerFriendly: 'a boolean, not a query-string flag',
      openNow: 'a boolean, not a query-string flag',
      radiusKm: 'a number (the query string carries digits), within the same 50 km',
      lat: 'a number, not digits in a query string',
      lng: 'a number, not digits in a query string',
    },
  },
  { tool: 'list_my_sessions', domain: SessionListQuery, narrower: { limit: 'a reply lists at most 10' } },
  { tool: 'list_rewards', domain: ListRewardsQuery, narrower: { limit: 'a reply lists at most 10' } },
];

type Json = Record<string, unknown>;
const fieldsOf = (schema: z.ZodType): Record<string, Json> => {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json & {
    $ref?: string;
    $defs?: Record<string, Json>;
  };
  // A schema with an id (an OpenAPI component) comes as a reference to its definition.
  const root = json.$ref ? json.$defs?.[json.$ref.replace('#/$defs/', '')] : json;
  return (root?.properties as Record<string, Json> | undefined) ?? {};
};
/** What a field accepts, without the words and defaults that only help the model. */
const bounds = (field: Json): Json => {
  const { description: _d, default: _def, examples: _e, example: _x, ...rest } = field;
  return rest;
};

describe('tool inputs follow their domain verbs', () => {
  for (const pair of pairs) {
    it(`${pair.tool}: every shared field has the domain's bounds`, () => {
      const tool = toolNamed(pair.tool);
      expect(tool, pair.tool).toBeDefined();
      const toolFields = fieldsOf(tool!.input);
      const domainFields = fieldsOf(pair.domain);
      const drifted: string[] = [];
      for (const [name, field] of Object.entries(toolFields)) {
        const domainName = pair.renamed?.[name] ?? name;
        const domainField = domainFields[domainName];
        if (!domainField || pair.narrower?.[name]) continue;
        if (JSON.stringify(bounds(field)) !== JSON.stringify(bounds(domainField))) {
          drifted.push(
            `${name}: tool ${JSON.stringify(bounds(field))} vs domain ${JSON.stringify(bounds(domainField))}`,
          );
        }
      }
      expect(drifted).toEqual([]);
    });
  }

  it('lists no deliberate difference for a field the tool or the domain does not have', () => {
    for (const pair of pairs) {
      const toolFields = fieldsOf(toolNamed(pair.tool)!.input);
      const domainFields = fieldsOf(pair.domain);
      for (const name of Object.keys(pair.narrower ?? {})) {
        expect(toolFields[name], `${pair.tool}.${name}`).toBeDefined();
        expect(
          domainFields[pair.renamed?.[name] ?? name],
          `${pair.tool}.${name} in the domain`,
        ).toBeDefined();
      }
    }
  });
});
