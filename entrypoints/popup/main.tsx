import { render } from 'preact';
render(<p>xxgk-audit</p>, document.getElementById('app')!);
