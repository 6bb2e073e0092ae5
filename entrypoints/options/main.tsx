import { render } from 'preact';
import { browser } from 'wxt/browser';
import { langOf } from '@/lib/report/format-finding';
import { Options } from './Options';
import './style.css';

const lang = langOf(browser.i18n.getUILanguage());
document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
render(<Options lang={lang} />, document.getElementById('app')!);
