import { render } from 'preact';
import { ParleyDB } from '../../lib/db/database';
import { Options } from '../../lib/ui/options/Options';
import './style.css';

render(<Options db={new ParleyDB()} />, document.getElementById('app')!);
