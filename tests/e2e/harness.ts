export { ARTIFACTS, badgeOf, launch, ROOT, serve, waitForBadge, type Session } from '../../scripts/chromium';
