import type { DetectedEditor } from '../detect';
import type { Win } from '../dom';

export interface RouteContext extends DetectedEditor {
  doc: Document;
  win: Win;
  html: string;
  text: string;
}

/** One way of getting text into an editor. `run` returns whether the editor took the event/command. */
export interface Route {
  /** Reported as InsertResult.method. */
  name: string;
  run(ctx: RouteContext): boolean;
}
