import { render } from 'preact';
import { uiLang } from '@/utils/ui-lang';
import { Viewer } from './Viewer';
import '@/components/report.css';
import './style.css';

const lang = uiLang();
document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
render(<Viewer lang={lang} search={location.search} />, document.getElementById('app')!);
