/** @vitest-environment happy-dom */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { DOMParser } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BatchApp } from '../../../entrypoints/batch/BatchApp';
import { BatchButton } from '../../../entrypoints/popup/components/BatchButton';
import { listLinks } from '../../../lib/batch/list-links';
import { ListLinksResponse } from '../../../lib/messages';

const LIST = readFileSync(path.join(import.meta.dirname, '../../fixtures/batch/zfxxgknb/index.html'), 'utf8');
const LIST_URL = 'http://www.bjtzh.gov.cn/zfxxgknb/index.html';

beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());

describe('popup BatchButton', () => {
  it('should open the batch page for the current tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    vi.spyOn(window, 'close').mockImplementation(() => undefined);
    render(<BatchButton lang="zh" tabId={7} />);
    fireEvent.click(screen.getByRole('button', { name: '批量核查…' }));
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/batch\.html\?tab=7$/) });
  });
});

describe('batch page', () => {
  it('should list the links the list page’s content script answers, all selected', async () => {
    const reply = {
      url: LIST_URL,
      title: '政府信息公开年报_北京市通州区人民政府',
      links: listLinks(new DOMParser().parseFromString(LIST, 'text/html') as unknown as Document, LIST_URL),
    };
    expect(ListLinksResponse.safeParse(reply).success).toBe(true);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(reply as never);
    render(<BatchApp lang="zh" search="?tab=7" />);
    expect(await screen.findByText('从栏目页“政府信息公开年报_北京市通州区人民政府”找到 24 个年报链接。')).toBeTruthy();
    expect(send).toHaveBeenCalledWith(7, { type: 'list-links' });
    const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes).toHaveLength(24);
    expect(boxes.every((b) => b.checked)).toBe(true);
    fireEvent.click(boxes[3]!);
    expect(screen.getAllByText('已选 23 / 24').length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: '全不选' }));
    expect((screen.getByRole('button', { name: '开始核查' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('should say so when no content script answers, and take pasted links', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    render(<BatchApp lang="en" search="?tab=9" />);
    expect(await screen.findByText(/Could not read that tab’s links/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Paste links (one per line, or any text with URLs)'), {
      target: { value: '某局2023年政府信息公开工作年度报告 https://a.gov.cn/1.html\nhttps://a.gov.cn/2.pdf' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add to list' }));
    expect(screen.getAllByRole('checkbox')).toHaveLength(2);
    expect(screen.getByText('某局2023年政府信息公开工作年度报告')).toBeTruthy();
    expect(screen.getByText('PDF')).toBeTruthy();
  });
});
