/** Consent requests and answers, and prior written notices (issue 4, part 6) — read and written within the actor's scope. */
import type { Actor } from '../policy/actor';
import type { Queryable } from './connect';

export class ConsentsRepo {
  constructor(
    protected readonly q: Queryable,
    protected readonly actor: Actor,
  ) {}
}
