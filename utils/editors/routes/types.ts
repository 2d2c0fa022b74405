import type { DetectedEditor } from '../detect';
import type { Win } from '../dom';

export interface RouteContext extends DetectedEditor {
  doc: Document;
  win: Win;
  html: string;
  text: string;
}

/**
 * What one Ctrl+Z (the editor's own undo) does to an insert made this way, as measured on the
 * tested editors (tests/editors): removes all of it, removes it a part at a time, or nothing.
 */
export type UndoSteps = 'one-step' | 'several-steps' | 'not-undoable';

/** What a route did: whether the editor took the event/command, and how if the route has stages. */
export interface RouteOutcome {
  handled: boolean;
  /** Reported as InsertResult.method instead of the route's name. */
  via?: string;
  /** Overrides the route's `undo` for this stage. */
  undo?: UndoSteps;
  /**
   * An editor we know nothing about took the event: check again after a forced re-render (blur
   * and focus), since its model may not hold what its DOM shows.
   */
  unknownEditor?: boolean;
}

/** One way of getting text into an editor. `run` returns whether the editor took the event/command. */
export interface Route {
  /** Reported as InsertResult.method. */
  name: string;
  /** Reported as InsertResult.undo when the route succeeds. */
  undo: UndoSteps;
  run(ctx: RouteContext): boolean | RouteOutcome;
}
