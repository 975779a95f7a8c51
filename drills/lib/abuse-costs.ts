/**
 * The abuse drill's attacks on what costs (issue 17, "reads are unlimited and heavy"): chat reads,
 * exports, sockets, and password guessing, each from ordinary signed-up accounts over both
 * instances. Each counts what got through against the configured limit.
 */
import { loginLimits } from '../../src/domain/accounts/login-limits.ts';
import { budgetTable } from '../../src/ratelimit/budgets.ts';
import { type Attack, call, rateAllowance, repeat, ruleOf, Tally } from './attack.ts';
import { type ClientSocket, emitAck, openSocket, registerUsers } from './clients.ts';
import { seedChatHistory } from './history.ts';
import { pool, sleep, until } from './stats.ts';

/** 1. One account looping chat:sync {limit: 500} from three sockets, over a long, heavy history. */
export const readsAttack: Attack = {
  name: 'reads',
  async prepare({ urls, admin, sizes, sockets }) {
    const [reader] = await registerUsers(urls[0], 1);
    await seedChatHistory(admin, reader!.id, sizes.historyRows!, sizes.messageChars!);
    const three = await Promise.all(urls.concat(urls[0]).map((u) => openSocket(u, reader!.token)));
    sockets.push(...three);
    return async (deadline) => {
      const tally = new Tally();
      let rows = 0;
      const started = Date.now();
      await Promise.all(
        three.map(async (s) => {
          // Until the deadline, and past it (60 s at most) until the budget has refused a read.
          const more = () => Date.now() < deadline || (tally.refused === 0 && Date.now() < deadline + 60_000);
          for (let i = 0; i < sizes.maxReads! && more(); i++) {
            const ack = await emitAck(s, 'chat:sync', { limit: 500 }, 15_000).catch(() => undefined);
            if (tally.ack(ack) === 'through') rows += ack.messages.length;
          }
        }),
      );
      const limit = rateAllowance(ruleOf('chat_reads'), Date.now() - started);
      for (const s of three) s.close();
      return {
        limits: [{ what: 'rows read', allowed: rows, limit }],
        broken: tally.refused ? [] : ['chat_reads never refused a read'],
        serverErrors: tally.serverErrors,
        detail: `${rows} rows of ${limit} in ${tally.through} syncs; ${tally}`,
      };
    };
  },
};

/** 2. Ten concurrent exports of a large account, again and again. */
export const exportsAttack: Attack = {
  name: 'exports',
  async prepare({ urls, admin, sizes }) {
    const [owner] = await registerUsers(urls[0], 1);
    await seedChatHistory(admin, owner!.id, sizes.exportRows!, sizes.messageChars!);
    return async (deadline) => {
      const tally = new Tally();
      let bytes = 0;
      const started = Date.now();
      await repeat(deadline, sizes.exportRounds!, async () => {
        await Promise.all(
          Array.from({ length: sizes.exports! }, async (_, k) => {
            const res = await call(urls[k % 2]!, 'GET', '/api/me/export', {
              token: owner!.token,
              timeoutMs: 60_000,
            });
            if (tally.http(res, 200) === 'through') bytes += res.text.length;
          }),
        );
      });
      const limit = rateAllowance(ruleOf('exports'), Date.now() - started);
      return {
        limits: [{ what: 'exports', allowed: tally.through, limit }],
        broken: tally.refused ? [] : ['exports never refused'],
        serverErrors: tally.serverErrors,
        detail: `${tally} of ${tally.through + tally.refused} asked; ${(bytes / 1048576).toFixed(1)} MB served`,
      };
    };
  },
};

/** 3. Hundreds of sockets with one token over both instances: the oldest past the cap are told and closed. */
export const socketsAttack: Attack = {
  name: 'sockets',
  async prepare({ urls, sizes, sockets }) {
    const [holder] = await registerUsers(urls[0], 1);
    const cap = budgetTable.sockets_per_user.cap;
    return async (deadline) => {
      const mine: ClientSocket[] = [];
      const told = new Set<ClientSocket>();
      // Refused by the connect budget (socket_connects), and refused otherwise (a failure).
      let limited = 0;
      let refused = 0;
      const started = Date.now();
      await pool(
        Array.from({ length: sizes.sockets! }, (_, k) => urls[k % 2]!),
        sizes.socketConcurrency!,
        async (url) => {
          try {
            // Listening from before the connection: the cap may close a socket the moment after.
            const s = await openSocket(url, holder!.token, {
              listen: (socket) =>
                socket.on('connection:closed', (p: { reason: string }) => {
                  if (p.reason === 'too_many_connections') told.add(socket);
                }),
            });
            mine.push(s);
            sockets.push(s);
          } catch (err) {
            if ((err as { data?: { code?: string } }).data?.code === 'rate_limited') limited++;
            else refused++;
          }
        },
      );
      // The cap is counted in Redis across both instances; closing the oldest takes a moment.
      await until(() => mine.filter((s) => s.connected).length <= cap, 10_000);
      await sleep(Math.max(0, deadline - Date.now()));
      const connected = mine.filter((s) => s.connected).length;
      const closed = mine.filter((s) => !s.connected);
      const untold = closed.filter((s) => !told.has(s)).length;
      for (const s of mine) s.close();
      const opened = rateAllowance(ruleOf('socket_connects'), Date.now() - started);
      return {
        limits: [
          { what: 'sockets open', allowed: connected, limit: cap },
          { what: 'sockets opened', allowed: mine.length, limit: opened },
        ],
        broken: [
          ...(untold === 0 ? [] : [`${untold} of ${closed.length} closed without connection:closed`]),
          ...(connected > 0 ? [] : ['no socket kept']),
        ],
        serverErrors: refused,
        detail: `${mine.length} opened (${limited} refused by socket_connects, ${refused} otherwise), ${connected} still open, ${closed.length} closed, ${told.size} told why`,
      };
    };
  },
};

/** 8. Guessing passwords of a few accounts, every guess alternating between the two instances. */
export const loginAttack: Attack = {
  name: 'login',
  async prepare({ urls, sizes }) {
    const victims = await registerUsers(urls[1], sizes.loginVictims!);
    return async (deadline) => {
      const tally = new Tally();
      const checked: number[] = [];
      const started = Date.now();
      // Every victim, however long it takes: the address limit is met only past the fourth.
      await repeat(
        deadline,
        victims.length,
        async (v) => {
          let reached = 0;
          await pool(
            Array.from({ length: sizes.guesses! }, (_, k) => k),
            10,
            async (k) => {
              const res = await call(urls[k % 2]!, 'POST', '/api/auth/login', {
                body: { login: victims[v]!.username, password: `guess-${v}-${k}-wrong` },
              });
              // 401: the guess reached the password check (and was wrong).
              if (res.status === 401) reached++;
              else tally.http(res, 200);
            },
          );
          checked.push(reached);
        },
        victims.length,
      );
      // The right password of the first victim is refused too while the account is locked.
      const right = await call(urls[1], 'POST', '/api/auth/login', {
        body: { login: victims[0]!.username, password: victims[0]!.password },
      });
      const ms = Date.now() - started;
      return {
        limits: [
          {
            what: 'guesses checked for one account',
            allowed: Math.max(...checked),
            limit: rateAllowance(loginLimits.perAccount, ms),
          },
          {
            what: 'guesses checked from one address',
            allowed: checked.reduce((a, b) => a + b, 0),
            limit: rateAllowance(loginLimits.perAddress, ms),
          },
        ],
        broken: right.status === 429 ? [] : [`the right password while locked answered ${right.status}`],
        serverErrors: tally.serverErrors,
        detail: `${checked.length} accounts × ${sizes.guesses} guesses: checked ${checked.join('/')}; ${tally}; right password while locked ${right.status}`,
      };
    };
  },
};
