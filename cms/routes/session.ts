/** The console's session: who is signed in and in which staff role. */
export default [
  { method: 'GET', path: '/session', handler: 'session.me', config: { policies: ['plugin::wasl.is-staff'] } },
];
