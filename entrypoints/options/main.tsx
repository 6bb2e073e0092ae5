import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Options } from './Options';
import './style.css';

const lang = browser.i18n.getUILanguage().toLowerCase().startsWith('en') ? 'en' : 'zh';
document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
render(<Options lang={lang} />, document.getElementById('app')!);
