import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTranslation } from '../../i18n';
import { selectPickActions, useComposerStore, type ImageRole } from '../../stores/composer-store';

/** The select's values; no role is a plain reference, sent without a `type`. */
const ROLES: readonly { value: ImageRole | ''; key: ImageRole | 'reference' }[] = [
  { value: '', key: 'reference' },
  { value: 'first_frame', key: 'first_frame' },
  { value: 'end_frame', key: 'end_frame' },
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
  const { t } = useTranslation('composer');
  return (
    <div className="row row-wrap">
      <label htmlFor={id}>{t('references.roleOf', { position })}</label>
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
        {ROLES.map(({ value, key }) => (
          <option key={value} value={value}>
            {t(`references.roles.${key}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
