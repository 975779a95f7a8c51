/**
 * An instance's event-loop delay since the last time it was read, in ms: prom-client's default
 * metrics on /metrics (open without METRICS_TOKEN, as drill instances run), whose histogram
 * restarts each time it is collected. Read once before a stretch and once after: what the
 * instance's own work held its event loop for, apart from what the machine's other processes took.
 */
export async function loopDelay(url: string): Promise<{ p99: number; max: number }> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const read = (stat: string) => {
    const m = new RegExp(`^nightchill_nodejs_eventloop_lag_${stat}_seconds (\\S+)$`, 'm').exec(text);
    return m ? Number(m[1]) * 1000 : Number.NaN;
  };
  return { p99: read('p99'), max: read('max') };
}
