/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistoryApp } from '../../entrypoints/reports/HistoryApp';
import { buildRecord, recordInputFromCheck } from '../../lib/history/build-record';
import type { HistoryRecord } from '../../lib/model/history-record';
import { checkText } from '../../lib/pipeline';
import { seedText } from '../helpers/seeds';

/** The history store, held in memory: each read of the list waits for the test to let it go. */
const db = vi.hoisted(() => ({
  records: [] as HistoryRecord[],
  /** resolves the list read in flight; null when none waits */
  release: null as (() => void) | null,
}));
vi.mock('@/utils/history-db', () => ({
  listRecords: () =>
    new Promise<HistoryRecord[]>((resolve) => {
      db.release = () => resolve([...db.records]);
    }),
  historyUsage: async () => ({ bytes: 1000 * db.records.length, limit: 20_000_000, count: db.records.length }),
  clearHistory: async () => {
    db.records = [];
  },
  deleteRecord: async () => undefined,
  exportRecords: async () => '{}',
  importRecords: async (text: string) => {
    const added = (JSON.parse(text) as { records: HistoryRecord[] }).records;
    db.records = [...db.records, ...added];
    return { added: added.length, rejected: [], dropped: [], refused: [] };
  },
}));

function record(id: string): HistoryRecord {
  const url = `https://www.example.gov.cn/${id}.html`;
  return buildRecord(recordInputFromCheck(checkText(seedText(id), url), url, '2026-12-07T08:00:00.000Z'));
}

/** Lets the list read in flight finish. */
async function releaseList() {
  await waitFor(() => expect(db.release).not.toBeNull());
  const release = db.release!;
  db.release = null;
  release();
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the history page (reports.html)', () => {
  it('should say the history is cleared only once the cleared rows are gone from the list', async () => {
    db.records = [record('002'), record('003')];
    render(<HistoryApp lang="zh" />);
    await releaseList();
    await waitFor(() => expect(document.querySelectorAll('table.history tbody tr')).toHaveLength(2));

    vi.stubGlobal('confirm', () => true);
    fireEvent.click(screen.getByRole('button', { name: '清空历史记录' }));
    // the store is empty, the list not read again yet: the two rows still stand, so no "cleared" above them
    await waitFor(() => expect(db.release).not.toBeNull());
    expect(db.records).toEqual([]);
    expect(document.querySelectorAll('table.history tbody tr')).toHaveLength(2);
    expect(screen.getByRole('status').textContent).toBe('');

    await releaseList();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('历史记录已清空。'));
    expect(document.querySelectorAll('table.history tbody tr')).toHaveLength(0);
  });

  it('should keep every row and say nothing when the auditor dismisses the question', async () => {
    db.records = [record('002')];
    render(<HistoryApp lang="zh" />);
    await releaseList();
    await waitFor(() => expect(document.querySelectorAll('table.history tbody tr')).toHaveLength(1));
    vi.stubGlobal('confirm', () => false);
    fireEvent.click(screen.getByRole('button', { name: '清空历史记录' }));
    expect(db.records).toHaveLength(1);
    expect(db.release).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('should say how many records were imported only once they are in the list', async () => {
    db.records = [];
    render(<HistoryApp lang="zh" />);
    await releaseList();
    const file = new File([JSON.stringify({ records: [record('002')] })], 'history.json', { type: 'application/json' });
    fireEvent.change(document.querySelector('input[type=file]')!, { target: { files: [file] } });
    // stored, the list not read again yet: no row, so no "imported" either
    await waitFor(() => expect(db.release).not.toBeNull());
    expect(db.records).toHaveLength(1);
    expect(document.querySelectorAll('table.history tbody tr')).toHaveLength(0);
    expect(screen.getByRole('status').textContent).toBe('');

    await releaseList();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('已导入 1 条记录。'));
    expect(document.querySelectorAll('table.history tbody tr')).toHaveLength(1);
  });
});
