import type { JobService } from '../services/jobs/job-service';
import type { Library } from '../services/library/library';
import type { TokenService } from '../services/secrets/token-service';
import { isAllowedExternalUrl } from './external-links';
import type { Handlers } from './router';

export interface HandlerDeps {
  version: string;
  apiBaseUrl: string;
  tokens: TokenService;
  library: Library;
  jobs: JobService;
  openExternal: (url: string) => Promise<boolean>;
}

/** One handler per channel of the contract; payloads arrive already parsed by the router. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { tokens, library, jobs } = deps;
  return {
    'app:info': () => ({ version: deps.version, apiBaseUrl: deps.apiBaseUrl, workspaceDir: library.workspaceDir }),
    'token:status': () => tokens.status(),
    'token:save': ({ token }) => tokens.save(token),
    'token:clear': () => tokens.clear(),
    'projects:list': () => library.listProjects(),
    'library:list': ({ projectId }) => library.listClips(projectId),
    'jobs:list': () => jobs.list(),
    'jobs:submit': (request) => jobs.submit(request),
    'jobs:queueStatus': () => jobs.status(),
    'jobs:pause': () => jobs.pause(),
    'jobs:resume': () => jobs.resume(),
    'jobs:remove': async ({ jobId }) => ({ removed: await jobs.remove(jobId) }),
    'jobs:move': ({ jobId, toPosition }) => jobs.move(jobId, toPosition),
    'jobs:retry': ({ jobId, acceptPossibleCharge }) => jobs.retry(jobId, acceptPossibleCharge),
    'jobs:wake': () => {
      jobs.wake();
      return { ok: true as const };
    },
    'shell:openExternal': async ({ url }) => ({
      opened: isAllowedExternalUrl(url) ? await deps.openExternal(url) : false,
    }),
  };
}
