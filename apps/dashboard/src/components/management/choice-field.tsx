import { useId } from 'react';

/**
 * A labelled drop-down over a closed set of values, each shown with its text. The label sits beside the select
 * (not around it), so the select's name is the label alone and not the label plus the chosen option.
 */
export function ChoiceField<T extends string>({
  label,
  name,
  value,
  options,
  texts,
  onChange,
  className = '',
}: {
  label: string;
  name: string;
  value: T;
  options: readonly T[];
  texts: Record<T, string>;
  onChange: (value: T) => void;
  className?: string;
}) {
  const id = useId();
  return (
    <div className={`flex flex-col text-tremor-default ${className}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value as T)}
        className="rounded-tremor-small border border-gray-400 bg-white px-2 py-1"
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {texts[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
