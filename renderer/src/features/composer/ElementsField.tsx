import { useShallow } from 'zustand/react/shallow';
import { REQUEST_LIMITS } from '../../../../shared/capabilities';
import { selectPickActions, useComposerStore } from '../../stores/composer-store';
import { CatalogField } from './CatalogField';
import type { ComposerView } from './composer-view';

interface ElementsFieldProps {
  view: ComposerView;
}

/** Elements (saved characters and objects) for `element_list`. */
export function ElementsField({ view }: ElementsFieldProps) {
  const { pickElement, removeElement } = useComposerStore(useShallow(selectPickActions));
  return (
    <CatalogField
      view={view}
      spec={{
        kind: 'elements',
        noun: 'element',
        field: 'elementList',
        picked: view.inputs.elements,
        max: REQUEST_LIMITS.elementList.max,
        pick: pickElement,
        remove: removeElement,
      }}
    />
  );
}
