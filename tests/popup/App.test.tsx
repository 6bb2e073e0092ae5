/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/popup/App';
import { GetReportResponse } from '../../lib/messages';
import { checkText } from '../../lib/pipeline';
import { seedText } from '../helpers/seeds';

function okReply(id: string): GetReportResponse {
  const { report, findings } = checkText(seedText(id), `https://www.example.gov.cn/${id}.html`);
  const reply = { status: 'ok' as const, url: report.source, report, findings };
  expect(GetReportResponse.safeParse(reply).success).toBe(true);
  return reply;
}

function stubPage(reply: unknown | Error) {
  const send = vi.fn(async (_tab: number, message: { type: string }) => {
    if (reply instanceof Error) throw reply;
    return message.type === 'highlight' ? { outlined: 22, missing: [] } : reply;
  });
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(send as never);
  return send;
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());

describe('popup App', () => {
  it('should show the verdict and the grouped findings of seed 002, and ask the page to outline a clicked finding', async () => {
    const send = stubPage(okReply('002'));
    render(<App lang="zh" search="?tab=7" />);
    expect(await screen.findByText('北京市密云区商务局')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('✖ 有错误：5 个错误；3 个警告、4 条提示');
    expect(screen.getByRole('heading', { name: '表三 收到和处理政府信息公开申请情况' })).toBeTruthy();
    const item = screen.getByText('表三（七）总计·自然人：2+0+0+0+0+0+3+0+0+0+2+0+0+0+0+0+0+0+0+0+1 = 8，报告为 10，差 2');
    fireEvent.click(item.closest('button')!);
    await waitFor(() => expect(send).toHaveBeenCalledWith(7, { type: 'highlight', index: 3 }));
  });

  it('should move the focus between findings with the arrow keys', async () => {
    stubPage(okReply('002'));
    render(<App lang="zh" search="?tab=7" />);
    const buttons = await screen.findAllByRole('button', { pressed: false });
    const findings = buttons.filter((b) => b.classList.contains('finding'));
    findings[0]!.focus();
    fireEvent.keyDown(findings[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(findings[1]);
    fireEvent.keyDown(findings[1]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(findings[0]);
  });

  it('should render findings in English when the browser is English', async () => {
    stubPage(okReply('002'));
    render(<App lang="en" search="?tab=7" />);
    expect(
      await screen.findByText('Table 3 total processed, natural persons: 2+0+0+0+0+0+3+0+0+0+2+0+0+0+0+0+0+0+0+0+1 = 8, reported 10, off by 2'),
    ).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('✖ Errors found: 5 errors; 3 warnings, 4 notes');
  });

  it('should say a page is not a report and offer to check it anyway', async () => {
    const send = stubPage({
      status: 'not-a-report',
      url: 'x',
      reasons: [],
      attachments: [{ href: 'https://x.gov.cn/nb.pdf', text: '某局2023年政府信息公开工作年度报告.pdf' }],
    });
    render(<App lang="zh" search="?tab=7" />);
    expect(await screen.findByText('本页未识别为政府信息公开工作年度报告。')).toBeTruthy();
    expect(screen.getByRole('link', { name: '某局2023年政府信息公开工作年度报告.pdf' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '仍然检查此页' }));
    await waitFor(() => expect(send).toHaveBeenLastCalledWith(7, { type: 'get-report', force: true }));
  });

  it('should open the attachment viewer on a linked PDF report', async () => {
    stubPage({
      status: 'not-a-report',
      url: 'x',
      reasons: [],
      attachments: [{ href: 'https://x.gov.cn/nb.pdf', text: '某局2023年政府信息公开工作年度报告.pdf' }],
    });
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    render(<App lang="zh" search="?tab=7" />);
    fireEvent.click(await screen.findByRole('button', { name: '检查附件' }));
    await waitFor(() => expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/viewer\.html\?url=https%3A%2F%2Fx\.gov\.cn%2Fnb\.pdf$/) }));
  });

  it('should offer to check the attachment when the tab itself shows a PDF (no content script runs there)', async () => {
    stubPage(new Error('Could not establish connection. Receiving end does not exist.'));
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 7, url: 'http://www.hongze.gov.cn/uploadfiles/2024nb.pdf' } as never);
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    render(<App lang="zh" search="?tab=7" />);
    expect(await screen.findByText('本页是一份附件（PDF / Word）。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '检查此页' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '检查此附件' }));
    await waitFor(() =>
      expect(create).toHaveBeenCalledWith({ url: expect.stringContaining('/viewer.html?url=http%3A%2F%2Fwww.hongze.gov.cn%2Fuploadfiles%2F2024nb.pdf') }),
    );
  });

  it('should offer the attachment viewer on a tab whose document is a PDF, even at an address without .pdf and whatever the page answers', async () => {
    const send = stubPage({ status: 'not-a-report', url: 'https://www.x.gov.cn/download?id=42', reasons: [], attachments: [] });
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 7, url: 'https://www.x.gov.cn/download?id=42' } as never);
    const probe = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: 'application/pdf' }] as never);
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    render(<App lang="zh" search="?tab=7" />);
    fireEvent.click(await screen.findByRole('button', { name: '检查此附件' }));
    expect(probe).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 7 }, func: expect.any(Function) }));
    expect(screen.queryByText('仍然检查此页')).toBeNull();
    expect(send).not.toHaveBeenCalled();
    await waitFor(() =>
      expect(create).toHaveBeenCalledWith({ url: expect.stringContaining('/viewer.html?url=https%3A%2F%2Fwww.x.gov.cn%2Fdownload%3Fid%3D42') }),
    );
  });

  it('should inject the checker and ask again on a portal page where none answered yet (the detector saw no report)', async () => {
    let injected = false;
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 7, url: 'https://www.x.gov.cn/news/1.html' } as never);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (details: { files?: string[] }) => {
      if (details.files) injected = true;
      return [{ frameId: 0, result: 'text/html' }];
    }) as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async () => {
      if (!injected) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { status: 'not-a-report', url: 'https://www.x.gov.cn/news/1.html', reasons: [], attachments: [] };
    }) as never);
    render(<App lang="zh" search="?tab=7" />);
    expect(await screen.findByRole('button', { name: '仍然检查此页' })).toBeTruthy();
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/content-scripts/checker.js'] });
  });

  it('should offer to check a page without the content script, injecting it on demand', async () => {
    stubPage(new Error('Could not establish connection. Receiving end does not exist.'));
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    render(<App lang="zh" search="?tab=7" />);
    fireEvent.click(await screen.findByRole('button', { name: '检查此页' }));
    await waitFor(() => expect(inject).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/content-scripts/checker.js'] }));
  });

  it('should say so when the browser refuses 检查此页 (the popup was not opened from the toolbar on that tab)', async () => {
    stubPage(new Error('Could not establish connection. Receiving end does not exist.'));
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(
      new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'),
    );
    render(<App lang="zh" search="?tab=7" />);
    fireEvent.click(await screen.findByRole('button', { name: '检查此页' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^浏览器不允许在此页运行检查/);
  });

  it('should note a 2019-format report', async () => {
    const reply = okReply('000');
    if (reply.status === 'ok') reply.report.format = '2019';
    stubPage(reply);
    render(<App lang="zh" search="?tab=7" />);
    expect(await screen.findByText('2019 年试行格式（国办公开办函〔2019〕60号），按其行列核对。')).toBeTruthy();
  });
});
