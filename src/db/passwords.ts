/**
 * argon2id password hashing (@node-rs/argon2, OWASP-recommended parameters: 19 MiB, t=2, p=1): how a
 * password is kept in `users.password_hash`. It sits with the data layer so that seeding (src/db) and sign-in
 * (src/server) share it while src/db imports nothing from src/server.
 */
import { hash, verify } from '@node-rs/argon2';

/** 2 = Algorithm.Argon2id (a const enum, which isolated modules cannot read). */
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) {
    // Spend the same time as a real check, so response time does not reveal which emails exist.
    await verify(await dummyHash(), password).catch(() => false);
    return false;
  }
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | null = null;
function dummyHash(): Promise<string> {
  dummy ??= hash('openiep-timing-equaliser', OPTIONS);
  return dummy;
}
