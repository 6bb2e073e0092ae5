import { render } from 'preact';
import { uiLang } from '@/utils/ui-lang';
import { App } from './App';
import '@/components/report.css';

const lang = uiLang();
document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
render(<App lang={lang} search={location.search} />, document.getElementById('app')!);
