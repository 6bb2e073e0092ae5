import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { hostPattern, normalizeHost } from '#lib/page';
import { readUserHosts, writeUserHosts } from './user-hosts';
import type { Lang } from '#lib/model';

type OptionsProps = { lang: Lang };

const T = {
  zh: {
    title: '在其他网站上自动检查',
    intro: '扩展默认只在 *.gov.cn 网站上自动检查年报。若本单位门户使用其他域名，可在此添加；浏览器会请求该网站的访问权限。任何数据都不会发送到网络。',
    label: '网站域名',
    add: '添加',
    remove: '移除',
    none: '尚未添加网站。',
    invalid: '请输入域名，例如 www.example.org',
    denied: '未获得该网站的访问权限。',
  },
  en: {
    title: 'Check automatically on other sites',
    intro:
      'By default the extension checks reports automatically on *.gov.cn sites only. Add other portals here; the browser will ask for access to each. No data is ever sent over the network.',
    label: 'Site host name',
    add: 'Add',
    remove: 'Remove',
    none: 'No sites added yet.',
    invalid: 'Enter a host name, e.g. www.example.org',
    denied: 'Access to that site was not granted.',
  },
} as const;

/** The options page: the hosts, besides *.gov.cn, where the content script runs (optional permissions). */
export function Options({ lang }: OptionsProps) {
  const t = T[lang];
  const [hosts, setHosts] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [message, setMessage] = useState('');
  useEffect(() => void readUserHosts().then(setHosts), []);

  const add = async (e: Event) => {
    e.preventDefault();
    const host = normalizeHost(input);
    if (!host) return setMessage(t.invalid);
    // permissions.request must run in the click's user gesture, before any other await
    const granted = await browser.permissions.request({ origins: [hostPattern(host)] });
    if (!granted) return setMessage(t.denied);
    const next = [...new Set([...hosts, host])];
    await writeUserHosts(next);
    setHosts(next);
    setInput('');
    setMessage('');
  };

  const remove = async (host: string) => {
    const next = hosts.filter((h) => h !== host);
    await writeUserHosts(next);
    await browser.permissions.remove({ origins: [hostPattern(host)] });
    setHosts(next);
  };

  return (
    <main>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <p>
        <a href="reports.html" target="_blank" rel="noopener">
          {lang === 'en' ? 'History of checked reports (year-on-year view, export, import)' : '核查历史记录（逐年对照、导出、导入）'}
        </a>
      </p>
      <p>
        <a href="privacy.html" target="_blank" rel="noopener">
          {lang === 'en' ? 'Privacy policy: what is read and stored, nothing sent, how to delete it' : '隐私政策：读取和保存什么、不发送任何数据、如何删除'}
        </a>
      </p>
      <form onSubmit={add}>
        <label for="host">{t.label}</label>
        <input id="host" value={input} onInput={(e) => setInput(e.currentTarget.value)} placeholder="www.example.org" aria-describedby="msg" />
        <button type="submit">{t.add}</button>
      </form>
      <p id="msg" role="status" aria-live="polite">
        {message}
      </p>
      {hosts.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul>
          {hosts.map((h) => (
            <li key={h}>
              <code>{h}</code>{' '}
              <button type="button" onClick={() => void remove(h)} aria-label={`${t.remove} ${h}`}>
                {t.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
