import request from 'supertest';
import { startStrapi, createCustomToken, queriesDuring, withoutPermission, writeElsewhere, type TestApp } from '../helpers/strapi';

/**
 * The users-permissions roles' permissions and abilities kept in memory
 * (src/bootstrap/role-permissions.ts), with the read cache off so that every request is
 * authenticated: a role's permissions are read once, not for every request, and any change of
 * them (through Strapi, or by another program) shows on the very next request.
 */

let app: TestApp;
let jwt: string;
let userId: number;

const ARTICLES = '/api/articles';
const TAGS = '/api/tags';
const FIND_TAGS = 'api::tag.tag.find';

const get = (path: string, bearer?: string) => {
  const req = request(app.server).get(path);
  return bearer ? req.set('Authorization', `Bearer ${bearer}`) : req;
};
const permissions = () => app.strapi.db.query('plugin::users-permissions.permission');
const roleOf = async (type: string) => (await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type } })) as { id: number };
const permissionQueries = (queries: string[]) => queries.filter((sql) => /up_permissions/.test(sql));

beforeAll(async () => {
  process.env.READ_CACHE = 'off';
  app = await startStrapi();
  const register = await request(app.server).post('/api/auth/local/register').send({ username: 'reader', email: 'reader@example.test', password: 'Reader-pass-1' });
  expect(register.status).toBe(200);
  jwt = register.body.jwt as string;
  userId = register.body.user.id as number;
});

afterAll(async () => {
  delete process.env.READ_CACHE;
  await app?.stop();
});

describe("a role's permissions, kept until they change", () => {
  it("reads the public role's and a user's role's permissions once, not for every request", async () => {
    for (const bearer of [undefined, jwt]) {
      expect((await get(TAGS, bearer)).status).toBe(200);
      const again = await queriesDuring(app, async () => expect((await get(TAGS, bearer)).status).toBe(200));
      expect(permissionQueries(again)).toEqual([]);
    }
  });

  it('shows a permission taken from the Public role on the very next request, and given back, on the next', async () => {
    expect((await get(TAGS)).status).toBe(200);
    await withoutPermission(app, 'public', FIND_TAGS, async () => {
      expect((await get(TAGS)).status).toBe(403);
      // Another type's permission is untouched.
      expect((await get(ARTICLES)).status).toBe(200);
    });
    expect((await get(TAGS)).status).toBe(200);
  });

  it('shows a permission taken by another program (SQL on a connection of its own) on the very next request', async () => {
    const role = await roleOf('public');
    expect((await get(TAGS)).status).toBe(200);
    await writeElsewhere(app, `UPDATE up_permissions SET action = ? WHERE action = ? AND id IN (SELECT permission_id FROM up_permissions_role_lnk WHERE role_id = ?)`, [
      `${FIND_TAGS}-revoked`,
      FIND_TAGS,
      role.id,
    ]);
    try {
      expect((await get(TAGS)).status).toBe(403);
    } finally {
      await writeElsewhere(app, `UPDATE up_permissions SET action = ? WHERE action = ?`, [FIND_TAGS, `${FIND_TAGS}-revoked`]);
    }
    expect((await get(TAGS)).status).toBe(200);
  });

  it("shows a permission taken from a signed-in user's role on the very next request", async () => {
    expect((await get(TAGS, jwt)).status).toBe(200);
    await withoutPermission(app, 'authenticated', FIND_TAGS, async () => {
      expect((await get(TAGS, jwt)).status).toBe(403);
      // The public's permissions are their own.
      expect((await get(TAGS)).status).toBe(200);
    });
    expect((await get(TAGS, jwt)).status).toBe(200);
  });

  it("gives a user moved to another role that role's permissions on the very next request", async () => {
    const roles = app.strapi.db.query('plugin::users-permissions.role');
    const reader = await roles.create({ data: { name: 'Tags only', description: 'reads tags', type: 'tags-only' } });
    await permissions().create({ data: { action: FIND_TAGS, role: reader.id } });
    const users = app.strapi.db.query('plugin::users-permissions.user');
    const authenticated = await roleOf('authenticated');
    expect((await get(ARTICLES, jwt)).status).toBe(200);
    await users.update({ where: { id: userId }, data: { role: reader.id } });
    try {
      expect((await get(ARTICLES, jwt)).status).toBe(403);
      expect((await get(TAGS, jwt)).status).toBe(200);
    } finally {
      await users.update({ where: { id: userId }, data: { role: authenticated.id } });
    }
    expect((await get(ARTICLES, jwt)).status).toBe(200);
  });

  it("keeps an API token's ability its own, whatever the roles hold", async () => {
    const token = await createCustomToken(app.strapi, [FIND_TAGS]);
    expect((await get(TAGS, token)).status).toBe(200);
    expect((await get(ARTICLES, token)).status).toBe(403);
    expect((await get(ARTICLES)).status).toBe(200);
    expect((await get(TAGS, token)).status).toBe(200);
  });
});
