import { render } from 'preact';
import { uiLang } from './api';
import { App } from './App';
import './style.css';

const lang = uiLang();
document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
render(<App lang={lang} search={location.search} />, document.getElementById('app')!);
