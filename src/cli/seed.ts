import crypto from 'node:crypto';
import { isEmpty, seedDemo } from '../db/seed-demo';
import { seedSynthetic } from '../../bench/synthetic';
import { loadConfig } from '../server/config';
import { openDatabase } from './database';
import { parseArgs } from 'node:util';

export async function seedCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      demo: { type: 'boolean' },
      synthetic: { type: 'boolean' },
      students: { type: 'string' },
      seed: { type: 'string' },
      password: { type: 'string' },
    },
  });
  if (values.help || (!values.demo && !values.synthetic)) {
    console.log(
      'Usage: openiep seed --demo\n       openiep seed --synthetic --students N [--seed S]\n\n' +
        '--demo       loads the demo districts into an empty database (password: OPENIEP_DEMO_PASSWORD, else printed)\n' +
        '--synthetic  adds a synthetic district of N students with realistic proportions (same S, same data);\n' +
        '             --password P gives its staff a password (else they cannot sign in)',
    );
    return values.help ? 0 : 2;
  }
  const db = await openDatabase(loadConfig());
  try {
    if (values.demo) {
      if (!(await isEmpty(db))) {
        console.error('seed: the database already holds districts; the demo loads only into an empty database.');
        return 1;
      }
      const password = process.env.OPENIEP_DEMO_PASSWORD || crypto.randomBytes(9).toString('base64url');
      await seedDemo(db, password);
      console.log(process.env.OPENIEP_DEMO_PASSWORD ? 'seed: demo loaded' : `seed: demo loaded; password ${password}`);
    } else {
      const n = Number(values.students ?? '1000');
      const s = Number(values.seed ?? '1');
      if (!Number.isInteger(n) || n < 1) throw new Error('--students must be a positive whole number');
      if (!Number.isInteger(s)) throw new Error('--seed must be a whole number');
      await seedSynthetic(db, {
        students: n,
        seed: s,
        log: (m) => console.log(m),
        ...(values.password ? { password: values.password } : {}),
      });
    }
  } finally {
    await db.close();
  }
  return 0;
}
