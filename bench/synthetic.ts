import type { Database } from '../src/db/connect';
export async function seedSynthetic(_db: Database, _o: { students: number; seed: number; log: (m: string) => void }): Promise<void> {
  throw new Error('synthetic generator: in progress');
}
