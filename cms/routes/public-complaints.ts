/**
 * CM1: the website's complaint form and tracking page. No sign-in (`auth: false`): anyone may file
 * and follow a complaint; the controller limits each IP and the tracking answer needs a second factor.
 */
const PUBLIC = () => ({ auth: false as const });

export default [
  { method: 'POST', path: '/public/complaints', handler: 'public-complaints.submit', config: PUBLIC() },
  { method: 'GET', path: '/public/complaints/:trackingNumber', handler: 'public-complaints.track', config: PUBLIC() },
];
