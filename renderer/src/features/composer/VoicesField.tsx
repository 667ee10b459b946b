import { useShallow } from 'zustand/react/shallow';
import { REQUEST_LIMITS } from '../../../../shared/capabilities';
import { selectPickActions, useComposerStore } from '../../stores/composer-store';
import { CatalogField } from './CatalogField';
import type { ComposerView } from './composer-view';
import { VoiceCreateForm } from './VoiceCreateForm';

interface VoicesFieldProps {
  view: ComposerView;
}

/**
 * Voices for `voice_list`, offered only where the rules allow them (kling-v2-6 in pro mode with
 * generated audio, no elements); elsewhere the reason stays on screen. A voice can also be
 * made here from a sample.
 */
export function VoicesField({ view }: VoicesFieldProps) {
  const { pickVoice, removeVoice } = useComposerStore(useShallow(selectPickActions));
  return (
    <CatalogField
      view={view}
      spec={{
        kind: 'voices',
        noun: 'voice',
        field: 'voiceList',
        picked: view.inputs.voices,
        max: REQUEST_LIMITS.voiceList.max,
        pick: pickVoice,
        remove: removeVoice,
        extra: <VoiceCreateForm />,
      }}
    />
  );
}
