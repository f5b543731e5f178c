/**
 * YSR-E1: registering for a published service online. No sign-in (`auth: false`): the controller limits
 * each IP; the website's form at /services/:key/register calls the same service.
 */
const PUBLIC = () => ({ auth: false as const });

export default [{ method: 'POST', path: '/public/requests', handler: 'public-requests.register', config: PUBLIC() }];
