// Runs the real main-process services in a child process so a test can kill it (SIGKILL) at any
// moment. Prints `ready` once the services run, `job <id> <prompt>` once a job is in the journal,
// and `drained` when asked to finish.
import { join } from 'node:path';
import { createMainServices } from '../../electron/main/main-services';
import { MemorySecretBackend } from '../../electron/main/services/secrets/secret-backend';

const [apiUrl, dataDir, runLabel, newJobs, mode] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
];
const TOKEN = 'sk-crash-test-token-7777';

async function main(): Promise<void> {
  const keychain = new MemorySecretBackend();
  await keychain.set('acedata-api-token', TOKEN);
  const services = await createMainServices({
    version: 'crash-test',
    dataDir,
    workspaceDir: join(dataDir, 'workspace'),
    apiBaseUrl: apiUrl,
    downloadHosts: [new URL(apiUrl).host],
    keychain,
    isTrustedSender: () => true,
    emit: () => undefined,
    openExternal: async () => false,
    limits: {
      pollFloorMs: 40,
      pollCapMs: 200,
      minSubmitIntervalMs: 20,
      maxInFlight: 3,
      downloadRetryDelaysMs: [50],
    },
  });
  process.stdout.write('ready\n');
  for (let i = 0; i < Number(newJobs); i++) {
    const prompt = `crash ${runLabel} #${i}`;
    const job = await services.jobs.submit({ action: 'text2video', prompt, model: 'kling-v1' });
    process.stdout.write(`job ${job.id} ${prompt}\n`);
  }
  if (mode !== 'drain') return;
  const open = new Set([
    'queued',
    'submitting',
    'submitted',
    'running',
    'succeeded',
    'downloading',
  ]);
  for (let i = 0; i < 600; i++) {
    if (!services.jobs.list().some((j) => open.has(j.state))) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  services.stop();
  process.stdout.write('drained\n');
}

// Keeps the process alive until killed, as the app would be.
const keepAlive = setInterval(() => undefined, 1_000);
main().then(
  () => {
    if (mode === 'drain') clearInterval(keepAlive);
  },
  (error: unknown) => {
    process.stderr.write(`worker failed: ${String(error)}\n`);
    process.exit(2);
  },
);
