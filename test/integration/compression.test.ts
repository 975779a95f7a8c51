import { gunzipSync } from 'node:zlib';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { rawGet } from '../helpers/raw-http.ts';

describe('compressed responses over the real server', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('pglite');
  });
  afterAll(() => app?.close());

  it('sends JSON gzip-encoded when asked, and plain otherwise', async () => {
    const gzipped = await rawGet(`${app.url}/openapi.json`, { 'accept-encoding': 'gzip' });
    expect(gzipped.status).toBe(200);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toMatch(/accept-encoding/i);
    const json = gunzipSync(gzipped.body).toString('utf8');
    expect(JSON.parse(json)).toMatchObject({ openapi: '3.1.0' });
    expect(gzipped.body.length).toBeLessThan(json.length / 3);

    const plain = await rawGet(`${app.url}/openapi.json`);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(json);
    // Asking for an encoding the server does not make is the same as not asking.
    const unknown = await rawGet(`${app.url}/openapi.json`, { 'accept-encoding': 'br;q=1, gzip;q=0' });
    expect(unknown.headers['content-encoding']).toBeUndefined();
  });

  it('sends an API answer gzip-encoded when asked', async () => {
    const res = await rawGet(`${app.url}/api/locations?lat=51.5&lng=-0.12&radiusKm=50`, {
      'accept-encoding': 'gzip, deflate, br',
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(res.body).toString('utf8'))).toEqual({ locations: [] });
  });

  it('sends a static asset gzip-encoded when asked, and the same bytes plain otherwise', async () => {
    const asset = `${app.url}/docs/assets/swagger-ui-bundle.js`;
    const gzipped = await rawGet(asset, { 'accept-encoding': 'gzip' });
    expect(gzipped.status).toBe(200);
    expect(gzipped.headers['content-type']).toMatch(/^text\/javascript/);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    const plain = await rawGet(asset);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gunzipSync(gzipped.body).equals(plain.body)).toBe(true);
    expect(gzipped.body.length).toBeLessThan(plain.body.length / 2);
  });

  it('leaves the socket.io endpoint to engine.io: polling and websocket connections still open', async () => {
    const handshake = await rawGet(`${app.url}/socket.io/?EIO=4&transport=polling`, {
      'accept-encoding': 'gzip',
    });
    expect(handshake.status).toBe(200);
    // engine.io's open packet, "0{...}", as engine.io encodes it (small: not compressed).
    expect(handshake.body.toString('utf8')).toMatch(/^0\{"sid":/);

    const { token } = await app.signUp();
    const socket = io(app.url, { auth: { token }, transports: ['websocket'], reconnection: false });
    try {
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      expect(socket.connected).toBe(true);
    } finally {
      socket.close();
    }
  });
});
