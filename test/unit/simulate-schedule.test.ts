import { describe, expect, it } from 'vitest';
import { checkPlan, MEAN_ACTIVITY, PLAN, planFor, TRAFFIC } from '../../bench/simulate-plan.ts';
import {
  actionsPerHour,
  activity,
  buildSchedule,
  limits,
  MIN_CHAT_GAP_MS,
  onlineAt,
  PEAK_ONLINE,
  type ScheduleOptions,
} from '../../bench/simulate-schedule.ts';

const options = (o: Partial<ScheduleOptions> = {}): ScheduleOptions => ({
  users: 300,
  minutes: 3,
  scale: 1,
  seed: 7,
  mentors: 10,
  ...o,
});

describe('simulate: the diurnal curve', () => {
  it('stays within [0, 1], reaches 1 in the evening and is quiet at night', () => {
    const hours = Array.from({ length: 24 * 12 }, (_, i) => i / 12);
    for (const h of hours) {
      expect(activity(h)).toBeGreaterThan(0);
      expect(activity(h)).toBeLessThanOrEqual(1);
    }
    const peakHour = hours.reduce((best, h) => (activity(h) > activity(best) ? h : best), 0);
    expect(peakHour).toBeGreaterThanOrEqual(19);
    expect(peakHour).toBeLessThanOrEqual(22);
    expect(activity(peakHour)).toBeCloseTo(1, 3);
    expect(activity(4)).toBeLessThan(0.1);
    // A morning peak: 8:30 is busier than both 5:00 and 11:00.
    expect(activity(8.5)).toBeGreaterThan(activity(5));
    expect(activity(8.5)).toBeGreaterThan(activity(11));
  });

  it('wraps around midnight', () => {
    expect(activity(24 + 3)).toBe(activity(3));
    expect(activity(-1)).toBe(activity(23));
  });
});

describe('simulate: the schedule', () => {
  it('is the same for the same options and differs with the seed', () => {
    expect(buildSchedule(options())).toEqual(buildSchedule(options()));
    expect(buildSchedule(options({ seed: 8 }))).not.toEqual(buildSchedule(options()));
  });

  it('keeps every session and action inside the day, in order, and mentors online all day', () => {
    const s = buildSchedule(options());
    expect(s.dayMs).toBe(180_000);
    expect(s.hourMs).toBe(7_500);
    for (const plan of s.plans) {
      if (plan.mentor) {
        expect(plan.sessions).toEqual([{ from: 0, to: s.dayMs, actions: [] }]);
        continue;
      }
      for (const session of plan.sessions) {
        expect(session.from).toBeGreaterThanOrEqual(0);
        expect(session.to).toBeLessThanOrEqual(s.dayMs);
        expect(session.from).toBeLessThan(session.to);
        for (const a of session.actions) {
          expect(a.at).toBeGreaterThanOrEqual(session.from);
          expect(a.at).toBeLessThan(s.dayMs);
        }
        const times = session.actions.map((a) => a.at);
        expect(times).toEqual([...times].sort((x, y) => x - y));
      }
    }
    expect(s.plans.filter((p) => p.mentor)).toHaveLength(10);
  });

  it("never spaces one user's messages closer than the rate limit allows", () => {
    const s = buildSchedule(options({ scale: 10 }));
    for (const plan of s.plans) {
      const chats = plan.sessions.flatMap((x) => x.actions.filter((a) => a.kind === 'chat').map((a) => a.at));
      for (let i = 1; i < chats.length; i++)
        expect(chats[i]! - chats[i - 1]!).toBeGreaterThanOrEqual(MIN_CHAT_GAP_MS);
      // 30 a minute per user (src/domain/chat/limits.ts): any 60 s holds at most 29.
      for (let i = 0; i < chats.length; i++) {
        expect(chats.filter((t) => t >= chats[i]! && t < chats[i]! + 60_000).length).toBeLessThan(30);
      }
    }
  });

  it('follows the curve: few online at night, most at the evening peak, bounded by the users', () => {
    const s = buildSchedule(options({ users: 1_000, mentors: 20 }));
    const at = (hour: number) => onlineAt(s, (hour + 0.75) * s.hourMs);
    expect(at(4)).toBeLessThan(at(8));
    expect(at(4)).toBeLessThan(at(20));
    expect(at(20)).toBeGreaterThan(at(13));
    expect(at(20)).toBeLessThanOrEqual(1_000);
    // About PEAK_ONLINE of the users at the evening peak (sessions begin up to half an hour late).
    expect(at(20)).toBeGreaterThan(PEAK_ONLINE * 980 * 0.75);
    const perHour = actionsPerHour(s);
    const chats = perHour.map((h) => h.chat);
    expect(chats[20]!).toBeGreaterThan(3 * chats[4]!);
    const total = chats.reduce((a, b) => a + b, 0);
    // 3 messages per online hour on average: between 1 and 5 per user per hour of the curve.
    const onlineHours = Array.from({ length: 24 }, (_, h) => PEAK_ONLINE * activity(h + 0.5) * 980).reduce(
      (a, b) => a + b,
      0,
    );
    expect(total / onlineHours).toBeGreaterThan(1);
    expect(total / onlineHours).toBeLessThan(5);
  });

  it('refuses sizes outside its bounds with a message naming the option', () => {
    expect(() => buildSchedule(options({ users: limits.users + 1 }))).toThrow(/--users/);
    expect(() => buildSchedule(options({ users: 1 }))).toThrow(/--users/);
    expect(() => buildSchedule(options({ minutes: 0 }))).toThrow(/--minutes/);
    expect(() => buildSchedule(options({ minutes: Number.NaN }))).toThrow(/--minutes/);
    expect(() => buildSchedule(options({ scale: 0 }))).toThrow(/--scale/);
    expect(() => buildSchedule(options({ scale: limits.scale + 1 }))).toThrow(/--scale/);
    expect(() => buildSchedule(options({ mentors: 300 }))).toThrow(/mentors/);
  });
});

describe('simulate: the capacity arithmetic of docs/scaling.md', () => {
  it('derives the message rate, instances and fan-out from the stated assumptions', () => {
    const p = planFor(100_000);
    expect(p.messagesPerS).toBeCloseTo(
      (100_000 * TRAFFIC.activeShare * TRAFFIC.messagesPerActiveMinute) / 60,
      6,
    );
    expect(p.instancesForSockets).toBe(Math.ceil(100_000 / PLAN.socketsPerInstance));
    expect(p.instances).toBe(Math.max(2, p.instancesForSockets, p.instancesForCpu));
    expect(p.classicDeliveriesPerS).toBeCloseTo(p.publishesPerS * p.instances, 6);
    expect(p.chatRowsPerQuarter).toBeCloseTo(
      p.messagesPerS * 86_400 * MEAN_ACTIVITY * 91 * PLAN.chatRowsPerMessage,
      0,
    );
    expect(MEAN_ACTIVITY).toBeGreaterThan(0.1);
    expect(MEAN_ACTIVITY).toBeLessThan(0.8);
  });

  it('never plans fewer than two instances and grows with the users', () => {
    expect(planFor(10).instances).toBe(2);
    const sizes = [1e4, 1e5, 1e6].map((u) => planFor(u).instances);
    expect(sizes[0]!).toBeLessThanOrEqual(sizes[1]!);
    expect(sizes[1]!).toBeLessThan(sizes[2]!);
  });

  it('checks measured figures against the plan in the right direction', () => {
    const [cpu, redis] = checkPlan({
      messagesPerCoreSecond: PLAN.messagesPerCoreSecond - 1,
      redisCommandsPerMessage: PLAN.redisCommandsPerMessage - 1,
    });
    expect(cpu).toMatchObject({ name: 'messagesPerCoreSecond', holds: false });
    expect(redis).toMatchObject({ name: 'redisCommandsPerMessage', holds: true });
  });
});
