/**
 * A server for the benchmark, in its own process so that the load generator (autocannon, in bench/run.ts)
 * does not share its event loop. BENCH_SERVER=ours starts the real app (buildApp) on DATABASE_URL;
 * BENCH_SERVER=floor starts bench/floor.ts for the case manager BENCH_USER_ID. Listens on 127.0.0.1 on a
 * free port, reports { port } to the parent, and stops on the message 'stop' or when the parent goes away.
 */
import type { FastifyInstance } from 'fastify';
import { connect } from '../src/db/connect';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { buildFloor } from './floor';

/** Connections per server (BENCH_POOL_SIZE): the app's production default (connect() without poolSize), the same for the floor. */
const POOL_SIZE = Number(process.env.BENCH_POOL_SIZE ?? 10);

async function main(): Promise<void> {
  const kind = process.env.BENCH_SERVER;
  const databaseUrl = process.env.DATABASE_URL;
  if (!process.send) throw new Error('bench/server.ts runs as a child of bench/run.ts');
  if (!databaseUrl) throw new Error('DATABASE_URL is required');
  let app: FastifyInstance;
  let close: () => Promise<void>;
  if (kind === 'ours') {
    const config = loadConfig({
      DATABASE_URL: databaseUrl,
      OPENIEP_SIGNIN_RATE_LIMIT: '1000000',
      OPENIEP_API_RATE_LIMIT: '0',
      OPENIEP_LOG_LEVEL: 'warn',
    });
    const db = await connect({ databaseUrl, poolSize: POOL_SIZE });
    app = await buildApp({ db, config });
    close = async () => {
      await app.close();
      await db.close();
    };
  } else if (kind === 'floor') {
    const userId = process.env.BENCH_USER_ID;
    if (!userId) throw new Error('BENCH_USER_ID is required for the floor');
    const floor = await buildFloor({ databaseUrl, userId, poolSize: POOL_SIZE });
    app = floor.app;
    close = floor.close;
  } else {
    throw new Error(`BENCH_SERVER must be ours or floor, not ${String(kind)}`);
  }
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await close().catch(() => undefined);
    process.exit(0);
  };
  process.on('message', (m) => {
    if (m === 'stop') void stop();
  });
  process.on('disconnect', () => void stop());
  process.send({ port });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
