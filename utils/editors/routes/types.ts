import type { DetectedEditor } from '../detect';
import type { Win } from '../dom';

export interface RouteContext extends DetectedEditor {
  doc: Document;
  win: Win;
  html: string;
  text: string;
}

/** What a route did: whether the editor took the event/command, and how if the route has stages. */
export interface RouteOutcome {
  handled: boolean;
  /** Reported as InsertResult.method instead of the route's name. */
  via?: string;
}

/** One way of getting text into an editor. `run` returns whether the editor took the event/command. */
export interface Route {
  /** Reported as InsertResult.method. */
  name: string;
  run(ctx: RouteContext): boolean | RouteOutcome;
}
