// A React 19 page using the kit: properties for structured values, events on the elements.
import { createElement as h, useLayoutEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../define-all.ts';

function App() {
  const [offered, setOffered] = useState(['1', '2.1']);
  const [issues, setIssues] = useState([]);
  const [started, setStarted] = useState(0);
  const bad = useRef(null);
  // A ref and addEventListener in a layout effect (the README's way): attached before the element's first update.
  useLayoutEffect(() => {
    const el = bad.current;
    const onError = (event) => setIssues(event.detail.issues);
    el.addEventListener('iop-config-error', onError);
    return () => el.removeEventListener('iop-config-error', onError);
  }, []);
  // All five, inside a facility, as a React site would write them.
  return h('iop-facility', { name: 'Harbor Recovery', phone: '+1 555 010 0199', timezone: 'America/Chicago', endpoint: '/api/appointment-requests' },
    h('iop-level-of-care', { id: 'levels', current: '2.1', offered, view: 'table' }),
    h('iop-therapy-list', { id: 'therapies', therapies: [{ name: "Women's group", category: 'support', formats: ['group'] }, { name: 'CBT', category: 'evidence-based' }] }),
    h('iop-schedule', { id: 'schedule', tracks: [{ name: 'Evening track', sessions: [{ day: 'wed', start: '18:00', end: '21:00' }] }] }),
    h('button', { id: 'more', onClick: () => setOffered(['1', '2.1', '2.5']) }, 'Offer PHP too'),
    h('iop-level-of-care', { id: 'bad', ref: bad, view: 'pie' }),
    h('output', { id: 'issues' }, issues.map((issue) => issue.path).join(',')),
    // React 19's own listener for a custom element's event: `on` + the event's name.
    h('iop-appointment-form', { id: 'form', 'oniop-form-start': () => setStarted((n) => n + 1), programs: ['Evening IOP'] }),
    h('output', { id: 'started' }, String(started)),
  );
}

createRoot(document.getElementById('root')).render(h(App));
