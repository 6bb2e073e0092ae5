import { render } from 'preact';
import { browser } from 'wxt/browser';
import { langOf } from '@/lib/report/format-finding';
import { HistoryApp } from './HistoryApp';
import './style.css';

const lang = langOf(browser.i18n.getUILanguage());
document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
document.title = lang === 'en' ? 'xxgk-audit · History' : '年报核查 · 历史记录';
render(<HistoryApp lang={lang} />, document.getElementById('app')!);
