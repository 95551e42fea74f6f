import type { StrapiApp } from '@strapi/strapi/admin';

/**
 * Strapi's onboarding and announcements are for developers discovering Strapi, not for a
 * newsroom's editors. Strapi keeps their state in the browser's localStorage and offers no
 * setting for them (5.54): the guided tour (its popovers over the Content Manager, the home
 * page's "Create your schema… Deploy to Strapi Cloud" tasks) and the "Introducing the new
 * Media Library" banner. They are set here as an editor who dismissed them would have left
 * them, before the admin first renders.
 */
const GUIDED_TOUR = 'STRAPI_GUIDED_TOUR';
/** The banner's key: `…_FOR_<legacy library?>:<project uuid>` (the uuid is `false` without one). */
const MEDIA_LIBRARY_BANNER = (legacy: boolean, project: string) => `STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${legacy}:${project}`;

function dismissOnboarding(projects: string[]) {
  try {
    const tour = JSON.parse(window.localStorage.getItem(GUIDED_TOUR) ?? '{}') as Record<string, unknown>;
    if (tour.enabled !== false) window.localStorage.setItem(GUIDED_TOUR, JSON.stringify({ ...tour, enabled: false }));
    for (const project of projects) {
      for (const legacy of [false, true]) window.localStorage.setItem(MEDIA_LIBRARY_BANNER(legacy, project), 'true');
    }
  } catch {
    // No storage (a private window that refuses it): the admin works, with its notices.
  }
}

export default {
  config: {
    // No request to GitHub for release notes, no tutorials fetched: the admin works offline.
    notifications: { releases: false },
    tutorials: false,
  },
  // `register` is handed the app itself (`bootstrap` only a few of its methods), after Strapi's
  // own widgets and the plugins', before the first render.
  register(app: StrapiApp) {
    // Before the project's uuid is known, the banner reads the key of `undefined`; then `false`
    // for a project without one (ours); a project with one is covered once /admin/init answers.
    dismissOnboarding(['undefined', 'false']);
    fetch('/admin/init')
      .then((res) => res.json())
      .then(({ data }: { data?: { uuid?: string | false } }) => dismissOnboarding([String(data?.uuid ?? false)]))
      .catch(() => undefined);
    // The Strapi Cloud upsell widget of the home page (Strapi hides it in production only).
    app.widgets.register((widgets) => widgets.filter((widget) => !('id' in widget && widget.id === 'deploy-now')));
  },
  bootstrap(_app: StrapiApp) {},
};
