import { render } from 'preact';
import { uiLang } from '@/utils/ui-lang';
import { Viewer } from './Viewer';
import { VIEWER_STRINGS } from './strings';
import '@/components/report.css';
import './style.css';

const lang = uiLang();
document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
// the tab's title in the interface language (index.html's is the Chinese one)
document.title = VIEWER_STRINGS[lang].title;
const app = document.getElementById('app');
if (!app) throw new Error('the page has no #app to render into');
render(<Viewer lang={lang} search={location.search} />, app);
