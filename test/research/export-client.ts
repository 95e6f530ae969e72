// A researcher's side of an export: request it, wait for it to end, download every file.
import type { Api } from '../support/suites';

export type ExportRowSeen = Record<string, string | number | null> & { pupil: string };

export const download = (api: Api, href: string, headers: Record<string, string> = {}) =>
  api.get(href.replace(/^\/api\//, '/'), { headers });

export async function exportOf(api: Api, studyId: string, request: Record<string, unknown>) {
  const started = await api.post(`/research/studies/${studyId}/exports`, request);
  if (started.status !== 202) throw new Error(`export: ${started.status} ${JSON.stringify(started.body)}`);
  let job = started.body;
  for (let i = 0; i < 300 && (job.status === 'queued' || job.status === 'running'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    job = (await api.get(`/research/exports/${job.id}`)).body;
  }
  const files: Record<string, string> = {};
  for (const file of job.files as { name: string; href: string }[]) {
    const page = await download(api, file.href);
    if (page.status !== 200) throw new Error(`download ${file.name}: ${page.status}`);
    files[file.name] = page.text;
  }
  return { job, files };
}

export const jsonlRows = (files: Record<string, string>): ExportRowSeen[] =>
  (files['attempts.jsonl'] ?? '')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
