import { effectiveTable } from '../../../shared/pricing/overrides';
import { t } from '../../../shared/i18n';
import { summariseSpend } from '../../../shared/pricing/spend';
import type { MakingStore } from '../services/making/making-store';
import { readBatchFile } from '../services/making/batch-file';
import type { FileActions } from '../services/library/file-actions';
import { stageRemixStill, type RemixStillDeps } from '../services/making/remix-still';
import type { JobRecord } from '../services/jobs/job-record';
import type { Handlers } from './router';

export interface MakingHandlerDeps extends RemixStillDeps {
  store: MakingStore;
  /** Every job in the journal, for spending. */
  jobs: () => readonly JobRecord[];
  /** The queue looks at its budget hold again. */
  budgetChanged: () => void;
  /** The system's open dialog (an adapter; answers at once in tests). */
  files: Pick<FileActions, 'chooseOpenPath'>;
  now?: () => Date;
}

type MakingChannel = Extract<keyof Handlers, `making:${string}`>;

/** The channels behind remix, presets, prompt history, prices and the budget. */
export function createMakingHandlers(deps: MakingHandlerDeps): Pick<Handlers, MakingChannel> {
  const pricing = () => ({
    priceOverrides: deps.store.priceOverrides(),
    budget: deps.store.budget(),
  });
  return {
    'making:remixStill': async ({ clipId }) => stageRemixStill(deps, clipId),
    'making:pricing': pricing,
    'making:setPricing': async (change) => {
      await deps.store.setPricing(change);
      deps.budgetChanged();
      return pricing();
    },
    'making:readBatch': async ({ defaults }) => {
      const path = await deps.files.chooseOpenPath({
        title: t('desktop:dialog.chooseBatch'),
        extensions: ['csv', 'txt'],
      });
      if (!path) return { picked: false, fileName: null, rows: [] };
      const batch = await readBatchFile(path, defaults, deps.images);
      return { picked: true, ...batch };
    },
    'making:presets': () => deps.store.presets(),
    'making:savePreset': ({ name, settings }) =>
      deps.store.savePreset(name, settings, deps.now?.() ?? new Date()),
    'making:renamePreset': ({ presetId, name }) => deps.store.renamePreset(presetId, name),
    'making:deletePreset': ({ presetId }) => deps.store.deletePreset(presetId),
    'making:history': ({ text }) => deps.store.history(text),
    'making:lastSettings': ({ projectId }) => deps.store.lastSettings(projectId),
    'making:spend': () =>
      summariseSpend(
        deps.jobs(),
        effectiveTable(deps.store.priceOverrides()),
        deps.now?.() ?? new Date(),
      ),
  };
}
