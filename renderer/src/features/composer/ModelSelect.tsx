import { MODEL_IDS, canonicalModel, type ModelId } from '../../../../shared/models';

interface ModelSelectProps {
  id: string;
  value: ModelId;
  onChange: (model: ModelId) => void;
}

export function ModelSelect({ id, value, onChange }: ModelSelectProps) {
  return (
    <div className="field">
      <label htmlFor={id}>Model</label>
      <select
        id={id}
        className="input"
        value={value}
        onChange={(event) => onChange(canonicalModel(event.target.value) ?? value)}
      >
        {MODEL_IDS.map((model) => (
          <option key={model} value={model}>
            {model}
          </option>
        ))}
      </select>
    </div>
  );
}
