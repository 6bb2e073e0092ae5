import { render } from 'preact';
import { uiLang } from '../popup/api';
import { Viewer } from './Viewer';
import '../popup/style.css';
import './style.css';

const lang = uiLang();
document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
render(<Viewer lang={lang} search={location.search} />, document.getElementById('app')!);
