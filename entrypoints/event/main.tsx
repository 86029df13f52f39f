import { render } from 'preact';
import { EventPage } from '../../lib/ui/event/EventPage';
import './style.css';

/** event.html?id=<event id>: that event's card, outside any news page. */
render(<EventPage id={new URLSearchParams(location.search).get('id') ?? ''} />, document.getElementById('app')!);
