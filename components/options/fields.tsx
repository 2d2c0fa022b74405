// Labelled controls with their errors tied to them (aria-describedby + aria-invalid), so a screen
// reader announces what is wrong when the agent lands on the field.
import type { ReactNode } from 'react';
import { describedBy, errorId, fieldId } from './form';

export function FieldErrors(props: { path: string; messages: string[] }) {
  if (props.messages.length === 0) return null;
  return (
    <ul className="field-errors" id={errorId(props.path)}>
      {props.messages.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}

interface BaseProps {
  path: string;
  label: string;
  hint?: ReactNode;
  errors: string[];
}

function hintId(path: string): string {
  return `${fieldId(path)}-hint`;
}

function Hint(props: { path: string; hint?: ReactNode }) {
  return props.hint ? (
    <p className="hint" id={hintId(props.path)}>
      {props.hint}
    </p>
  ) : null;
}

function a11y(props: BaseProps) {
  const invalid = props.errors.length > 0;
  return {
    id: fieldId(props.path),
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy(props.hint ? hintId(props.path) : null, invalid && errorId(props.path)),
  };
}

export function TextField(
  props: BaseProps & { value: string; onChange(value: string): void; type?: 'text' | 'time'; maxLength?: number; autoComplete?: string },
) {
  return (
    <div className="field">
      <label htmlFor={fieldId(props.path)}>{props.label}</label>
      <input
        {...a11y(props)}
        type={props.type ?? 'text'}
        value={props.value}
        maxLength={props.maxLength}
        autoComplete={props.autoComplete ?? 'off'}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      />
      <Hint path={props.path} hint={props.hint} />
      <FieldErrors path={props.path} messages={props.errors} />
    </div>
  );
}

export function TextAreaField(props: BaseProps & { value: string; onChange(value: string): void; rows?: number; maxLength?: number }) {
  return (
    <div className="field">
      <label htmlFor={fieldId(props.path)}>{props.label}</label>
      <textarea
        {...a11y(props)}
        rows={props.rows ?? 3}
        value={props.value}
        maxLength={props.maxLength}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      />
      <Hint path={props.path} hint={props.hint} />
      <FieldErrors path={props.path} messages={props.errors} />
    </div>
  );
}

export function SelectField(
  props: BaseProps & { value: string; options: string[]; optionLabel?: (value: string) => string; onChange(value: string): void },
) {
  return (
    <div className="field">
      <label htmlFor={fieldId(props.path)}>{props.label}</label>
      <select {...a11y(props)} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        {props.options.map((o) => (
          <option key={o} value={o}>
            {props.optionLabel ? props.optionLabel(o) : o}
          </option>
        ))}
      </select>
      <Hint path={props.path} hint={props.hint} />
      <FieldErrors path={props.path} messages={props.errors} />
    </div>
  );
}

/**
 * A set of checkboxes for one list setting (working days, reminder lead times): one fieldset with its
 * legend and its errors, each choice a box ticked when the list holds its value. `children` are
 * further boxes of the same group (the morning-of reminder beside the lead times).
 */
export function CheckboxGroup<T extends string | number>(props: {
  path: string;
  legend: string;
  errors: string[];
  choices: ReadonlyArray<{ value: T; label: string }>;
  selected: readonly T[];
  onToggle(value: T, on: boolean): void;
  children?: ReactNode;
}) {
  const invalid = props.errors.length > 0;
  return (
    <fieldset
      className="days"
      id={fieldId(props.path)}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy(invalid && errorId(props.path))}
    >
      <legend>{props.legend}</legend>
      {props.choices.map(({ value, label }) => (
        <label key={value} className="day">
          <input
            type="checkbox"
            checked={props.selected.includes(value)}
            onChange={(e) => props.onToggle(value, e.currentTarget.checked)}
          />
          {label}
        </label>
      ))}
      {props.children}
      <FieldErrors path={props.path} messages={props.errors} />
    </fieldset>
  );
}

export function CheckboxField(props: {
  path: string;
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  hint?: ReactNode;
}) {
  return (
    <div className="field field-check">
      <input
        type="checkbox"
        id={fieldId(props.path)}
        checked={props.checked}
        aria-describedby={props.hint ? hintId(props.path) : undefined}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <label htmlFor={fieldId(props.path)}>{props.label}</label>
      <Hint path={props.path} hint={props.hint} />
    </div>
  );
}
