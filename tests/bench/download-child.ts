// One download by the app's downloader, in a process of its own so its peak memory is its own.
// Prints one JSON line: { ms, cpuMs, bytes, sha256, peakRssBytes, startRssBytes }.
import { downloadVideo } from '../../electron/main/services/downloads/download-video';
import { createNodeNetwork } from '../../electron/main/services/net/node-network';

const [url, destDir, host] = process.argv.slice(2) as [string, string, string];
const network = createNodeNetwork();
// In the app, main has used its network stack (API calls, polling) long before a result is
// downloaded; a fresh process loads and compiles it on its first request. One request first,
// outside the timing, so the figure is the download's and not that one-time start-up.
await (await network.fetch(url, { method: 'HEAD' })).arrayBuffer();
const startRssBytes = process.memoryUsage.rss();
let peakRssBytes = startRssBytes;
const sampler = setInterval(() => {
  peakRssBytes = Math.max(peakRssBytes, process.memoryUsage.rss());
}, 10);
const started = performance.now();
const cpuAtStart = process.cpuUsage();
const result = await downloadVideo({
  url,
  destDir,
  fileBaseName: 'bench',
  allowedHosts: [host],
  maxBytes: 4 * 1024 ** 3,
  fetchImpl: network.fetch,
});
const ms = performance.now() - started;
// Processor time of this process alone (all its threads): unlike the wall clock, it does not
// grow when other work shares the machine.
const cpu = process.cpuUsage(cpuAtStart);
const cpuMs = (cpu.user + cpu.system) / 1000;
clearInterval(sampler);
// maxRSS is in KiB and covers the whole life of the process, so nothing between samples hides.
peakRssBytes = Math.max(peakRssBytes, process.resourceUsage().maxRSS * 1024);
console.log(
  JSON.stringify({
    ms,
    cpuMs,
    bytes: result.sizeBytes,
    sha256: result.sha256,
    peakRssBytes,
    startRssBytes,
  }),
);
