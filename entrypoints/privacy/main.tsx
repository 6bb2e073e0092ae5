import { render } from 'preact';
import { uiLang } from '@/utils/ui-lang';
import { Privacy } from './Privacy';
import { PRIVACY } from './privacy-text';
import './style.css';

const lang = uiLang();
document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
document.title = lang === 'en' ? 'xxgk-audit · Privacy policy' : '年报核查 · 隐私政策';
const app = document.getElementById('app');
if (!app) throw new Error('the page has no #app to render into');
render(<Privacy lang={lang} policy={PRIVACY[lang]} />, app);
