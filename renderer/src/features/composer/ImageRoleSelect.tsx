import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectPickActions, useComposerStore, type ImageRole } from '../../stores/composer-store';

const ROLES: readonly { value: ImageRole | ''; label: string }[] = [
  { value: '', label: 'Reference' },
  { value: 'first_frame', label: 'First frame' },
  { value: 'end_frame', label: 'End frame' },
];

interface ImageRoleSelectProps {
  imageId: string;
  /** 1-based, as the image is named in the prompt. */
  position: number;
  role: ImageRole | undefined;
  disabled: boolean;
}

/** What one reference image stands for in an omni request (`image_list[].type`). */
export function ImageRoleSelect({ imageId, position, role, disabled }: ImageRoleSelectProps) {
  const { setImageRole } = useComposerStore(useShallow(selectPickActions));
  const id = useId();
  return (
    <div className="row row-wrap">
      <label htmlFor={id}>{`Role of reference image ${position}`}</label>
      <select
        id={id}
        className="input input-inline"
        value={role ?? ''}
        disabled={disabled}
        onChange={(event) => {
          const value = event.target.value;
          setImageRole(imageId, value === 'first_frame' || value === 'end_frame' ? value : null);
        }}
      >
        {ROLES.map(({ value, label }) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
