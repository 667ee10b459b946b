/**
 * What the provider's SDK does, for comparison: submit each job, then ask about that one job
 * every 3 s until it is done. Time is scaled like the app's so the two run side by side.
 */
export async function runNaiveClient(
  apiUrl: string,
  token: string,
  jobs: number,
  pollEveryMs: number,
): Promise<void> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const post = async (path: string, body: unknown): Promise<Record<string, unknown>> => {
    const res = await fetch(new URL(path, apiUrl), {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    });
    return (await res.json()) as Record<string, unknown>;
  };
  await Promise.all(
    Array.from({ length: jobs }, async (_, i) => {
      const { task_id: taskId } = await post('/kling/videos', {
        action: 'text2video',
        model: 'kling-v1',
        prompt: `naive ${i}`,
        async: true,
      });
      for (let polls = 0; polls < 10_000; polls++) {
        await new Promise((r) => setTimeout(r, pollEveryMs));
        const record = await post('/kling/tasks', { action: 'retrieve', id: taskId });
        if (record.response) return;
      }
    }),
  );
}
