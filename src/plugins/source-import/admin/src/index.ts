import { CloudUpload } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { ArticleSourcePanel, QuoteSourcePanel } from './panels';
import { PERMISSIONS, pluginId } from './pluginId';

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
  },

  /** The article's captured source, and a quote's place in it, beside their edit views. */
  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager') as unknown as {
      apis: { addEditViewSidePanel: (panels: unknown[]) => void };
    };
    contentManager.apis.addEditViewSidePanel([ArticleSourcePanel, QuoteSourcePanel]);
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
