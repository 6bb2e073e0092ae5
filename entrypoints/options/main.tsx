import { render } from 'preact';
import { browser } from 'wxt/browser';
import { langOf } from '#lib/model';
import { Options } from './Options';
import './style.css';

const lang = langOf(browser.i18n.getUILanguage());
document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
// the tab's title in the interface language (index.html's is the Chinese one)
document.title = lang === 'en' ? 'xxgk-audit · Settings' : '年报核查 · 设置';
const app = document.getElementById('app');
if (!app) throw new Error('the page has no #app to render into');
render(<Options lang={lang} />, app);
