import { describe, expect, it } from 'vitest';
import {
  clockTime,
  daysFromToday,
  distance,
  fullTime,
  relative,
  stamp,
  stampNear,
  startOfDay,
  zoneOffset,
} from '../../web/src/ui/time.ts';

/** The web client's one formatter (web/src/ui/time.ts), on a fixed clock: Tuesday 4 March 2025, 12:00 UTC. */
const now = Date.parse('2025-03-04T12:00:00Z');
const tokyo = { zone: 'Asia/Tokyo', now, locale: 'en-GB' }; // 21:00 there
const newYork = { zone: 'America/New_York', now, locale: 'en-GB' }; // 07:00 there
const at = (iso: string) => Date.parse(iso);

describe('times in the web client, in the profile’s zone', () => {
  it('says today’s times by the clock of the profile’s zone, not the machine’s', () => {
    const fiveAgo = now - 5 * 60_000;
    expect(stamp(fiveAgo, tokyo)).toBe('20:55');
    expect(stamp(fiveAgo, newYork)).toBe('06:55');
    expect(clockTime(fiveAgo, { ...tokyo, locale: 'en-US' })).toBe('08:55 PM');
  });

  it('names yesterday and tomorrow with the time, a weekday within a week, the date beyond', () => {
    expect(stamp(at('2025-03-03T09:40:00Z'), tokyo)).toBe('yesterday 18:40');
    expect(stamp(at('2025-03-05T00:00:00Z'), tokyo)).toBe('tomorrow 09:00');
    expect(stamp(at('2025-02-28T09:40:00Z'), tokyo)).toBe('Fri 18:40');
    expect(stamp(at('2025-03-10T09:40:00Z'), tokyo)).toBe('Mon 18:40');
    expect(stamp(at('2025-02-20T09:40:00Z'), tokyo)).toBe('20 Feb, 18:40');
    expect(stamp(at('2024-12-20T09:40:00Z'), tokyo)).toBe('20 Dec 2024, 18:40');
  });

  it('counts days by the zone’s midnight: one instant is tomorrow in Tokyo and today in London', () => {
    const late = at('2025-03-04T16:00:00Z');
    expect(daysFromToday(late, tokyo)).toBe(1);
    expect(stamp(late, tokyo)).toBe('tomorrow 01:00');
    expect(daysFromToday(late, { zone: 'Europe/London', now })).toBe(0);
    expect(stamp(late, { zone: 'Europe/London', now, locale: 'en-GB' })).toBe('16:00');
  });

  it('says near times relatively, within 12 hours either way', () => {
    expect(distance(now, tokyo)).toBe('now');
    expect(distance(now - 44_000, tokyo)).toBe('now');
    expect(distance(now + 50_000, tokyo)).toBe('in 1 min');
    expect(distance(now - 5 * 60_000, tokyo)).toBe('5 min ago');
    expect(distance(now + 2 * 3_600_000, tokyo)).toBe('in 2 hr');
    expect(distance(now - 11 * 3_600_000, tokyo)).toBe('11 hr ago');
    expect(distance(now + 13 * 3_600_000, tokyo)).toBeUndefined();
    expect(relative(now + 13 * 3_600_000, tokyo)).toBe('tomorrow 10:00');
    expect(relative(now - 5 * 60_000, tokyo)).toBe('5 min ago');
  });

  it('gives the day and time with the distance where both matter', () => {
    expect(stampNear(now - 5 * 60_000, tokyo)).toBe('20:55 · 5 min ago');
    expect(stampNear(now + 2 * 3_600_000, tokyo)).toBe('23:00 · in 2 hr');
    expect(stampNear(at('2025-03-03T09:40:00Z'), tokyo)).toBe('yesterday 18:40');
  });

  it('speaks the browser’s language', () => {
    const fr = { ...tokyo, locale: 'fr' };
    expect(stamp(at('2025-03-03T09:40:00Z'), fr)).toBe('hier 18:40');
    // French puts a no-break space between the number and its unit.
    expect(distance(now + 2 * 3_600_000, fr)).toBe('dans 2\u00a0h');
    expect(stamp(at('2025-03-03T09:40:00Z'), { ...tokyo, locale: 'de' })).toBe('gestern 18:40');
  });

  it('finds the zone’s midnight, across a daylight-saving change', () => {
    expect(new Date(startOfDay(now, 'Asia/Tokyo')).toISOString()).toBe('2025-03-03T15:00:00.000Z');
    // London moves to BST at 01:00 on 30 March 2025: that day starts at 00:00 GMT, the next at 23:00 UTC.
    expect(new Date(startOfDay(at('2025-03-30T12:00:00Z'), 'Europe/London')).toISOString()).toBe(
      '2025-03-30T00:00:00.000Z',
    );
    expect(new Date(startOfDay(at('2025-03-31T12:00:00Z'), 'Europe/London')).toISOString()).toBe(
      '2025-03-30T23:00:00.000Z',
    );
  });

  it('spells everything out for a tooltip, with the zone', () => {
    const full = fullTime(now, tokyo);
    for (const part of ['Tuesday', '4 March 2025', '21:00', 'GMT+9']) expect(full).toContain(part);
    expect(zoneOffset('Asia/Tokyo', now, 'en-GB')).toBe('GMT+9');
    expect(zoneOffset('America/New_York', now, 'en-GB')).toBe('GMT-5');
  });

  it('falls back to the device’s zone for a zone it does not know, rather than failing', () => {
    expect(() => stamp(now, { zone: 'Mars/Olympus_Mons', now })).not.toThrow();
    expect(stamp(now, { zone: 'Mars/Olympus_Mons', now })).toMatch(/\d/);
  });
});
