import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * WAL segment file names as PostgreSQL makes them (XLogFileName): the timeline, then the segment
 * number split into two 8-digit hex halves, "log" and "seg". Only names are read here; the files'
 * contents are left to pg_receivewal and the server.
 */
const SEGMENT = /^([0-9A-F]{8})([0-9A-F]{8})([0-9A-F]{8})$/;
const FOUR_GB = 0x1_0000_0000n;

/** The name of the segment holding lsn ("0/2000028") on timeline, for segments of segmentSize bytes. */
export function walSegmentName(timeline: number, lsn: string, segmentSize: number): string {
  const m = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(lsn);
  if (!m?.[1] || !m[2]) throw new Error(`not an LSN: ${lsn}`);
  const segno = ((BigInt(`0x${m[1]}`) << 32n) | BigInt(`0x${m[2]}`)) / BigInt(segmentSize);
  const perLog = FOUR_GB / BigInt(segmentSize);
  const hex = (n: bigint | number) => n.toString(16).toUpperCase().padStart(8, '0');
  return `${hex(timeline)}${hex(segno / perLog)}${hex(segno % perLog)}`;
}

/** The segment number a complete segment's name holds (whatever its timeline), else undefined. */
export function segmentNumber(name: string, segmentSize: number): bigint | undefined {
  const m = SEGMENT.exec(name);
  if (!m?.[2] || !m[3]) return undefined;
  return BigInt(`0x${m[2]}`) * (FOUR_GB / BigInt(segmentSize)) + BigInt(`0x${m[3]}`);
}

/** A timeline history file (00000002.history): tiny, and recovery reads it to follow a promotion. */
export const isHistoryFile = (name: string) => /^[0-9A-F]{8}\.history$/.test(name);

/** The file names in dir (an absent folder has none). */
export async function namesIn(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

/**
 * The complete segments in dir that a restore from the base backup starting at `first` needs: those
 * from its segment on, on any timeline (a promotion continues the numbering on the next one).
 */
export async function segmentsFrom(dir: string, first: string, segmentSize: number): Promise<string[]> {
  const start = segmentNumber(first, segmentSize) ?? 0n;
  return (await namesIn(dir)).filter((n) => (segmentNumber(n, segmentSize) ?? -1n) >= start);
}

/**
 * Removes the complete segments older than `first`: no kept base backup can use them. The segment
 * pg_receivewal is writing (.partial) and history files are never touched.
 */
export async function pruneSegmentsBefore(
  dir: string,
  first: string,
  segmentSize: number,
): Promise<string[]> {
  const start = segmentNumber(first, segmentSize);
  if (start === undefined) throw new Error(`not a WAL segment name: ${first}`);
  const old = (await namesIn(dir)).filter((n) => {
    const segno = segmentNumber(n, segmentSize);
    return segno !== undefined && segno < start;
  });
  for (const name of old) await rm(path.join(dir, name), { force: true });
  return old;
}
