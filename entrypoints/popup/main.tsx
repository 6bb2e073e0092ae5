import { render } from 'preact';
import { browser } from 'wxt/browser';
import { uiLang } from '@/utils/ui-lang';
import { App } from './App';
import '@/components/report.css';

const lang = uiLang();
document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
// index.html's <title> is the manifest's action.default_title (__MSG_actionTitle__, localised by the browser); the page's own title is set here
document.title = browser.i18n.getMessage('actionTitle') || (lang === 'en' ? 'Annual report checker' : '年报核查');
const app = document.getElementById('app');
if (!app) throw new Error('the page has no #app to render into');
render(<App lang={lang} search={location.search} />, app);
