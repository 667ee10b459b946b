// `npm run bench`: measurements, not pass/fail tests. Timings on a shared machine are noisy,
// so each scenario reports ratios measured within one run.
import { benchJobs, SCALE_MS } from './jobs-bench';
import { runLibraryBench } from './library-bench';
import { runGalleryBench } from './gallery-bench';
import { runStitchBench } from './stitch-bench';
import { runDownloadBench } from './download-bench';

const sizes = (process.env.BENCH_JOBS ?? '1,10,100,500').split(',').map(Number);
// BENCH_ONLY=jobs,library,gallery,stitch,download picks scenarios; all run by default.
const only = new Set((process.env.BENCH_ONLY ?? 'jobs,library,gallery,stitch,download').split(','));

if (only.has('jobs')) {
  console.log(
    `Jobs: requests to the API over the life of N concurrent jobs (1 provider second = ${SCALE_MS} ms here)`,
  );
  console.log(
    '| jobs | app requests | SDK-style requests (each job every 3 s) | ratio | polls: app | SDK-style | ratio | finish → succeeded, median | p95 |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of await benchJobs(sizes)) {
    console.log(
      `| ${row.jobs} | ${row.appRequests} | ${row.naiveRequests} | ${row.ratio.toFixed(1)}× fewer | ${row.appPolls} | ${row.naivePolls} | ${row.pollRatio.toFixed(1)}× fewer | ${row.medianDelayS.toFixed(1)} s | ${row.p95DelayS.toFixed(1)} s |`,
    );
  }
  // Each job is one submission in both clients, so the total ratio can never pass
  // SDK-style requests / jobs, however few the polls.
  console.log('Submissions are one per job in both clients; the poll columns leave them out.');
}

if (only.has('library')) await runLibraryBench();
if (only.has('gallery')) await runGalleryBench();
if (only.has('stitch')) await runStitchBench();
if (only.has('download')) await runDownloadBench();
