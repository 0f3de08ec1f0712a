/** What the family adds from the portal: concerns and student input, records requests, meeting requests, preparation checklists (issue 4, part 8) — read and written within the actor's scope. */
import type { Actor } from '../policy/actor';
import type { Queryable } from './connect';

export class FamilyRepo {
  constructor(
    protected readonly q: Queryable,
    protected readonly actor: Actor,
  ) {}
}
