import type { BatchRow } from '../../../../shared/batch/batch-row';
import type { VideoRequest } from '../../../../shared/capabilities';
import { bridge } from '../../ipc/kling';
import type { SubmitRequest } from '../../stores/jobs-store';

/**
 * Queues every accepted row of a batch. Start images from files are uploaded first, all of
 * them, so a failed upload stops the batch before any job exists; then each row is submitted
 * with an id of its own. Returns how many were queued.
 *
 * @throws AppError from an upload (naming nothing queued) or from a submission.
 */
export async function queueBatch(
  rows: readonly BatchRow[],
  submit: (request: SubmitRequest) => Promise<unknown>,
  projectId: string | undefined,
): Promise<number> {
  const ready = rows.filter((row) => row.request !== null);
  const urls = new Map<number, string>();
  for (const row of ready) {
    if (!row.startImage) continue;
    const uploaded = await bridge.images.upload({ imageId: row.startImage.id });
    if (uploaded.url) urls.set(row.row, uploaded.url);
  }
  for (const row of ready) {
    const request = { ...(row.request as VideoRequest) };
    const url = urls.get(row.row);
    if (url) request.startImageUrl = url;
    await submit({
      ...request,
      ...(projectId ? { projectId } : {}),
      clientRequestId: crypto.randomUUID(),
    });
  }
  return ready.length;
}
