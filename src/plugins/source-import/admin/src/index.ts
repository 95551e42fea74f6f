import { CloudUpload, Feather } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { PERMISSIONS, pluginId } from './pluginId';
import { MergeAction } from './components/MergeAction';

type Translations = Array<{ data: Record<string, string>; locale: string }>;

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${pluginId}`,
      icon: CloudUpload,
      intlLabel: { id: `${pluginId}.plugin.name`, defaultMessage: 'Source import' },
      Component: () => import('./pages/App'),
      permissions: PERMISSIONS.read,
    });
    app.registerPlugin({ id: pluginId, name: 'Source import' });
    // The home page: what waits for an editor, and the latest imports.
    app.widgets.register({
      id: 'newsroom',
      pluginId,
      icon: Feather,
      title: { id: `${pluginId}.widget.title`, defaultMessage: 'Newsroom' },
      link: { label: { id: `${pluginId}.widget.link`, defaultMessage: 'Import a page' }, href: `/plugins/${pluginId}` },
      component: async () => (await import('./widgets/Newsroom')).NewsroomWidget,
      permissions: PERMISSIONS.read,
    });
  },

  bootstrap(app: StrapiApp) {
    // "Merge into…" on people and organizations, beside the Content Manager's own actions.
    const contentManager = app.getPlugin('content-manager') as unknown as {
      apis: { addDocumentAction: (reduce: (actions: unknown[]) => unknown[]) => void };
    };
    contentManager.apis.addDocumentAction((actions) => [...actions, MergeAction]);
  },

  /** The keys in translations/*.json already carry the plugin's prefix. */
  async registerTrads({ locales }: { locales: string[] }): Promise<Translations> {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = await import(`./translations/${locale}.json`);
          return { data: data as Record<string, string>, locale };
        } catch {
          return { data: {}, locale };
        }
      }),
    );
  },
};
