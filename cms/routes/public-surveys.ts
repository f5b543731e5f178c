/**
 * S1, YSR-E1: the public survey page's API. No sign-in (`auth: false`): the one-time token in the path is
 * the only key (it is not personal data); the controller limits each IP.
 */
const PUBLIC = () => ({ auth: false as const });

export default [
  { method: 'GET', path: '/public/surveys/:token', handler: 'public-surveys.show', config: PUBLIC() },
  { method: 'POST', path: '/public/surveys/:token', handler: 'public-surveys.answer', config: PUBLIC() },
];
