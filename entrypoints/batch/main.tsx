import { render } from 'preact';
import { uiLang } from '@/utils/ui-lang';
import { BatchApp } from './BatchApp';
import '@/components/benchmark.css';
import './style.css';

const lang = uiLang();
document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
document.title = lang === 'en' ? 'xxgk-audit · batch' : '年报核查 · 批量';
const app = document.getElementById('app');
if (!app) throw new Error('the page has no #app to render into');
render(<BatchApp lang={lang} search={location.search} />, app);
