import { render } from 'preact';
import { uiLang } from '@/utils/ui-lang';
import { HistoryApp } from './HistoryApp';
import '@/components/benchmark.css';
import './style.css';

const lang = uiLang();
document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
document.title = lang === 'en' ? 'xxgk-audit · History' : '年报核查 · 历史记录';
const app = document.getElementById('app');
if (!app) throw new Error('the page has no #app to render into');
render(<HistoryApp lang={lang} />, app);
