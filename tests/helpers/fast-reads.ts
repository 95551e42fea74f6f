import request from 'supertest';
import { createFullAccessToken, type TestApp } from './strapi';
import { fastArticleReadOf } from '../../src/bootstrap/fast-article-read';

/** Who asks: the public, a signed-in user (Authenticated role), a full-access API token. */
export type Who = 'public' | 'user' | 'token';

/** Signs up a reader and makes an API token; `get` reads as any of the three. */
export async function readersOf(app: TestApp) {
  const register = await request(app.server).post('/api/auth/local/register').send({ username: 'reader', email: 'reader@example.test', password: 'Reader-pass-1' });
  if (register.status !== 200) throw new Error(`sign-up failed: ${register.status} ${register.text}`);
  const jwt = register.body.jwt as string;
  const token = await createFullAccessToken(app.strapi);
  return (path: string, who: Who) => {
    const req = request(app.server).get(path);
    if (who === 'user') req.set('Authorization', `Bearer ${jwt}`);
    if (who === 'token') req.set('Authorization', `Bearer ${token}`);
    return req;
  };
}

/**
 * Every path read once with the fast path (src/bootstrap/fast-article-read.ts) and once
 * without, status and body byte for byte; how many reads the fast path answered.
 */
export async function compareWithStrapi(app: TestApp, get: Awaited<ReturnType<typeof readersOf>>, paths: string[], who: Who) {
  const fast = fastArticleReadOf(app.strapi);
  const served = fast.served;
  for (const path of paths) {
    fast.enabled = true;
    const withFast = await get(path, who);
    fast.enabled = false;
    const plain = await get(path, who);
    fast.enabled = true;
    expect({ path, status: withFast.status, body: withFast.text }).toEqual({ path, status: plain.status, body: plain.text });
  }
  return fast.served - served;
}
