import type { FieldState } from '../../../../shared/capabilities';
import { FieldReason } from './FieldReason';

/** For a note that only carries an issue: the reason is shown once, by the group around it. */
export const NO_REASON: FieldState = { enabled: true, reason: null };

interface FieldNoteProps {
  id: string;
  state: FieldState;
  issue: string | null | undefined;
}

/**
 * The ids a control's aria-describedby lists: its reason (when disabled), its issue, and any
 * other description (a counter); undefined when there is none.
 */
export function noteIds(
  id: string,
  state: FieldState,
  issue: string | null | undefined,
  ...more: string[]
): string | undefined {
  const ids = [state.enabled ? '' : `${id}-reason`, issue ? `${id}-issue` : '', ...more];
  return ids.filter(Boolean).join(' ') || undefined;
}

/**
 * Why a control is disabled and what is wrong with its value, under the control. A control
 * that does not apply stays on screen with its reason rather than disappearing.
 */
export function FieldNote({ id, state, issue }: FieldNoteProps) {
  return (
    <>
      {state.enabled ? null : <FieldReason id={`${id}-reason`}>{state.reason ?? ''}</FieldReason>}
      {issue ? (
        <p id={`${id}-issue`} className="field-issue">
          {issue}
        </p>
      ) : null}
    </>
  );
}
