// One stitch in a fresh process, so its peak memory is its own: prints one JSON line.
import { stitchMp4 } from '../../electron/main/services/finishing/stitch-mp4';

const [output, ...parts] = process.argv.slice(2);
if (!output || parts.length < 2) throw new Error('usage: stitch-child <output> <part> <part>…');
const before = process.memoryUsage().rss;
const started = performance.now();
const result = await stitchMp4({ parts, output });
const ms = performance.now() - started;
process.stdout.write(
  `${JSON.stringify({
    ms,
    durationSec: result.durationSec,
    // resourceUsage reports the peak resident set in kilobytes.
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    startRssBytes: before,
  })}\n`,
);
