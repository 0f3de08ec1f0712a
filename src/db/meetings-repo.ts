/** Meetings, their participants, contact attempts and notices (issue 4, part 5) — read and written within the actor's scope. */
import type { Actor } from '../policy/actor';
import type { Queryable } from './connect';

export class MeetingsRepo {
  constructor(
    protected readonly q: Queryable,
    protected readonly actor: Actor,
  ) {}
}
